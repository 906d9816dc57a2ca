import type { ReferralStatus } from '@concertation/web-data-access';
import { useI18n } from '@concertation/web-i18n';
import { Badge, type BadgeTone } from '@concertation/web-ui';

const TONES: Record<ReferralStatus, BadgeTone> = { PENDING: 'warning', ACCEPTED: 'success', DECLINED: 'danger' };

export function ReferralStatusBadge({ status }: { status: ReferralStatus }) {
  const { t } = useI18n();
  return <Badge tone={TONES[status]}>{t(`referrals.status.${status}` as const)}</Badge>;
}
