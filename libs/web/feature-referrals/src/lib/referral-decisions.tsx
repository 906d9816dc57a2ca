import type { ReferralDecision } from '@concertation/web-data-access';
import { useI18n } from '@concertation/web-i18n';
import { Badge } from '@concertation/web-ui';

/** What the receiving table decided on the question, oldest first, with the votes when counted. */
export function ReferralDecisions({ decisions, titleId }: { decisions: readonly ReferralDecision[]; titleId: string }) {
  const { t, formatDate } = useI18n();
  if (decisions.length === 0) return <p className="muted">{t('referrals.card.noDecision')}</p>;
  return (
    <ul className="referral-decisions" aria-labelledby={titleId}>
      {decisions.map((decision) => {
        const counted = decision.votesFor !== null || decision.votesAgainst !== null || decision.abstentions !== null;
        return (
          <li key={decision.id} className="referral-decision">
            <p className="badges">
              <Badge tone={decision.outcome === 'REJECTED' ? 'danger' : decision.outcome === 'DEFERRED' ? 'warning' : 'success'}>
                {t(`minutes.decisions.outcome.${decision.outcome}` as const)}
              </Badge>
              <span className="muted">{t('referrals.card.decidedAt', { date: formatDate(decision.recordedAt) })}</span>
            </p>
            <p className="prose">{decision.text}</p>
            {counted && (
              <p className="muted">
                {t('referrals.card.votes', { for: decision.votesFor ?? 0, against: decision.votesAgainst ?? 0, abstentions: decision.abstentions ?? 0 })}
              </p>
            )}
          </li>
        );
      })}
    </ul>
  );
}
