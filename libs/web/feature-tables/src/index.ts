// The feature's own styles travel in its lazy chunk, after the shell's and the ui library's.
import './lib/tables.css';

export { TableLayout } from './lib/table-layout';
export { TableOverviewPage, type TableOverviewPageProps } from './lib/table-overview-page';
export { TableMembersPage } from './lib/table-members-page';
export { TableJournalPage } from './lib/table-journal-page';
export { PlatformAuditPage } from './lib/platform-audit-page';
export { AuditLogList } from './lib/audit-log-list';
