import { useCallback } from 'react';
import type { ApolloCache } from '@apollo/client';
import { useMutation, useQuery, useSubscription } from '@apollo/client/react';
import { MarkNotificationsReadDocument, NotificationReceivedDocument, NotificationsDocument, type NotificationFieldsFragment } from '../generated/graphql';
import { toPagedList } from './connection';

export type NotificationItem = NotificationFieldsFragment;
export const NOTIFICATIONS_PAGE_SIZE = 20;

const listQuery = { query: NotificationsDocument, variables: { first: NOTIFICATIONS_PAGE_SIZE } };

/** The viewer's notifications, newest first, with the unread count: one list for the bell and the page. */
export function useNotifications({ skip = false } = {}) {
  const { data, loading, error, networkStatus, fetchMore } = useQuery(NotificationsDocument, {
    variables: listQuery.variables,
    notifyOnNetworkStatusChange: true,
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
    skip,
  });
  const list = toPagedList(data?.notifications, { loading, error, networkStatus }, (after) => fetchMore({ variables: { after } }));
  return { ...list, unreadCount: data?.notifications.unreadCount ?? 0 };
}

/** A new notification goes on top of the list and counts as unread, without asking the server again. */
export function addReceivedNotification(cache: ApolloCache, notification: NotificationItem): void {
  cache.updateQuery(listQuery, (current) => {
    if (!current || current.notifications.edges.some((edge) => edge.node.id === notification.id)) return current;
    const { notifications } = current;
    return {
      notifications: {
        ...notifications,
        edges: [{ __typename: 'NotificationEdge' as const, cursor: `live:${notification.id}`, node: notification }, ...notifications.edges],
        totalCount: notifications.totalCount + 1,
        unreadCount: notifications.unreadCount + (notification.readAt ? 0 : 1),
      },
    };
  });
}

/** Listens for the viewer's new notifications while signed in; `onReceived` can announce them. */
export function useNotificationReceived({ skip = false, onReceived }: { skip?: boolean; onReceived?: (notification: NotificationItem) => void } = {}) {
  return useSubscription(NotificationReceivedDocument, {
    skip,
    onData: ({ client, data }) => {
      const notification = data.data?.notificationReceived;
      if (!notification) return;
      addReceivedNotification(client.cache, notification);
      onReceived?.(notification);
    },
  });
}

/** Marks the named notifications read, or all of them without ids; the count follows at once. */
export function useMarkNotificationsRead() {
  const [mutate, state] = useMutation(MarkNotificationsReadDocument);
  const markRead = useCallback(
    async (ids?: string[]) => {
      const readAt = new Date().toISOString();
      const result = await mutate({
        variables: ids ? { ids } : {},
        update(cache, { data }) {
          if (data?.markNotificationsRead === undefined) return;
          cache.updateQuery(listQuery, (current) => {
            if (!current) return current;
            const { notifications } = current;
            const edges = notifications.edges.map((edge) =>
              (!ids || ids.includes(edge.node.id)) && !edge.node.readAt ? { ...edge, node: { ...edge.node, readAt } } : edge,
            );
            const unreadCount = ids ? Math.max(0, notifications.unreadCount - data.markNotificationsRead) : 0;
            return { notifications: { ...notifications, edges, unreadCount } };
          });
        },
      });
      return result.data?.markNotificationsRead ?? 0;
    },
    [mutate],
  );
  return [markRead, state] as const;
}
