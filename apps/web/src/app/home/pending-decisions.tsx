import { Link } from 'react-router';
import type { PendingDecision } from '@concertation/web-data-access';
import { useI18n } from '@concertation/web-i18n';
import { paths } from '@concertation/shared-paths';
import { Badge, VisuallyHidden } from '@concertation/web-ui';

/** Where each kind of decision is taken: its one next step. */
function stepPath(decision: PendingDecision): string {
  const tableId = decision.table?.id;
  switch (decision.kind) {
    case 'MEMBERSHIP_REQUEST':
      return tableId ? paths.table(tableId) : paths.tablesDirectory();
    case 'REFERRAL':
      return tableId ? paths.tableReferrals(tableId, { referral: decision.targetId }) : paths.tablesDirectory();
    case 'CONSULTATION_TO_ANSWER':
    case 'CONSULTATION_TO_CLOSE':
      return paths.consultation(decision.targetId);
    case 'MINUTES_TO_APPROVE':
      return paths.minutes(decision.targetId);
    case 'AFFILIATION':
      return paths.affiliations();
  }
}

export function PendingDecisions({ decisions }: { decisions: readonly PendingDecision[] }) {
  const { t, formatDate } = useI18n();
  if (decisions.length === 0) return <p className="muted">{t('home.decisions.empty')}</p>;
  return (
    <ul className="card-list">
      {decisions.map((decision) => {
        const title =
          decision.kind === 'AFFILIATION' && decision.detail
            ? t('home.decisions.affiliationOf', { name: decision.title, organization: decision.detail })
            : decision.title;
        return (
          <li key={`${decision.kind}-${decision.targetId}`} className="card home-entry">
            <p className="home-entry__kind">
              <Badge tone="info">{t(`home.decisions.kind.${decision.kind}` as const)}</Badge>
            </p>
            <h3 className="card__title home-entry__title">{title}</h3>
            <p className="card__meta">
              {decision.table && <span className="home-entry__table">{decision.table.name}</span>}
              {decision.dueAt ? (
                <time dateTime={decision.dueAt}>{t('home.decisions.closesOn', { date: formatDate(decision.dueAt) })}</time>
              ) : (
                <time dateTime={decision.waitingSince}>{t('home.decisions.waitingSince', { date: formatDate(decision.waitingSince) })}</time>
              )}
            </p>
            <p className="home-entry__step">
              <Link to={stepPath(decision)}>
                {t(`home.decisions.step.${decision.kind}` as const)}
                <VisuallyHidden>{t('home.about', { title })}</VisuallyHidden>
              </Link>
            </p>
          </li>
        );
      })}
    </ul>
  );
}
