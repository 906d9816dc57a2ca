import type { ActionItemStatus } from '@concertation/web-data-access';
import { useI18n } from '@concertation/web-i18n';
import { Badge, type BadgeTone } from '@concertation/web-ui';
import { dueState, localToday } from './due';

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

/** « En retard » or « Échéance proche », in words (never colour alone); nothing otherwise. */
export function ActionDueBadge({ item }: { item: { dueOn?: string | null; overdue: boolean; status: ActionItemStatus } }) {
  const { t, timeZone } = useI18n();
  const state = dueState(item, localToday(timeZone));
  if (state === 'overdue') return <Badge tone="danger">{t('actions.due.overdue')}</Badge>;
  if (state === 'soon') return <Badge tone="warning">{t('actions.due.soon')}</Badge>;
  return null;
}
