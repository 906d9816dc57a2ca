import { isOfficerRole } from '@concertation/shared-domain';
import { useI18n } from '@concertation/web-i18n';
import { Alert, Section } from '@concertation/web-ui';
import { AuditLogList } from './audit-log-list';
import { useLayoutTable } from './use-layout-table';

/** `/tables/:id/journal`: the table's audit log, for its officers (the API refuses it to anyone else). */
export function TableJournalPage() {
  const { t } = useI18n();
  const table = useLayoutTable();
  if (!table) return null;
  return (
    <Section title={t('audit.tableTitle')}>
      {isOfficerRole(table.viewerRole) ? (
        <AuditLogList tableId={table.id} caption={t('audit.tableCaption', { name: table.name })} />
      ) : (
        <Alert tone="info">{t('audit.officersOnly')}</Alert>
      )}
    </Section>
  );
}
