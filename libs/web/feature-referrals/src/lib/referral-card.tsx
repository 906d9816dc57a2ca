import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { ReferralItem } from '@concertation/web-data-access';
import { useI18n } from '@concertation/web-i18n';
import { anchors, paths } from '@concertation/shared-paths';
import { ReferralDecisions } from './referral-decisions';
import { ReferralStatusBadge } from './referral-status-badge';

export interface ReferralCardProps {
  referral: ReferralItem;
  /** Which side the viewer looks from: the receiving table (« Reçues ») or the sending one (« Envoyées »). */
  side: 'incoming' | 'outgoing';
  /** The officers' controls (accept, decline, schedule) and their open panel. */
  children?: ReactNode;
}

/**
 * One referral: who sent it to whom, why, the answer, where it was put on the agenda and the
 * decisions taken. Links lead only where the viewer may go: a meeting is readable by those who sit
 * at its table, so the scheduled item links for those who sit at the receiving table.
 */
export function ReferralCard({ referral, side, children }: ReferralCardProps) {
  const { t, formatDateTime } = useI18n();
  const titleId = `referral-${referral.id}-title`;
  const decisionsId = `referral-${referral.id}-decisions`;
  const other = side === 'incoming' ? referral.fromTable : referral.toTable;
  const source = referral.sourceItem;
  const scheduled = referral.scheduledItem;
  const seesReceivingMeetings = referral.toTable.viewerRole !== null;
  const seesSendingMeetings = referral.fromTable.viewerRole !== null;

  return (
    // Notifications and the refer form's confirmation link here (paths.tableReferrals with referral).
    <li id={anchors.referral(referral.id)} className="card referral" aria-labelledby={titleId} tabIndex={-1}>
      <h3 id={titleId} className="card__title">
        {referral.title}
      </h3>
      <p className="badges">
        <ReferralStatusBadge status={referral.status} />
        <span>
          {t(side === 'incoming' ? 'referrals.card.from' : 'referrals.card.to')} <Link to={paths.table(other.id)}>{other.name}</Link>
        </span>
      </p>
      <p className="card__meta">{t('referrals.card.sentOn', { date: formatDateTime(referral.referredAt), name: referral.referredBy.displayName })}</p>
      <dl className="facts referral__facts">
        {referral.rationale && (
          <>
            <dt>{t('referrals.card.rationale')}</dt>
            <dd className="prose">{referral.rationale}</dd>
          </>
        )}
        {source && (
          <>
            <dt>{t('referrals.card.sourceItem')}</dt>
            <dd>
              {seesSendingMeetings ? (
                <Link to={paths.meeting(source.meeting.id, { agendaItem: source.id })}>
                  {t('referrals.card.sourceItemIn', { title: source.title, meeting: source.meeting.title })}
                </Link>
              ) : (
                t('referrals.card.sourceItemIn', { title: source.title, meeting: source.meeting.title })
              )}
            </dd>
          </>
        )}
        {referral.response && (
          <>
            <dt>{t('referrals.card.response')}</dt>
            <dd className="prose">{referral.response}</dd>
          </>
        )}
        {referral.status === 'ACCEPTED' && (
          <>
            <dt>{t('referrals.card.scheduled')}</dt>
            <dd>
              {scheduled ? (
                seesReceivingMeetings ? (
                  <Link to={paths.meeting(scheduled.meeting.id, { agendaItem: scheduled.id })}>
                    {t('referrals.card.scheduledIn', { meeting: scheduled.meeting.title, date: formatDateTime(scheduled.meeting.startsAt) })}
                  </Link>
                ) : (
                  t('referrals.card.scheduledIn', { meeting: scheduled.meeting.title, date: formatDateTime(scheduled.meeting.startsAt) })
                )
              ) : (
                <span className="muted">{t('referrals.card.notScheduled')}</span>
              )}
            </dd>
          </>
        )}
      </dl>
      {referral.decidedAt && referral.decidedBy && (
        <p className="card__meta">{t('referrals.card.decidedOn', { date: formatDateTime(referral.decidedAt), name: referral.decidedBy.displayName })}</p>
      )}
      {referral.status === 'ACCEPTED' && (
        <section className="referral__decisions" aria-labelledby={decisionsId}>
          <h4 id={decisionsId} className="referral__subtitle">
            {t('referrals.card.decisions')}
          </h4>
          <ReferralDecisions decisions={referral.outcomeDecisions} titleId={decisionsId} />
        </section>
      )}
      {children}
    </li>
  );
}
