import type { ReferralItem } from '@concertation/web-data-access';
import { useI18n } from '@concertation/web-i18n';
import { EmptyState } from '@concertation/web-ui';
import { ReferralCard } from './referral-card';

/** « Envoyées »: what the table asked, the answer, where it was put and the decisions taken. */
export function OutgoingReferrals({ referrals }: { referrals: readonly ReferralItem[] }) {
  const { t } = useI18n();
  if (referrals.length === 0) return <EmptyState title={t('referrals.outgoing.emptyTitle')}>{t('referrals.outgoing.empty')}</EmptyState>;
  return (
    <ul className="card-list referral-list" aria-label={t('referrals.outgoing.listLabel')}>
      {referrals.map((referral) => (
        <ReferralCard key={referral.id} referral={referral} side="outgoing" />
      ))}
    </ul>
  );
}
