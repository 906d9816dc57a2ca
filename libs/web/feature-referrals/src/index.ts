export { TableReferralsPage } from './lib/table-referrals-page';
export { ReferralForm, ReferItemForm, type ReferralFormProps } from './lib/referral-form';
export { ReferralCard, type ReferralCardProps } from './lib/referral-card';
export { ReferralStatusBadge } from './lib/referral-status-badge';
