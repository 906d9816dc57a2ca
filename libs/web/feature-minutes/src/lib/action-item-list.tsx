import { Link } from 'react-router';
import { useI18n } from '@concertation/web-i18n';
import { paths } from '@concertation/shared-paths';
import { Badge } from '@concertation/web-ui';
import { ActionItemStatusBadge } from './badges';
import type { MinutesActionItem } from './types';

/** Action items with their status, assignee and due date; each opens its own page. */
export function ActionItemList({ actionItems, empty }: { actionItems: readonly MinutesActionItem[]; empty: string }) {
  const { t, formatDate } = useI18n();
  if (actionItems.length === 0) return <p className="muted">{empty}</p>;
  return (
    <ul className="minutes-action-list">
      {actionItems.map((action) => {
        const assignee = action.assignee?.displayName ?? action.assigneeOrganization?.name;
        return (
          <li key={action.id} className="minutes-action">
            <Link to={paths.actionItem(action.id)} className="minutes-action__title">
              {action.title}
            </Link>
            <p className="badges">
              <ActionItemStatusBadge status={action.status} />
              {action.overdue && <Badge tone="danger">{t('minutes.actions.overdue')}</Badge>}
            </p>
            <p className="muted minutes-action__meta">
              {assignee ? t('minutes.actions.assignedTo', { name: assignee }) : t('minutes.actions.unassigned')}
              {/* A Date is a calendar day: formatted at noon UTC so that no zone moves it to the day before. */}
              {action.dueOn && <> · {t('minutes.actions.due', { date: formatDate(`${action.dueOn}T12:00:00Z`) })}</>}
              {action.decision && <> · {t('minutes.actions.forDecision')}</>}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
