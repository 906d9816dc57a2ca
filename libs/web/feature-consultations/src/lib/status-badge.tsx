import type { ConsultationStatus } from '@concertation/web-data-access';
import { useI18n } from '@concertation/web-i18n';
import { Badge, type BadgeTone } from '@concertation/web-ui';

const TONES: Record<ConsultationStatus, BadgeTone> = { DRAFT: 'neutral', OPEN: 'success', CLOSED: 'info' };

export function ConsultationStatusBadge({ status }: { status: ConsultationStatus }) {
  const { t } = useI18n();
  return <Badge tone={TONES[status]}>{t(`consultations.status.${status}` as const)}</Badge>;
}
