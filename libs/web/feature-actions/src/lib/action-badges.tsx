import type { ActionItemStatus } from '@concertation/web-data-access';
import { useI18n } from '@concertation/web-i18n';
import { Badge, type BadgeTone } from '@concertation/web-ui';
import { localToday } from './due';
import { urgencyOf } from './urgency';

const STATUS_TONES: Record<ActionItemStatus, BadgeTone> = {
  OPEN: 'neutral',
  IN_PROGRESS: 'info',
  BLOCKED: 'warning',
  DONE: 'success',
  CANCELLED: 'neutral',
};

export function ActionStatusBadge({ status }: { status: ActionItemStatus }) {
  const { t } = useI18n();
  return <Badge tone={STATUS_TONES[status]}>{t(`actions.status.${status}` as const)}</Badge>;
}

/** « En retard de 3 jours », « Échéance dans 2 jours »: the urgency in words (never colour alone); nothing when not pressing. */
export function ActionDueBadge({ item }: { item: { dueOn?: string | null; overdue: boolean; status: ActionItemStatus } }) {
  const { t, tp, timeZone } = useI18n();
  const urgency = urgencyOf(item, localToday(timeZone));
  if (urgency.kind === 'overdue') {
    return <Badge tone="danger">{urgency.days > 0 ? tp('actions.due.overdueBy', urgency.days) : t('actions.due.overdue')}</Badge>;
  }
  if (urgency.kind === 'soon') {
    const words = urgency.days <= 0 ? t('actions.due.today') : urgency.days === 1 ? t('actions.due.tomorrow') : tp('actions.due.inDays', urgency.days);
    return <Badge tone="warning">{words}</Badge>;
  }
  return null;
}
