import type { EmailFailureItem } from '@concertation/web-data-access';
import { useI18n } from '@concertation/web-i18n';
import { DataTable } from '@concertation/web-ui';
import { useKindTexts } from './kind-texts';

/** The recent failures: what each e-mail was, to whom, since when, how many tries and the mail server's last answer. */
export function EmailFailuresTable({ failures }: { failures: readonly EmailFailureItem[] }) {
  const { t, formatDateTime, formatNumber } = useI18n();
  const kindTexts = useKindTexts();
  const what = (failure: EmailFailureItem) =>
    failure.purpose === 'NOTIFICATION' && failure.notificationKind ? kindTexts(failure.notificationKind).name : t(`emailDelivery.purposes.${failure.purpose}`);
  return (
    <DataTable
      caption={t('emailDelivery.failuresTitle')}
      hideCaption
      rows={failures}
      rowKey={(failure) => failure.id}
      columns={[
        { key: 'what', header: t('emailDelivery.columns.what'), rowHeader: true, render: what },
        {
          key: 'recipient',
          header: t('emailDelivery.columns.recipient'),
          render: (failure) => failure.recipient?.displayName ?? <span className="muted">{t('emailDelivery.unknownRecipient')}</span>,
        },
        {
          key: 'queuedAt',
          header: t('emailDelivery.columns.queuedAt'),
          render: (failure) => <time dateTime={failure.queuedAt}>{formatDateTime(failure.queuedAt)}</time>,
        },
        { key: 'attempts', header: t('emailDelivery.columns.attempts'), render: (failure) => formatNumber(failure.attempts) },
        {
          key: 'lastError',
          header: t('emailDelivery.columns.lastError'),
          render: (failure) =>
            failure.lastError ? <span className="email-failure__error">{failure.lastError}</span> : <span className="muted">{t('emailDelivery.noError')}</span>,
        },
      ]}
    />
  );
}
