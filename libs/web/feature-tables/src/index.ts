export { TablePage } from './lib/table-page';
export { MyTables } from './lib/my-tables';
export { PlatformAuditPage } from './lib/platform-audit-page';
export { AuditLogList } from './lib/audit-log-list';
