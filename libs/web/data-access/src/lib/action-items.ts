import { useCallback } from 'react';
import type { ApolloCache } from '@apollo/client';
import { useMutation, useQuery, useSubscription } from '@apollo/client/react';
import {
  ActionItemChangedDocument,
  ActionItemDetailsDocument,
  MyActionItemsDocument,
  PostActionItemUpdateDocument,
  TableActionItemsDocument,
  UpdateActionItemDocument,
  type ActionItemDetailFieldsFragment,
  type ActionItemFilter,
  type ActionItemStatus,
  type ActionItemSummaryFieldsFragment,
  type MyActionItemsQuery,
  type TableActionItemsQuery,
  type UpdateActionItemInput,
} from '../generated/graphql';
import { toPagedList } from './connection';

export type ActionItemSummary = ActionItemSummaryFieldsFragment;
export type ActionItemDetail = ActionItemDetailFieldsFragment;

export const ACTION_ITEMS_PAGE_SIZE = 25;
/** A board shows a table's whole set at once; « load more » covers the rare table above it. */
export const ACTION_BOARD_PAGE_SIZE = 100;

type Page = MyActionItemsQuery['myActionItems'];

/** « Load more » appends the next page to the one on screen (the cache keeps one list per filter). */
function appendPage(previous: Page, next: Page): Page {
  const known = new Set(previous.edges.map((edge) => edge.node.id));
  return { ...next, edges: [...previous.edges, ...next.edges.filter((edge) => !known.has(edge.node.id))] };
}

function myListVariables(filter: ActionItemFilter | null) {
  return { first: ACTION_ITEMS_PAGE_SIZE, ...(filter ? { filter } : {}) };
}

/** Action items assigned to the viewer or to the viewer's organization, most urgent first (the API's order), cursor-paginated. */
export function useMyActionItems(filter: ActionItemFilter | null, { skip = false } = {}) {
  const variables = myListVariables(filter);
  const { data, loading, error, networkStatus, fetchMore, refetch } = useQuery(MyActionItemsDocument, {
    variables,
    notifyOnNetworkStatusChange: true,
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
    skip,
  });
  const list = toPagedList(data?.myActionItems, { loading, error, networkStatus }, (after) =>
    fetchMore({
      variables: { after },
      updateQuery: (previous, { fetchMoreResult }) => ({ myActionItems: appendPage(previous.myActionItems, fetchMoreResult.myActionItems) }),
    }),
  );
  return { ...list, refetch };
}

/**
 * A live item that is not on the list yet goes on top of it (its filter already checked by the
 * caller), without asking the server again. Returns whether it was added.
 */
export function addToMyActionItems(cache: ApolloCache, filter: ActionItemFilter | null, item: ActionItemSummary): boolean {
  let added = false;
  cache.updateQuery({ query: MyActionItemsDocument, variables: myListVariables(filter) }, (current) => {
    if (!current || current.myActionItems.edges.some((edge) => edge.node.id === item.id)) return current;
    added = true;
    const list = current.myActionItems;
    const edge = { __typename: 'ActionItemEdge' as const, cursor: `live:${item.id}`, node: item };
    return { myActionItems: { ...list, edges: [edge, ...list.edges], totalCount: list.totalCount + 1 } };
  });
  return added;
}

/** Removes an item from a « my actions » list (it was given to someone else, or left the filter). */
export function removeFromMyActionItems(cache: ApolloCache, filter: ActionItemFilter | null, itemId: string): void {
  cache.updateQuery({ query: MyActionItemsDocument, variables: myListVariables(filter) }, (current) => {
    if (!current || !current.myActionItems.edges.some((edge) => edge.node.id === itemId)) return current;
    const list = current.myActionItems;
    return { myActionItems: { ...list, edges: list.edges.filter((edge) => edge.node.id !== itemId), totalCount: Math.max(0, list.totalCount - 1) } };
  });
}

type TablePage = NonNullable<TableActionItemsQuery['table']>['actionItems'];

/** Every action item of a table, for its board (grouped by status on screen). */
export function useTableActionItems(tableId: string) {
  const { data, loading, error, networkStatus, fetchMore, refetch } = useQuery(TableActionItemsDocument, {
    variables: { tableId, first: ACTION_BOARD_PAGE_SIZE },
    notifyOnNetworkStatusChange: true,
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
  });
  const list = toPagedList(data?.table?.actionItems, { loading, error, networkStatus }, (after) =>
    fetchMore({
      variables: { after },
      updateQuery: (previous, { fetchMoreResult }) =>
        previous.table && fetchMoreResult.table
          ? { table: { ...previous.table, actionItems: appendPage(previous.table.actionItems, fetchMoreResult.table.actionItems) as TablePage } }
          : previous,
    }),
  );
  return { ...list, table: data?.table ?? null, refetch };
}

/** A new item of the table (created in a meeting, say) joins its board. */
export function addToTableActionItems(cache: ApolloCache, tableId: string, item: ActionItemSummary): void {
  cache.updateQuery({ query: TableActionItemsDocument, variables: { tableId, first: ACTION_BOARD_PAGE_SIZE } }, (current) => {
    if (!current?.table || current.table.actionItems.edges.some((edge) => edge.node.id === item.id)) return current;
    const list = current.table.actionItems;
    const edge = { __typename: 'ActionItemEdge' as const, cursor: `live:${item.id}`, node: item };
    return { table: { ...current.table, actionItems: { ...list, edges: [edge, ...list.edges], totalCount: list.totalCount + 1 } } };
  });
}

export function useActionItem(id: string) {
  return useQuery(ActionItemDetailsDocument, { variables: { id }, fetchPolicy: 'cache-and-network', nextFetchPolicy: 'cache-first' });
}

/**
 * Live changes to action items: a table's (`tableId`) or the viewer's own (`mine`). Each event
 * carries the whole item as the viewer may see it; Apollo writes it into the cache by id, so every
 * screen showing it updates. `onChanged` places new items in lists.
 */
export function useActionItemChanged(
  source: { tableId: string } | { mine: true },
  { skip = false, onChanged }: { skip?: boolean; onChanged?: (item: ActionItemDetail, cache: ApolloCache) => void } = {},
) {
  return useSubscription(ActionItemChangedDocument, {
    variables: 'tableId' in source ? { tableId: source.tableId } : { mine: true },
    skip,
    onData: ({ client, data }) => {
      const item = data.data?.actionItemChanged;
      if (item) onChanged?.(item, client.cache);
    },
  });
}

/**
 * Officers change any field; assignees only the status (docs/api-guide.md). `expectedVersion` guards
 * against overwriting someone else's change: the server answers CONFLICT when it is stale.
 */
export function useUpdateActionItem() {
  const [mutate, state] = useMutation(UpdateActionItemDocument);
  const update = useCallback(
    async (id: string, input: UpdateActionItemInput, expectedVersion?: number) =>
      (await mutate({ variables: { id, input, ...(expectedVersion !== undefined ? { expectedVersion } : {}) } })).data?.updateActionItem ?? null,
    [mutate],
  );
  return [update, state] as const;
}

/** A progress note, a status change, or both in one go (marking done with a comment). */
export function usePostActionItemUpdate() {
  const [mutate, state] = useMutation(PostActionItemUpdateDocument);
  const post = useCallback(
    async (id: string, { body, status }: { body?: string | null; status?: ActionItemStatus | null }) => {
      const text = body?.trim();
      const variables = { id, ...(text ? { body: text } : {}), ...(status ? { status } : {}) };
      return (await mutate({ variables })).data?.postActionItemUpdate ?? null;
    },
    [mutate],
  );
  return [post, state] as const;
}
