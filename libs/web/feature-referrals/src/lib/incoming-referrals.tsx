import { useState } from 'react';
import { REFERRAL_STATUSES } from '@concertation/shared-domain';
import type { ReferralItem, ReferralStatus } from '@concertation/web-data-access';
import { useI18n } from '@concertation/web-i18n';
import { Alert, Button, EmptyState, SelectField } from '@concertation/web-ui';
import { AcceptReferralPanel } from './accept-referral-panel';
import { DeclineReferralPanel } from './decline-referral-panel';
import { ReferralCard } from './referral-card';

const STATUSES: readonly ReferralStatus[] = REFERRAL_STATUSES;

type Panel = { id: string; mode: 'accept' | 'schedule' | 'decline' } | null;

export interface IncomingReferralsProps {
  referrals: readonly ReferralItem[];
  /** Officers of the receiving table (and only while it is not archived) answer referrals. */
  canDecide: boolean;
}

/**
 * « Reçues »: the receiving table's queue. Officers accept a question into one of the table's
 * meetings (or for later, then « Inscrire à une rencontre ») or decline it with a response.
 */
export function IncomingReferrals({ referrals, canDecide }: IncomingReferralsProps) {
  const { t, tp } = useI18n();
  const [status, setStatus] = useState<ReferralStatus | ''>('');
  const [panel, setPanel] = useState<Panel>(null);
  const [message, setMessage] = useState<string | null>(null);
  const shown = status ? referrals.filter((referral) => referral.status === status) : referrals;
  const pending = referrals.filter((referral) => referral.status === 'PENDING').length;

  const open = (id: string, mode: NonNullable<Panel>['mode']) => {
    setMessage(null);
    setPanel({ id, mode });
  };
  const done = (text: string) => {
    setPanel(null);
    setMessage(text);
  };

  if (referrals.length === 0) {
    return <EmptyState title={t('referrals.incoming.emptyTitle')}>{t('referrals.incoming.empty')}</EmptyState>;
  }

  return (
    <div className="stack">
      {pending > 0 && <p className="muted">{tp('referrals.incoming.pendingCount', pending)}</p>}
      <div className="filter-bar">
        <SelectField
          className="field--compact"
          label={t('referrals.incoming.filter')}
          placeholder={t('referrals.incoming.all')}
          options={STATUSES.map((value) => ({ value, label: t(`referrals.status.${value}` as const) }))}
          value={status}
          onChange={(event) => setStatus(event.target.value as ReferralStatus | '')}
        />
      </div>
      {message && <Alert tone="success">{message}</Alert>}
      {shown.length === 0 ? (
        <EmptyState title={t('referrals.incoming.emptyFilteredTitle')}>{t('referrals.incoming.emptyFiltered')}</EmptyState>
      ) : (
        <ul className="card-list referral-list" aria-label={t('referrals.incoming.listLabel')}>
          {shown.map((referral) => {
            const current = panel?.id === referral.id ? panel.mode : null;
            const canSchedule = referral.status === 'ACCEPTED' && !referral.scheduledItem;
            return (
              <ReferralCard key={referral.id} referral={referral} side="incoming">
                {canDecide && current === null && (referral.status === 'PENDING' || canSchedule) && (
                  <div className="button-row referral__actions">
                    {referral.status === 'PENDING' ? (
                      <>
                        <Button
                          size="small"
                          aria-label={t('referrals.accept.buttonFor', { title: referral.title })}
                          onClick={() => open(referral.id, 'accept')}
                        >
                          {t('referrals.accept.button')}
                        </Button>
                        <Button
                          size="small"
                          variant="danger"
                          aria-label={t('referrals.decline.buttonFor', { title: referral.title })}
                          onClick={() => open(referral.id, 'decline')}
                        >
                          {t('referrals.decline.button')}
                        </Button>
                      </>
                    ) : (
                      <Button
                        size="small"
                        aria-label={t('referrals.accept.scheduleFor', { title: referral.title })}
                        onClick={() => open(referral.id, 'schedule')}
                      >
                        {t('referrals.accept.schedule')}
                      </Button>
                    )}
                  </div>
                )}
                {canDecide && (current === 'accept' || current === 'schedule') && (
                  <AcceptReferralPanel referral={referral} mode={current} onDone={done} onCancel={() => setPanel(null)} />
                )}
                {canDecide && current === 'decline' && <DeclineReferralPanel referral={referral} onDone={done} onCancel={() => setPanel(null)} />}
              </ReferralCard>
            );
          })}
        </ul>
      )}
    </div>
  );
}
