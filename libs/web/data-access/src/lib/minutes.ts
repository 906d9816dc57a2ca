import { useCallback } from 'react';
import { useApolloClient, useMutation, useQuery, useSubscription } from '@apollo/client/react';
import {
  ApproveMinutesDocument,
  CirculateMinutesDocument,
  CreateActionItemInMeetingDocument,
  EditMinutesDocument,
  MeetingMinutesDocument,
  MinutesApprovalMeetingsDocument,
  MinutesMeetingEventsDocument,
  RecordDecisionDocument,
  type CreateActionItemInput,
  type DecisionInput,
  type MinutesInput,
  type MinutesMeetingEventsSubscription,
  type MinutesMeetingFieldsFragment,
} from '../generated/graphql';

export type MinutesMeeting = MinutesMeetingFieldsFragment;
export type MinutesEvent = MinutesMeetingEventsSubscription['meetingEvents'];

/** The meeting with its minutes, notes, decisions and action items, as the viewer may see them. */
export function useMeetingMinutes(meetingId: string, skip = false) {
  return useQuery(MeetingMinutesDocument, {
    variables: { meetingId },
    skip,
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
  });
}

/**
 * Asks the server for the minutes as they are now, bypassing the cache: after a CONFLICT, the
 * editor must compare against what was really saved, not what this tab last heard.
 */
export function useFetchLatestMinutes(meetingId: string) {
  const client = useApolloClient();
  return useCallback(
    async () => (await client.query({ query: MeetingMinutesDocument, variables: { meetingId }, fetchPolicy: 'network-only' })).data?.meeting ?? null,
    [client, meetingId],
  );
}

/**
 * Live changes to the minutes, decisions and action items of a meeting. Each event carries the
 * minutes view of the meeting, which Apollo writes into the cache: notes and the minutes version
 * always arrive together, which is what the editor's conflict check relies on.
 */
export function useMinutesEvents(meetingId: string, { skip = false, onEvent }: { skip?: boolean; onEvent?: (event: MinutesEvent) => void } = {}) {
  return useSubscription(MinutesMeetingEventsDocument, {
    variables: { meetingId },
    skip,
    onData: ({ data }) => {
      const event = data.data?.meetingEvents;
      if (event) onEvent?.(event);
    },
  });
}

/** Later meetings of the table (from `from` on), to say where the minutes were approved. */
export function useMinutesApprovalMeetings(tableId: string, from: string, skip = false) {
  return useQuery(MinutesApprovalMeetingsDocument, { variables: { tableId, from }, skip });
}

/**
 * Saves part of the minutes against the version the editor last saw. The answer carries the new
 * version and the item notes, so that the cache holds them together. Fails with CONFLICT when
 * someone else saved first.
 */
export function useEditMinutes(meetingId: string) {
  const [mutate, state] = useMutation(EditMinutesDocument);
  const edit = useCallback(
    async (expectedVersion: number, input: MinutesInput) => {
      const result = await mutate({ variables: { meetingId, expectedVersion, input } });
      if (!result.data) throw new Error('editMinutes returned no data');
      return result.data.editMinutes;
    },
    [mutate, meetingId],
  );
  return [edit, state] as const;
}

export function useCirculateMinutes(meetingId: string) {
  const [mutate, state] = useMutation(CirculateMinutesDocument);
  const circulate = useCallback(async () => (await mutate({ variables: { meetingId } })).data?.circulateMinutes ?? null, [mutate, meetingId]);
  return [circulate, state] as const;
}

export function useApproveMinutes(meetingId: string) {
  const [mutate, state] = useMutation(ApproveMinutesDocument);
  const approve = useCallback(
    async (atMeetingId?: string | null) => (await mutate({ variables: { meetingId, atMeetingId: atMeetingId || undefined } })).data?.approveMinutes ?? null,
    [mutate, meetingId],
  );
  return [approve, state] as const;
}

/**
 * A decision and an action item belong to several lists (the meeting's, the item's, the
 * decision's): the minutes view is asked again rather than patched list by list.
 */
const refetchMinutes = (meetingId: string) => ({
  refetchQueries: [{ query: MeetingMinutesDocument, variables: { meetingId } }],
  awaitRefetchQueries: true,
});

export function useRecordDecision(meetingId: string) {
  const [mutate, state] = useMutation(RecordDecisionDocument, refetchMinutes(meetingId));
  const record = useCallback(
    async (input: Omit<DecisionInput, 'meetingId'>) => (await mutate({ variables: { input: { ...input, meetingId } } })).data?.recordDecision ?? null,
    [mutate, meetingId],
  );
  return [record, state] as const;
}

export function useCreateActionItemInMeeting(meetingId: string) {
  const [mutate, state] = useMutation(CreateActionItemInMeetingDocument, refetchMinutes(meetingId));
  const create = useCallback(
    async (input: Omit<CreateActionItemInput, 'meetingId'>) => (await mutate({ variables: { input: { ...input, meetingId } } })).data?.createActionItem ?? null,
    [mutate, meetingId],
  );
  return [create, state] as const;
}
