import { useQuery } from '@apollo/client/react';
import { SearchDocument, type SearchQuery, type SearchResultFieldsFragment } from '../generated/graphql';
import { toPagedList } from './connection';

export type SearchResultItem = SearchResultFieldsFragment;
export type SearchHitItem = SearchResultItem['hit'];
export type SearchHitKind = SearchHitItem['__typename'];
export const SEARCH_PAGE_SIZE = 20;

/** The words people typed, as the server wants them: trimmed; blank means « nothing to look for ». */
export function normalizeSearchQuery(query: string | null | undefined): string {
  return (query ?? '').trim().replace(/\s+/g, ' ');
}

/**
 * « Load more » appends the next page to the one on screen. The merge lives here rather than in a
 * cache field policy: the connection has no id, and only this query ever pages through it.
 */
function appendPage(previous: SearchQuery, { fetchMoreResult }: { fetchMoreResult: SearchQuery }): SearchQuery {
  const seen = new Set(previous.search.edges.map((edge) => edge.cursor));
  return {
    search: {
      ...fetchMoreResult.search,
      edges: [...previous.search.edges, ...fetchMoreResult.search.edges.filter((edge) => !seen.has(edge.cursor))],
    },
  };
}

/**
 * Full-text search over what the viewer may read, best match first. A blank query is not sent
 * (the server would refuse it with BAD_USER_INPUT): the list simply stays empty.
 */
export function useSearch(query: string, { tableId, pageSize = SEARCH_PAGE_SIZE }: { tableId?: string; pageSize?: number } = {}) {
  const words = normalizeSearchQuery(query);
  const { data, loading, error, networkStatus, fetchMore } = useQuery(SearchDocument, {
    variables: { query: words, first: pageSize, tableId: tableId || undefined },
    notifyOnNetworkStatusChange: true,
    // What may be read changes as meetings go on: ask again on each visit, show the last answer meanwhile.
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
    skip: !words,
  });
  const list = toPagedList(words ? data?.search : undefined, { loading, error, networkStatus }, (after) =>
    fetchMore({ variables: { after }, updateQuery: appendPage }),
  );
  return { ...list, query: words };
}
