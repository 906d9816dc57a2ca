import { useCallback, useMemo } from 'react';
import type { ApolloCache, Reference } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  DecideReferralDocument,
  ReferAgendaItemDocument,
  ReferralMeetingChoicesDocument,
  ReferralTargetsDocument,
  TableReferralsDocument,
  type ReferralDecisionFieldsFragment,
  type ReferralFieldsFragment,
  type ReferralInput,
  type ReferralTargetsQuery,
  type TableLevel,
} from '../generated/graphql';

export type ReferralItem = ReferralFieldsFragment;
export type ReferralDecision = ReferralDecisionFieldsFragment;

/** A table a referral may go to. */
export interface ReferralTarget {
  id: string;
  name: string;
  level: TableLevel;
}

type TargetNode = {
  id: string;
  name: string;
  level: TableLevel;
  archivedAt?: string | null;
  parent?: TargetNode | null;
};

/**
 * The line above a table, nearest first: its parent, then that table's parent... Archived tables
 * are left out (the API refuses them), but the walk goes on past them.
 */
export function referralTargetsOf(table: NonNullable<ReferralTargetsQuery['table']> | null | undefined): ReferralTarget[] {
  const targets: ReferralTarget[] = [];
  const seen = new Set<string>(table ? [table.id] : []);
  let node = (table?.parent ?? null) as TargetNode | null;
  while (node && !seen.has(node.id)) {
    seen.add(node.id);
    if (!node.archivedAt) targets.push({ id: node.id, name: node.name, level: node.level });
    node = node.parent ?? null;
  }
  return targets;
}

/** The sending table (its name, the viewer's role) and the tables up its line. */
export function useReferralTargets(tableId: string, { skip = false } = {}) {
  const { data, loading, error } = useQuery(ReferralTargetsDocument, { variables: { id: tableId }, skip, fetchPolicy: 'cache-first' });
  const table = data?.table ?? null;
  const targets = useMemo(() => referralTargetsOf(table), [table]);
  return { table, targets, loading, error };
}

/** A table's incoming and outgoing referrals, asked again on each visit (answers come from elsewhere). */
export function useTableReferrals(tableId: string) {
  return useQuery(TableReferralsDocument, {
    variables: { id: tableId },
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
  });
}

/** The receiving table's meetings not over yet (ending after `from`), to put an accepted referral on. */
export function useReferralMeetingChoices(tableId: string, from: string, { skip = false } = {}) {
  return useQuery(ReferralMeetingChoicesDocument, { variables: { id: tableId, from }, skip, fetchPolicy: 'network-only' });
}

/** Puts a referral on top of a table's list, in every form of that field the cache holds. */
function prepend(cache: ApolloCache, tableId: string, field: 'incomingReferrals' | 'outgoingReferrals', referral: ReferralItem) {
  const id = cache.identify({ __typename: 'RoundTable', id: tableId });
  const ref = cache.identify(referral);
  if (!id || !ref) return;
  cache.modify({
    id,
    fields: {
      [field]: (existing: readonly Reference[] = [], { readField }) =>
        existing.some((entry) => readField('id', entry) === referral.id) ? existing : [{ __ref: ref }, ...existing],
    },
  });
}

/**
 * « Refer to another table » (officers of the sending table). The new referral joins the sending
 * table's « Envoyées » list, and the receiving one's if the viewer also has it on screen.
 */
export function useReferAgendaItem() {
  const [mutate, state] = useMutation(ReferAgendaItemDocument, {
    update(cache, { data }) {
      const referral = data?.referAgendaItem;
      if (!referral) return;
      prepend(cache, referral.fromTable.id, 'outgoingReferrals', referral);
      prepend(cache, referral.toTable.id, 'incomingReferrals', referral);
    },
  });
  const refer = useCallback(async (input: ReferralInput) => (await mutate({ variables: { input } })).data?.referAgendaItem ?? null, [mutate]);
  return [refer, state] as const;
}

export interface ReferralDecisionInput {
  accept: boolean;
  /** On accept: the receiving table's meeting whose agenda gets the question. */
  meetingId?: string | null;
  response?: string | null;
}

/**
 * Accept (into a meeting, or for later) or decline (officers of the receiving table). The referral
 * updates in place by id; a meeting that gained an agenda item is read again when next shown.
 */
export function useDecideReferral() {
  const [mutate, state] = useMutation(DecideReferralDocument, {
    update(cache, { data }) {
      const meetingId = data?.decideReferral.scheduledItem?.meeting.id;
      if (!meetingId) return;
      cache.evict({ id: cache.identify({ __typename: 'Meeting', id: meetingId }), fieldName: 'agenda' });
    },
  });
  const decide = useCallback(
    async (id: string, { accept, meetingId, response }: ReferralDecisionInput) =>
      (
        await mutate({
          variables: { id, accept, ...(meetingId ? { meetingId } : {}), ...(response ? { response } : {}) },
        })
      ).data?.decideReferral ?? null,
    [mutate],
  );
  return [decide, state] as const;
}
