import { Link } from 'react-router';
import { useAuditLog, useDescribeError, type AuditLogQuery } from '@concertation/web-data-access';
import { useI18n, type MessageKey } from '@concertation/web-i18n';
import { paths } from '@concertation/shared-paths';
import { Button, DataTable, EmptyState, ErrorMessage, Loading, type DataTableColumn } from '@concertation/web-ui';

type AuditEvent = AuditLogQuery['auditLog']['edges'][number]['node'];

/** `membership.decided` → the catalog's `audit.actions.membership_decided`; unknown actions show as they are. */
export function useAuditActionLabel(): (action: string) => string {
  const { t, has } = useI18n();
  return (action) => {
    const key = `audit.actions.${action.replace(/\./g, '_')}`;
    return has(key) ? t(key as MessageKey) : action;
  };
}

export interface AuditLogListProps {
  /** A table's history; null for the whole platform (coordinators). */
  tableId: string | null;
  caption: string;
}

export function AuditLogList({ tableId, caption }: AuditLogListProps) {
  const { t, formatDateTime } = useI18n();
  const describe = useDescribeError();
  const actionLabel = useAuditActionLabel();
  const log = useAuditLog(tableId);

  if (log.loading) return <Loading label={t('audit.loading')} />;
  if (log.error && log.items.length === 0) return <ErrorMessage>{describe(log.error)}</ErrorMessage>;
  if (log.items.length === 0) return <EmptyState title={t('audit.empty')} />;

  const columns: Array<DataTableColumn<AuditEvent>> = [
    {
      key: 'at',
      header: t('audit.when'),
      rowHeader: true,
      render: (event) => <time dateTime={event.at}>{formatDateTime(event.at)}</time>,
    },
    { key: 'actor', header: t('audit.who'), render: (event) => event.actor?.displayName ?? t('audit.system') },
    {
      key: 'action',
      header: t('audit.what'),
      render: (event) => (
        <>
          {actionLabel(event.action)} <code className="muted">{event.action}</code>
        </>
      ),
    },
  ];
  if (!tableId) {
    columns.push({
      key: 'table',
      header: t('audit.table'),
      render: (event) => (event.table ? <Link to={paths.table(event.table.id)}>{event.table.name}</Link> : '—'),
    });
  }
  columns.push({
    key: 'entity',
    header: t('audit.entity'),
    render: (event) => (
      <span title={event.entityId}>
        {event.entityType} <code className="muted">{event.entityId.slice(0, 8)}</code>
      </span>
    ),
  });

  return (
    <>
      <p className="muted">{t('audit.count', { shown: log.items.length, total: log.totalCount })}</p>
      <DataTable caption={caption} hideCaption columns={columns} rows={log.items} rowKey={(event) => event.id} />
      {log.hasNextPage && (
        <div className="load-more">
          <Button variant="secondary" busy={log.loadingMore} onClick={() => void log.loadMore()}>
            {t('common.loadMore')}
          </Button>
        </div>
      )}
    </>
  );
}
