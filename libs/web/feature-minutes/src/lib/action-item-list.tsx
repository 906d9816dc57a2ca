import { Link } from 'react-router';
import { useI18n } from '@concertation/web-i18n';
import { paths } from '@concertation/shared-paths';
import { Badge, ResponsiblePerson } from '@concertation/web-ui';
import { ActionItemStatusBadge } from './badges';
import type { MinutesActionItem } from './types';

/** Action items with their status, assignee and due date; each opens its own page. */
export function ActionItemList({ actionItems, empty }: { actionItems: readonly MinutesActionItem[]; empty: string }) {
  const { t, formatDate } = useI18n();
  if (actionItems.length === 0) return <p className="muted">{empty}</p>;
  return (
    <ul className="minutes-action-list">
      {actionItems.map((action) => (
        <li key={action.id} className="minutes-action">
          <Link to={paths.actionItem(action.id)} className="minutes-action__title">
            {action.title}
          </Link>
          <p className="badges">
            <ActionItemStatusBadge status={action.status} />
            {action.overdue && <Badge tone="danger">{t('minutes.actions.overdue')}</Badge>}
          </p>
          <p className="muted minutes-action__meta">
            <ResponsiblePerson
              person={action.assignee}
              organization={action.assigneeOrganization}
              nobody={t('minutes.actions.unassigned')}
              label={t('minutes.actions.assignedTo')}
            />
            {/* A Date is a calendar day: formatted at noon UTC so that no zone moves it to the day before. */}
            {action.dueOn && <> · {t('minutes.actions.due', { date: formatDate(`${action.dueOn}T12:00:00Z`) })}</>}
            {action.decision && <> · {t('minutes.actions.forDecision')}</>}
          </p>
        </li>
      ))}
    </ul>
  );
}
