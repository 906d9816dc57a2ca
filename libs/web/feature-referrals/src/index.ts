// The feature's own styles travel in its lazy chunk, after the shell's and the ui library's.
import './lib/referrals.css';

export { TableReferralsPage } from './lib/table-referrals-page';
export { ReferralForm, ReferItemForm, type ReferralFormProps } from './lib/referral-form';
export { ReferralCard, type ReferralCardProps } from './lib/referral-card';
export { ReferralStatusBadge } from './lib/referral-status-badge';
