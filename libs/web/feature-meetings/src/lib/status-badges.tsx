import type { AgendaItemStatus, Confidentiality, MeetingStatus } from '@concertation/web-data-access';
import { useI18n } from '@concertation/web-i18n';
import { Badge, type BadgeTone } from '@concertation/web-ui';

const MEETING_TONES: Record<MeetingStatus, BadgeTone> = {
  DRAFT: 'neutral',
  SCHEDULED: 'info',
  IN_PROGRESS: 'success',
  ADJOURNED: 'neutral',
  CANCELLED: 'danger',
};

export function MeetingStatusBadge({ status }: { status: MeetingStatus }) {
  const { t } = useI18n();
  return <Badge tone={MEETING_TONES[status]}>{t(`meetings.status.${status}` as const)}</Badge>;
}

const ITEM_TONES: Record<AgendaItemStatus, BadgeTone> = { PENDING: 'neutral', IN_PROGRESS: 'success', DONE: 'info', DEFERRED: 'warning' };
const FINAL_TONES: Record<AgendaItemStatus, BadgeTone> = { PENDING: 'warning', IN_PROGRESS: 'warning', DONE: 'success', DEFERRED: 'info' };

/**
 * An item's status; `final` once the meeting is adjourned, when nothing is « upcoming » or « under
 * way » any more: an item still PENDING was not dealt with.
 */
export function AgendaItemStatusBadge({ status, final = false }: { status: AgendaItemStatus; final?: boolean }) {
  const { t } = useI18n();
  if (final) return <Badge tone={FINAL_TONES[status]}>{t(`agenda.finalStatus.${status}` as const)}</Badge>;
  return <Badge tone={ITEM_TONES[status]}>{t(`agenda.itemStatus.${status}` as const)}</Badge>;
}

/** In-camera items say so wherever they appear, so that nobody shares them by mistake. */
export function ConfidentialityBadge({ confidentiality }: { confidentiality: Confidentiality }) {
  const { t } = useI18n();
  if (confidentiality !== 'IN_CAMERA') return null;
  return <Badge tone="warning">{t('agenda.inCamera')}</Badge>;
}
