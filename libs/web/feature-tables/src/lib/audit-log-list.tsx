import { Link, useSearchParams } from 'react-router';
import { useAuditLog, useDescribeError, type AuditLogQuery } from '@concertation/web-data-access';
import { useI18n } from '@concertation/web-i18n';
import { paths } from '@concertation/shared-paths';
import { Button, DataTable, EmptyState, ErrorMessage, Loading, type DataTableColumn } from '@concertation/web-ui';
import { AuditFilters, type AuditFilterValues } from './audit-filters';
import { useAuditActionLabel, useAuditEntityLabel } from './audit-labels';

type AuditEvent = AuditLogQuery['auditLog']['edges'][number]['node'];

export interface AuditLogListProps {
  /** A table's history; null for the whole platform (coordinators). */
  tableId: string | null;
  caption: string;
}

/** The object in words: its kind, and its name when the API gives it (never its id), linked to its page. */
function EventSubject({ event }: { event: AuditEvent }) {
  const entityLabel = useAuditEntityLabel();
  const kind = entityLabel(event.entityType);
  if (!event.entityTitle) return event.entityPath ? <Link to={event.entityPath}>{kind}</Link> : <>{kind}</>;
  return (
    <>
      <span className="muted">{kind}</span> {event.entityPath ? <Link to={event.entityPath}>{event.entityTitle}</Link> : event.entityTitle}
    </>
  );
}

/** A log newest first, filtered by action and person through the address (so that a filtered log can be linked to). */
export function AuditLogList({ tableId, caption }: AuditLogListProps) {
  const { t, formatDateTime } = useI18n();
  const describe = useDescribeError();
  const actionLabel = useAuditActionLabel();
  const [searchParams] = useSearchParams();
  const filters: AuditFilterValues = { action: searchParams.get('action') || undefined, actor: searchParams.get('actor') || undefined };
  const pathFor = (next: AuditFilterValues) => (tableId ? paths.tableJournal(tableId, next) : paths.audit(next));
  const log = useAuditLog(tableId, { action: filters.action, actorId: filters.actor });
  const filtered = !!(filters.action || filters.actor);
  const actorName = log.items.find((event) => event.actor?.id === filters.actor)?.actor?.displayName ?? null;

  const columns: Array<DataTableColumn<AuditEvent>> = [
    {
      key: 'at',
      header: t('audit.when'),
      rowHeader: true,
      render: (event) => <time dateTime={event.at}>{formatDateTime(event.at)}</time>,
    },
    {
      key: 'actor',
      header: t('audit.who'),
      render: (event) =>
        !event.actor ? (
          t('audit.system')
        ) : filters.actor === event.actor.id ? (
          event.actor.displayName
        ) : (
          <Link to={pathFor({ ...filters, actor: event.actor.id })} aria-label={t('audit.filters.byActor', { name: event.actor.displayName })}>
            {event.actor.displayName}
          </Link>
        ),
    },
    { key: 'action', header: t('audit.what'), render: (event) => actionLabel(event.action) },
  ];
  if (!tableId) {
    columns.push({
      key: 'table',
      header: t('audit.table'),
      render: (event) => (event.table ? <Link to={paths.table(event.table.id)}>{event.table.name}</Link> : '—'),
    });
  }
  columns.push({ key: 'entity', header: t('audit.entity'), render: (event) => <EventSubject event={event} /> });

  let body;
  if (log.loading) body = <Loading label={t('audit.loading')} />;
  else if (log.error && log.items.length === 0) body = <ErrorMessage>{describe(log.error)}</ErrorMessage>;
  else if (log.items.length === 0) {
    body = (
      <EmptyState
        title={filtered ? t('audit.emptyFiltered') : t('audit.empty')}
        action={filtered && <Link to={pathFor({})}>{t('audit.filters.clear')}</Link>}
      />
    );
  } else {
    body = (
      <>
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

  return (
    <>
      <AuditFilters value={filters} pathFor={pathFor} actorName={actorName} />
      {/* Said aloud when a filter changes the list. */}
      <p className="muted" role="status">
        {!log.loading && log.items.length > 0 ? t('audit.count', { shown: log.items.length, total: log.totalCount }) : ''}
      </p>
      {body}
    </>
  );
}
