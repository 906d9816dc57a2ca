import { useEffect, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { NetworkTablesDocument, type NetworkTablesQuery } from '../generated/graphql';

export type NetworkTable = NetworkTablesQuery['tables']['edges'][number]['node'];

/** The server's largest page: the network holds a few dozen tables, so one or two pages. */
export const NETWORK_PAGE_SIZE = 100;

/**
 * Every table of the network, archived ones included. The tree needs them all before it can be
 * drawn (a child may come on a later page than its parent), so the pages are followed here until
 * the last one; `complete` says when that is done.
 */
export function useNetworkTables() {
  const { data, loading, error, fetchMore, refetch } = useQuery(NetworkTablesDocument, {
    variables: { first: NETWORK_PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
  });
  const [pageError, setPageError] = useState<unknown>(null);
  const connection = data?.tables;
  const nextCursor = connection?.pageInfo.hasNextPage ? connection.pageInfo.endCursor : null;

  useEffect(() => {
    if (!nextCursor) return;
    let current = true;
    fetchMore({ variables: { after: nextCursor } }).catch((failure: unknown) => {
      if (current) setPageError(failure);
    });
    return () => {
      current = false;
    };
  }, [nextCursor, fetchMore]);

  return {
    tables: connection ? connection.edges.map((edge) => edge.node) : [],
    totalCount: connection?.totalCount ?? 0,
    complete: !!connection && !connection.pageInfo.hasNextPage,
    loading: loading && !connection,
    error: error ?? pageError,
    retry: () => {
      setPageError(null);
      return refetch();
    },
  };
}
