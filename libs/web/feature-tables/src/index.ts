// The feature's own styles travel in its lazy chunk, after the shell's and the ui library's.
import './lib/tables.css';

export { TablePage } from './lib/table-page';
export { MyTables } from './lib/my-tables';
export { PlatformAuditPage } from './lib/platform-audit-page';
export { AuditLogList } from './lib/audit-log-list';
