import { NetworkStatus } from '@apollo/client';
import type { PageInfoFieldsFragment } from '../generated/graphql';

export interface Connection<Node> {
  totalCount: number;
  pageInfo: Omit<PageInfoFieldsFragment, '__typename'>;
  edges: ReadonlyArray<{ node: Node }>;
}

export interface PagedList<Node> {
  items: Node[];
  totalCount: number;
  hasNextPage: boolean;
  /** The first page is on its way (nothing to show yet). */
  loading: boolean;
  /** « Load more » is on its way (the list stays on screen). */
  loadingMore: boolean;
  error: unknown;
  loadMore: () => Promise<unknown>;
}

export function toPagedList<Node>(
  connection: Connection<Node> | undefined,
  state: { loading: boolean; networkStatus: NetworkStatus; error: unknown },
  fetchMore: (after: string) => Promise<unknown>,
): PagedList<Node> {
  return {
    items: connection ? connection.edges.map((edge) => edge.node) : [],
    totalCount: connection?.totalCount ?? 0,
    hasNextPage: connection?.pageInfo.hasNextPage ?? false,
    loading: state.loading && !connection,
    loadingMore: state.networkStatus === NetworkStatus.fetchMore,
    error: state.error,
    loadMore: () => (connection?.pageInfo.hasNextPage && connection.pageInfo.endCursor ? fetchMore(connection.pageInfo.endCursor) : Promise.resolve()),
  };
}
