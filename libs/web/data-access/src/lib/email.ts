import { useCallback } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  EmailDeliveryDocument,
  NotificationSettingsDocument,
  RetryFailedEmailsDocument,
  UpdateNotificationPreferencesDocument,
  type EmailDeliveryQuery,
  type NotificationPreferenceInput,
  type NotificationSettingsFieldsFragment,
} from '../generated/graphql';

export type NotificationSettings = NotificationSettingsFieldsFragment;
export type EmailDeliveryState = EmailDeliveryQuery['emailDelivery'];
export type EmailFailureItem = EmailDeliveryState['recentFailures'][number];

/** The viewer's channel for each kind of notification and the hour of their digest, fresh from the server. */
export function useNotificationSettings() {
  const { data, loading, error, refetch } = useQuery(NotificationSettingsDocument, { fetchPolicy: 'cache-and-network' });
  return { settings: data?.me ?? null, loading: loading && !data, error, refetch };
}

/**
 * Saves the kinds named (the others keep their channel) and the digest hour when given. The answer
 * is the viewer, normalized by id, so the cache holds the saved choices at once.
 */
export function useUpdateNotificationPreferences() {
  const [mutate, state] = useMutation(UpdateNotificationPreferencesDocument);
  const update = useCallback(
    async (preferences: NotificationPreferenceInput[], digestHour?: number) =>
      (await mutate({ variables: { preferences, ...(digestHour === undefined ? {} : { digestHour }) } })).data?.updateNotificationPreferences ?? null,
    [mutate],
  );
  return [update, state] as const;
}

/** The outbox as coordinators watch it: what waits, what went out, what failed and why. */
export function useEmailDelivery() {
  const { data, loading, error, refetch, networkStatus } = useQuery(EmailDeliveryDocument, {
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  return { delivery: data?.emailDelivery ?? null, loading: loading && !data, refreshing: loading && !!data, error, refetch, networkStatus };
}

/** Puts every failed e-mail back in the queue; resolves with how many, once the counts are fetched again. */
export function useRetryFailedEmails() {
  const [mutate, state] = useMutation(RetryFailedEmailsDocument, { refetchQueries: [EmailDeliveryDocument], awaitRefetchQueries: true });
  const retry = useCallback(async () => (await mutate()).data?.retryFailedEmails ?? 0, [mutate]);
  return [retry, state] as const;
}
