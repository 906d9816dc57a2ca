import { useCallback } from 'react';
import { useMutation, useQuery, useSubscription } from '@apollo/client/react';
import {
  CancelVoteDocument,
  CastBallotDocument,
  CloseVoteDocument,
  EndSpeechDocument,
  GiveFloorDocument,
  MeetingFloorDocument,
  MeetingFloorEventsDocument,
  OpenVoteDocument,
  RequestToSpeakDocument,
  VoteFieldsFragmentDoc,
  WithdrawRequestToSpeakDocument,
  type MeetingFloorEventsSubscription,
  type MeetingFloorFieldsFragment,
  type OpenVoteInput,
} from '../generated/graphql';

export type MeetingFloor = MeetingFloorFieldsFragment;
export type MeetingVote = MeetingFloor['votes'][number];
export type VoteBallot = MeetingVote['ballots'][number];
export type SpeakerRequest = MeetingFloor['speakers'][number];
export type MeetingFloorEvent = MeetingFloorEventsSubscription['meetingEvents'];

/** The votes, the speakers' list and whose ballot the viewer may cast, as the viewer may read them. */
export function useMeetingFloor(meetingId: string, skip = false) {
  return useQuery(MeetingFloorDocument, { variables: { id: meetingId }, skip, fetchPolicy: 'cache-and-network', nextFetchPolicy: 'cache-first' });
}

/**
 * The floor as it changes: every event of the meeting carries its votes and speakers again, read
 * with the viewer's rights (turnout while a vote is open, never another organization's choice).
 */
export function useMeetingFloorEvents(meetingId: string, { skip = false, onEvent }: { skip?: boolean; onEvent?: (event: MeetingFloorEvent) => void } = {}) {
  return useSubscription(MeetingFloorEventsDocument, {
    variables: { meetingId },
    skip,
    onData: ({ data }) => {
      const event = data.data?.meetingEvents;
      if (event) onEvent?.(event);
    },
  });
}

/** The new vote joins the meeting's list at once; its VOTE_OPENED event reaches everyone else. */
export function useOpenVote(meetingId: string) {
  const [mutate, state] = useMutation(OpenVoteDocument, {
    update(cache, { data }) {
      const vote = data?.openVote;
      if (!vote) return;
      cache.updateQuery({ query: MeetingFloorDocument, variables: { id: meetingId } }, (current) => {
        if (!current?.meeting || current.meeting.votes.some((item) => item.id === vote.id)) return current;
        return { meeting: { ...current.meeting, votes: [...current.meeting.votes, vote] } };
      });
    },
  });
  const open = useCallback(async (input: OpenVoteInput) => (await mutate({ variables: { input } })).data?.openVote ?? null, [mutate]);
  return [open, state] as const;
}

/**
 * Casts (or replaces) an organization's ballot. The ballot has no id of its own: it takes its
 * organization's place in the vote, which now counts that organization as having voted.
 */
export function useCastBallot() {
  const [mutate, state] = useMutation(CastBallotDocument);
  const cast = useCallback(
    async (voteId: string, organizationId: string, choice: string) => {
      const result = await mutate({
        variables: { voteId, organizationId, choice },
        update(cache, { data }) {
          const ballot = data?.castBallot;
          if (!ballot) return;
          cache.updateFragment(
            { id: cache.identify({ __typename: 'Vote', id: voteId }), fragment: VoteFieldsFragmentDoc, fragmentName: 'VoteFields' },
            (vote) => {
              if (!vote) return vote;
              const others = vote.ballots.filter((item) => item.organization.id !== organizationId);
              const voted = vote.votedOrganizations.some((item) => item.id === organizationId)
                ? vote.votedOrganizations
                : [...vote.votedOrganizations, { __typename: 'Organization' as const, id: organizationId }];
              return { ...vote, ballots: [...others, ballot], votedOrganizations: voted };
            },
          );
        },
      });
      return result.data?.castBallot ?? null;
    },
    [mutate],
  );
  return [cast, state] as const;
}

/** Counts the ballots and records the decision; the vote comes back CLOSED with its results. */
export function useCloseVote() {
  const [mutate, state] = useMutation(CloseVoteDocument);
  const close = useCallback(async (id: string) => (await mutate({ variables: { id } })).data?.closeVote ?? null, [mutate]);
  return [close, state] as const;
}

/** Ends a vote without a result or a decision. */
export function useCancelVote() {
  const [mutate, state] = useMutation(CancelVoteDocument);
  const cancel = useCallback(async (id: string) => (await mutate({ variables: { id } })).data?.cancelVote ?? null, [mutate]);
  return [cancel, state] as const;
}

/**
 * The speakers' list is the server's to order (every organization heard before anyone twice), so
 * after each change it is asked again rather than guessed; the live event brings it to everyone else.
 */
function refetchFloor(meetingId: string) {
  return { refetchQueries: [{ query: MeetingFloorDocument, variables: { id: meetingId } }], awaitRefetchQueries: true };
}

export function useRequestToSpeak(meetingId: string) {
  const [mutate, state] = useMutation(RequestToSpeakDocument, refetchFloor(meetingId));
  const request = useCallback(async () => (await mutate({ variables: { meetingId } })).data?.requestToSpeak ?? null, [mutate, meetingId]);
  return [request, state] as const;
}

/** The requester takes their request back, or an officer does. */
export function useWithdrawRequestToSpeak(meetingId: string) {
  const [mutate, state] = useMutation(WithdrawRequestToSpeakDocument, refetchFloor(meetingId));
  const withdraw = useCallback(async (id: string) => (await mutate({ variables: { id } })).data?.withdrawRequestToSpeak ?? null, [mutate]);
  return [withdraw, state] as const;
}

/** Officers: this request speaks now; whoever was speaking is done. */
export function useGiveFloor(meetingId: string) {
  const [mutate, state] = useMutation(GiveFloorDocument, refetchFloor(meetingId));
  const give = useCallback(async (id: string) => (await mutate({ variables: { id } })).data?.giveFloor ?? null, [mutate]);
  return [give, state] as const;
}

/** Officers: whoever is speaking is done (the meeting's list comes back with the answer). */
export function useEndSpeech(meetingId: string) {
  const [mutate, state] = useMutation(EndSpeechDocument);
  const end = useCallback(async () => (await mutate({ variables: { meetingId } })).data?.endSpeech ?? null, [mutate, meetingId]);
  return [end, state] as const;
}
