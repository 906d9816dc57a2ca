import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { isOfficerRole } from '@concertation/shared-domain';
import { useDescribeError, useSession, useTable } from '@concertation/web-data-access';
import { localizedName, useI18n } from '@concertation/web-i18n';
import { paths } from '@concertation/shared-paths';
import { Badge, buttonClassName, EmptyState, ErrorMessage, Loading, PageHeader, Section } from '@concertation/web-ui';
import { AuditLogList } from './audit-log-list';
import { MembershipRequest } from './membership-request';
import { ParticipantsSection } from './participants-section';
import { PendingRequests } from './pending-requests';
import type { TableDetails } from './types';

function TableFacts({ table }: { table: TableDetails }) {
  const { t, tp, language, formatDate } = useI18n();
  return (
    <dl className="facts">
      <dt>{t('directory.tables.level')}</dt>
      <dd>{t(`levels.${table.level}` as const)}</dd>
      <dt>{t('directory.tables.regions')}</dt>
      <dd>{table.regions.map((region) => localizedName(language, region)).join(', ') || '—'}</dd>
      <dt>{t('directory.tables.parent')}</dt>
      <dd>{table.parent ? <Link to={paths.table(table.parent.id)}>{table.parent.name}</Link> : t('tables.noParent')}</dd>
      <dt>{t('tables.quorum')}</dt>
      <dd>{table.quorum ? tp('tables.quorumValue', table.quorum) : t('tables.quorumMajority')}</dd>
      <dt>{t('tables.createdAt')}</dt>
      <dd>{formatDate(table.createdAt)}</dd>
    </dl>
  );
}

export interface TablePageProps {
  /** The table's meetings section: another feature's, composed in by the app's route. */
  meetings?: ReactNode;
}

export function TablePage({ meetings }: TablePageProps = {}) {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const describe = useDescribeError();
  const { isCoordinator } = useSession();
  const { data, loading, error } = useTable(id);
  const table = data?.table;

  if (loading && !table) return <Loading label={t('tables.loading')} />;
  if (!table) {
    return (
      <>
        <PageHeader title={t('tables.notFoundTitle')} />
        <ErrorMessage>{error ? describe(error) : t('errors.notFound')}</ErrorMessage>
        <p>
          <Link to={paths.tablesDirectory()}>{t('tables.backToDirectory')}</Link>
        </p>
      </>
    );
  }

  const isOfficer = isOfficerRole(table.viewerRole);
  const canManage = table.viewerRole === 'CHAIR' || isCoordinator;
  const canSeeParticipants = table.viewerRole !== null || isCoordinator;

  return (
    <>
      <PageHeader
        eyebrow={t('tables.eyebrow', { level: t(`levels.${table.level}` as const) })}
        title={table.name}
        description={
          <p className="badges">
            {table.viewerRole ? (
              <Badge tone="info">{t('tables.yourRole', { role: t(`roles.${table.viewerRole}` as const) })}</Badge>
            ) : (
              <Badge>{t('tables.notSeated')}</Badge>
            )}
            {table.archivedAt && <Badge tone="warning">{t('tables.archived')}</Badge>}
          </p>
        }
        actions={
          // The action board and the referrals are for those who sit at the table (the API gives others nothing).
          table.viewerRole && (
            <div className="button-row">
              <Link className={buttonClassName('secondary')} to={paths.tableActions(table.id)}>
                {t('actions.board.title')}
              </Link>
              <Link className={buttonClassName('secondary')} to={paths.tableReferrals(table.id)}>
                {t('referrals.link')}
              </Link>
              <Link className={buttonClassName('secondary')} to={paths.tableConsultations(table.id)}>
                {t('consultations.table.link')}
              </Link>
              {isOfficer && !table.archivedAt && (
                <Link className={buttonClassName('secondary')} to={paths.createConsultation(table.id)}>
                  {t('consultations.table.new')}
                </Link>
              )}
            </div>
          )
        }
      />
      <div className="columns">
        <div className="stack">
          <Section title={t('tables.mandate')}>
            {table.mandate ? <p className="prose">{table.mandate}</p> : <p className="muted">{t('tables.noMandate')}</p>}
          </Section>
          <Section title={t('tables.about')}>
            <TableFacts table={table} />
          </Section>
        </div>
        <div className="stack">
          <Section title={t('tables.children')}>
            {table.children.length === 0 ? (
              <p className="muted">{t('tables.noChildren')}</p>
            ) : (
              <ul className="item-list">
                {table.children.map((child) => (
                  <li key={child.id}>
                    <Link to={paths.table(child.id)}>{child.name}</Link> <span className="muted">· {t(`levels.${child.level}` as const)}</span>
                  </li>
                ))}
              </ul>
            )}
          </Section>
          <Section title={t('tables.members')}>
            {table.memberships.length === 0 ? (
              <EmptyState title={t('tables.noMembers')} />
            ) : (
              <ul className="item-list">
                {table.memberships.map((membership) => (
                  <li key={membership.id}>
                    <Link to={paths.organization(membership.organization.id)}>{membership.organization.name}</Link>
                  </li>
                ))}
              </ul>
            )}
            <MembershipRequest table={table} />
          </Section>
        </div>
      </div>
      {meetings}
      {(isOfficer || isCoordinator) && (
        <Section title={t('tables.pending.title')}>
          <PendingRequests tableId={table.id} />
        </Section>
      )}
      <ParticipantsSection table={table} canManage={canManage} canSee={canSeeParticipants} />
      {isOfficer && (
        <Section title={t('audit.tableTitle')}>
          <AuditLogList tableId={table.id} caption={t('audit.tableCaption', { name: table.name })} />
        </Section>
      )}
    </>
  );
}
