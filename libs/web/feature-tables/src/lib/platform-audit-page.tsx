import { useI18n } from '@concertation/web-i18n';
import { PageHeader } from '@concertation/web-ui';
import { AuditLogList } from './audit-log-list';

/** `/audit`: the whole platform's log for coordinators, with the same filters as a table's. */
export function PlatformAuditPage() {
  const { t } = useI18n();
  return (
    <>
      <PageHeader title={t('audit.platformTitle')} description={t('audit.platformIntro')} />
      <AuditLogList tableId={null} caption={t('audit.platformTitle')} />
    </>
  );
}
