import { Link } from 'react-router';
import { useDescribeError, useMyParticipations } from '@concertation/web-data-access';
import { useI18n } from '@concertation/web-i18n';
import { paths } from '@concertation/shared-paths';
import { Badge, EmptyState, ErrorMessage, Loading } from '@concertation/web-ui';

/** The tables the viewer sits at, with their role: the home page's main list. */
export function MyTables() {
  const { t } = useI18n();
  const describe = useDescribeError();
  const { data, loading, error } = useMyParticipations();
  const participations = data?.me?.participations ?? [];

  if (loading && !data) return <Loading label={t('home.loadingTables')} />;
  if (error && !data) return <ErrorMessage>{describe(error)}</ErrorMessage>;
  if (participations.length === 0) {
    return (
      <EmptyState title={t('home.noTablesTitle')} action={<Link to={paths.tablesDirectory()}>{t('home.browseTables')}</Link>}>
        {t('home.noTables')}
      </EmptyState>
    );
  }
  return (
    <ul className="card-list">
      {participations.map((participation) => (
        <li key={participation.id} className="card">
          <h3 className="card__title">
            <Link to={paths.table(participation.table.id)}>{participation.table.name}</Link>
          </h3>
          <p className="card__meta">
            {t(`levels.${participation.table.level}` as const)} · <Badge tone="info">{t(`roles.${participation.role}` as const)}</Badge>
            {participation.table.archivedAt && (
              <>
                {' '}
                <Badge>{t('tables.archived')}</Badge>
              </>
            )}
          </p>
          {participation.organization && <p className="card__meta muted">{t('home.forOrganization', { name: participation.organization.name })}</p>}
        </li>
      ))}
    </ul>
  );
}
