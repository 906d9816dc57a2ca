import { useQuery } from '@apollo/client/react';
import { AuditLogDocument } from '../generated/graphql';
import { toPagedList } from './connection';

export const AUDIT_PAGE_SIZE = 25;

/** A table's history (tableId) for its officers, or the whole platform's for coordinators. */
export function useAuditLog(tableId: string | null, { skip = false, pageSize = AUDIT_PAGE_SIZE } = {}) {
  const { data, loading, error, networkStatus, fetchMore } = useQuery(AuditLogDocument, {
    variables: { ...(tableId ? { tableId } : {}), first: pageSize },
    notifyOnNetworkStatusChange: true,
    fetchPolicy: 'cache-and-network',
    skip,
  });
  return toPagedList(data?.auditLog, { loading, error, networkStatus }, (after) => fetchMore({ variables: { after } }));
}
