import { useCallback } from 'react';
import type { ApolloCache } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { GrantProxyDocument, MeetingDocument, RevokeProxyDocument, SendSubstituteDocument, WithdrawSubstituteDocument } from '../generated/graphql';

/**
 * Gives an organization's proxy at the meeting. The new proxy joins the meeting's list at once;
 * the live event that follows (REPRESENTATION_CHANGED) brings the whole meeting again anyway.
 */
export function useGrantProxy(meetingId: string) {
  const [mutate, state] = useMutation(GrantProxyDocument, {
    update(cache, { data }) {
      const proxy = data?.grantProxy;
      if (!proxy) return;
      cache.updateQuery({ query: MeetingDocument, variables: { id: meetingId } }, (current) => {
        if (!current?.meeting) return current;
        const others = current.meeting.proxies.filter((item) => item.id !== proxy.id);
        return { meeting: { ...current.meeting, proxies: [...others, proxy] } };
      });
    },
  });
  const grant = useCallback(
    async (fromOrganizationId: string, toOrganizationId: string) =>
      (await mutate({ variables: { meetingId, fromOrganizationId, toOrganizationId } })).data?.grantProxy ?? null,
    [mutate, meetingId],
  );
  return [grant, state] as const;
}

/** Withdraws a standing proxy; it leaves the meeting's list whether this call or an earlier one withdrew it. */
export function useRevokeProxy(meetingId: string) {
  const [mutate, state] = useMutation(RevokeProxyDocument);
  const revoke = useCallback(
    async (id: string) => {
      const result = await mutate({ variables: { id }, update: (cache) => dropFromMeeting(cache, meetingId, 'proxies', id) });
      return result.data?.revokeProxy ?? false;
    },
    [mutate, meetingId],
  );
  return [revoke, state] as const;
}

/**
 * Sends a colleague to the meeting for an organization. The server ends the organization's earlier
 * substitution there, so the list keeps one per organization at once, as the live event will say.
 */
export function useSendSubstitute(meetingId: string) {
  const [mutate, state] = useMutation(SendSubstituteDocument, {
    update(cache, { data }) {
      const substitution = data?.sendSubstitute;
      if (!substitution) return;
      cache.updateQuery({ query: MeetingDocument, variables: { id: meetingId } }, (current) => {
        if (!current?.meeting) return current;
        const others = current.meeting.substitutions.filter((item) => item.organization.id !== substitution.organization.id);
        return { meeting: { ...current.meeting, substitutions: [...others, substitution] } };
      });
    },
  });
  const send = useCallback(
    async (organizationId: string, userId: string, note: string | null) =>
      (await mutate({ variables: { meetingId, organizationId, userId, note } })).data?.sendSubstitute ?? null,
    [mutate, meetingId],
  );
  return [send, state] as const;
}

/** Withdraws a standing substitution; it leaves the meeting's list whether this call or an earlier one ended it. */
export function useWithdrawSubstitute(meetingId: string) {
  const [mutate, state] = useMutation(WithdrawSubstituteDocument);
  const withdraw = useCallback(
    async (id: string) => {
      const result = await mutate({ variables: { id }, update: (cache) => dropFromMeeting(cache, meetingId, 'substitutions', id) });
      return result.data?.withdrawSubstitute ?? false;
    },
    [mutate, meetingId],
  );
  return [withdraw, state] as const;
}

/** Takes a withdrawn proxy or substitution out of the meeting's cached list at once. */
function dropFromMeeting(cache: ApolloCache, meetingId: string, list: 'proxies' | 'substitutions', id: string): void {
  cache.updateQuery({ query: MeetingDocument, variables: { id: meetingId } }, (current) => {
    if (!current?.meeting) return current;
    return { meeting: { ...current.meeting, [list]: current.meeting[list].filter((item: { id: string }) => item.id !== id) } };
  });
}
