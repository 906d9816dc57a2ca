import { useCallback } from 'react';
import type { ApolloCache } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  AdjournMeetingDocument,
  CancelMeetingDocument,
  MeetingDocument,
  MyMeetingsDocument,
  RecordAttendanceDocument,
  RespondToInvitationDocument,
  RotateCalendarFeedDocument,
  ScheduleMeetingDocument,
  StartMeetingDocument,
  TableBriefDocument,
  TableMeetingsDocument,
  UpdateMeetingDocument,
  type AttendanceStatus,
  type RsvpResponse,
  type ScheduleMeetingInput,
  type UpdateMeetingInput,
} from '../generated/graphql';

export interface MeetingRange {
  from?: string;
  to?: string;
}

export function useMeeting(id: string, skip = false) {
  return useQuery(MeetingDocument, { variables: { id }, skip, fetchPolicy: 'cache-and-network', nextFetchPolicy: 'cache-first' });
}

/** A table's meetings between two instants (either may be open), by startsAt. */
export function useTableMeetings(id: string, range: MeetingRange, skip = false) {
  return useQuery(TableMeetingsDocument, { variables: { id, ...range }, skip, fetchPolicy: 'cache-and-network', nextFetchPolicy: 'cache-first' });
}

export function useTableBrief(id: string) {
  return useQuery(TableBriefDocument, { variables: { id } });
}

/** Meetings of every table the viewer sits at. */
export function useMyMeetings(range: MeetingRange, skip = false) {
  return useQuery(MyMeetingsDocument, { variables: range, skip, fetchPolicy: 'cache-and-network', nextFetchPolicy: 'cache-first' });
}

/** Every list of meetings may now miss or misplace one: let the lists on screen ask again. */
function forgetMeetingLists(cache: ApolloCache, tableId: string) {
  cache.evict({ id: cache.identify({ __typename: 'RoundTable', id: tableId }), fieldName: 'meetings' });
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'myMeetings' });
  cache.gc();
}

export function useScheduleMeeting() {
  const [mutate, state] = useMutation(ScheduleMeetingDocument, {
    update(cache, { data }) {
      const first = data?.scheduleMeeting[0];
      if (first) forgetMeetingLists(cache, first.table.id);
    },
  });
  const schedule = useCallback(async (input: ScheduleMeetingInput) => (await mutate({ variables: { input } })).data?.scheduleMeeting ?? [], [mutate]);
  return [schedule, state] as const;
}

export function useUpdateMeeting() {
  const [mutate, state] = useMutation(UpdateMeetingDocument, {
    update(cache, { data }) {
      if (data) forgetMeetingLists(cache, data.updateMeeting.table.id);
    },
  });
  const update = useCallback(
    async (id: string, input: UpdateMeetingInput) => (await mutate({ variables: { id, input } })).data?.updateMeeting ?? null,
    [mutate],
  );
  return [update, state] as const;
}

/** The cancelled meeting keeps its place in the lists, with its new status (normalized by id). */
export function useCancelMeeting() {
  const [mutate, state] = useMutation(CancelMeetingDocument);
  const cancel = useCallback(
    async (id: string, reason?: string) => (await mutate({ variables: { id, reason: reason?.trim() || undefined } })).data?.cancelMeeting ?? null,
    [mutate],
  );
  return [cancel, state] as const;
}

export function useStartMeeting() {
  const [mutate, state] = useMutation(StartMeetingDocument);
  const start = useCallback(async (id: string) => (await mutate({ variables: { id } })).data?.startMeeting ?? null, [mutate]);
  return [start, state] as const;
}

/** What becomes of the items not dealt with: kept as they are, deferred, or deferred and carried over to a later meeting. */
export type UndiscussedItems = { kind: 'keep' } | { kind: 'defer' } | { kind: 'carryOver'; meetingId: string };

export function useAdjournMeeting() {
  const [mutate, state] = useMutation(AdjournMeetingDocument);
  const adjourn = useCallback(
    async (id: string, undiscussed: UndiscussedItems = { kind: 'keep' }) => {
      const carryOverTo = undiscussed.kind === 'carryOver' ? undiscussed.meetingId : null;
      const result = await mutate({
        variables: { id, deferUndiscussed: undiscussed.kind !== 'keep', carryOverTo },
        update(cache) {
          // The next meeting's agenda grew on the server: its screens ask again.
          if (carryOverTo) {
            cache.evict({ id: cache.identify({ __typename: 'Meeting', id: carryOverTo }), fieldName: 'agenda' });
            cache.gc();
          }
        },
      });
      return result.data?.adjournMeeting ?? null;
    },
    [mutate],
  );
  return [adjourn, state] as const;
}

/** The answer replaces the viewer's earlier one in the meeting's list (an Rsvp has no id of its own). */
export function useRespondToInvitation(meetingId: string) {
  const [mutate, state] = useMutation(RespondToInvitationDocument, {
    update(cache, { data }) {
      const rsvp = data?.respondToInvitation;
      if (!rsvp) return;
      cache.updateQuery({ query: MeetingDocument, variables: { id: meetingId } }, (current) => {
        if (!current?.meeting) return current;
        const others = current.meeting.rsvps.filter((item) => item.participant.id !== rsvp.participant.id);
        return { meeting: { ...current.meeting, viewerRsvp: rsvp.response, rsvps: [...others, rsvp] } };
      });
      cache.modify({ id: cache.identify({ __typename: 'Meeting', id: meetingId }), fields: { viewerRsvp: () => rsvp.response } });
    },
  });
  const respond = useCallback(
    async (response: RsvpResponse) => (await mutate({ variables: { meetingId, response } })).data?.respondToInvitation ?? null,
    [mutate, meetingId],
  );
  return [respond, state] as const;
}

/**
 * The person's attendance shows at once; the quorum is the server's to count, so the meeting is
 * asked again in the background (the live event that follows brings it too).
 */
export function useRecordAttendance(meetingId: string) {
  const [mutate, state] = useMutation(RecordAttendanceDocument, {
    refetchQueries: [{ query: MeetingDocument, variables: { id: meetingId } }],
    update(cache, { data }) {
      const attendance = data?.recordAttendance;
      if (!attendance) return;
      cache.updateQuery({ query: MeetingDocument, variables: { id: meetingId } }, (current) => {
        if (!current?.meeting) return current;
        const others = current.meeting.attendance.filter((item) => item.user.id !== attendance.user.id);
        return { meeting: { ...current.meeting, attendance: [...others, attendance] } };
      });
    },
  });
  const record = useCallback(
    async (userId: string, status: AttendanceStatus) => (await mutate({ variables: { meetingId, userId, status } })).data?.recordAttendance ?? null,
    [mutate, meetingId],
  );
  return [record, state] as const;
}

/** A new secret feed URL; the one handed out before stops working. */
export function useRotateCalendarFeed() {
  const [mutate, state] = useMutation(RotateCalendarFeedDocument);
  const rotate = useCallback(async () => (await mutate()).data?.rotateCalendarFeed ?? null, [mutate]);
  return [rotate, state] as const;
}
