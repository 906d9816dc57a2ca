import { useQuery } from '@apollo/client/react';
import { AuditLogDocument } from '../generated/graphql';
import { toPagedList } from './connection';

export const AUDIT_PAGE_SIZE = 25;

/** Narrows the log to one action (`agenda.published`) and/or one person's doings. */
export interface AuditLogFilters {
  action?: string | null;
  actorId?: string | null;
}

/** A table's history (tableId) for its officers, or the whole platform's for coordinators. */
export function useAuditLog(
  tableId: string | null,
  { skip = false, pageSize = AUDIT_PAGE_SIZE, action = null, actorId = null }: { skip?: boolean; pageSize?: number } & AuditLogFilters = {},
) {
  const { data, loading, error, networkStatus, fetchMore } = useQuery(AuditLogDocument, {
    variables: { ...(tableId ? { tableId } : {}), ...(action ? { action } : {}), ...(actorId ? { actorId } : {}), first: pageSize },
    notifyOnNetworkStatusChange: true,
    fetchPolicy: 'cache-and-network',
    skip,
  });
  return toPagedList(data?.auditLog, { loading, error, networkStatus }, (after) => fetchMore({ variables: { after } }));
}
