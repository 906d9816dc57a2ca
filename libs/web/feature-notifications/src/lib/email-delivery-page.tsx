import { useEffect, useRef, useState } from 'react';
import { useDescribeError, useEmailDelivery, useRetryFailedEmails } from '@concertation/web-data-access';
import { useI18n } from '@concertation/web-i18n';
import { Alert, Button, ConfirmDialog, EmptyState, ErrorMessage, Loading, PageHeader, Section } from '@concertation/web-ui';
import { EmailFailuresTable } from './email-failures-table';
import { useWaitingAge } from './waiting-age';

/** `/email-delivery`, for coordinators: whether the platform's e-mail goes out, and a way to send the failed ones again. */
export function EmailDeliveryPage() {
  const { t, tp, formatNumber } = useI18n();
  const describe = useDescribeError();
  const age = useWaitingAge();
  const { delivery, loading, refreshing, error, refetch } = useEmailDelivery();
  const [retry, { loading: retrying }] = useRetryFailedEmails();
  const [asking, setAsking] = useState(false);
  const [retried, setRetried] = useState<number | null>(null);
  const [retryError, setRetryError] = useState<string | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);

  // Once all are queued again the button is gone: the result takes the focus the dialog would give back to it.
  useEffect(() => {
    if (retried !== null) noticeRef.current?.focus();
  }, [retried]);

  const confirmRetry = async () => {
    setRetried(null);
    setRetryError(null);
    try {
      setRetried(await retry());
    } catch (caught) {
      setRetryError(describe(caught));
    } finally {
      setAsking(false);
    }
  };

  const failed = delivery?.failed ?? 0;
  const failures = delivery?.recentFailures ?? [];

  return (
    <>
      <PageHeader
        title={t('emailDelivery.title')}
        description={<p>{t('emailDelivery.intro')}</p>}
        actions={
          <Button variant="secondary" busy={refreshing} onClick={() => void refetch().catch(() => undefined)}>
            {t('emailDelivery.refresh')}
          </Button>
        }
      />
      {loading ? (
        <Loading label={t('emailDelivery.loading')} />
      ) : !delivery ? (
        error && <ErrorMessage>{describe(error)}</ErrorMessage>
      ) : (
        <>
          {/* A refresh that failed leaves the last counts on screen, with why they may be old. */}
          {error && <ErrorMessage>{describe(error)}</ErrorMessage>}
          <Section title={t('emailDelivery.countsTitle')}>
            <dl className="email-counts">
              <div className="email-counts__item">
                <dt>{t('emailDelivery.pending')}</dt>
                <dd>{formatNumber(delivery.pending)}</dd>
              </div>
              <div className="email-counts__item">
                <dt>{t('emailDelivery.sentLastDay')}</dt>
                <dd>{formatNumber(delivery.sentLastDay)}</dd>
              </div>
              <div className="email-counts__item">
                <dt>{t('emailDelivery.failed')}</dt>
                <dd>{formatNumber(delivery.failed)}</dd>
              </div>
            </dl>
            <p className="email-counts__oldest">
              {delivery.oldestPendingAt ? t('emailDelivery.oldestPending', { age: age(delivery.oldestPendingAt) }) : t('emailDelivery.nothingPending')}
            </p>
          </Section>
          <Section
            title={t('emailDelivery.failuresTitle')}
            actions={
              failed > 0 && (
                <Button variant="secondary" busy={retrying} onClick={() => setAsking(true)}>
                  {t('emailDelivery.retry')}
                </Button>
              )
            }
          >
            {retryError && <ErrorMessage>{retryError}</ErrorMessage>}
            {retried !== null && (
              <div ref={noticeRef} tabIndex={-1} className="email-delivery__notice">
                <Alert tone="success">{tp('emailDelivery.retried', retried)}</Alert>
              </div>
            )}
            {failures.length === 0 ? (
              <EmptyState title={t('emailDelivery.emptyTitle')}>{t('emailDelivery.empty')}</EmptyState>
            ) : (
              <>
                {failed > failures.length && <p className="muted">{t('emailDelivery.failuresShown', { count: formatNumber(failures.length) })}</p>}
                <EmailFailuresTable failures={failures} />
              </>
            )}
          </Section>
          <ConfirmDialog
            open={asking}
            onCancel={() => setAsking(false)}
            title={t('emailDelivery.retryTitle')}
            confirmLabel={t('emailDelivery.retryConfirm')}
            cancelLabel={t('common.cancel')}
            tone="primary"
            busy={retrying}
            onConfirm={() => void confirmRetry()}
          >
            <p>{tp('emailDelivery.retryBody', failed)}</p>
          </ConfirmDialog>
        </>
      )}
    </>
  );
}
