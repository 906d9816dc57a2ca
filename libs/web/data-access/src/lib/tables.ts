import { useCallback } from 'react';
import type { ApolloCache } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  AddParticipantDocument,
  ChangeParticipantRoleDocument,
  DecideMembershipDocument,
  MyOrganizationMembershipsDocument,
  MyParticipationsDocument,
  RemoveParticipantDocument,
  RequestMembershipDocument,
  SetRepresentativesDocument,
  TableDocument,
  TablePendingRequestsDocument,
  type TableRole,
} from '../generated/graphql';

export function useTable(id: string) {
  return useQuery(TableDocument, { variables: { id } });
}

/** Pending membership requests: for the table's officers and coordinators. */
export function useTablePendingRequests(id: string, skip = false) {
  return useQuery(TablePendingRequestsDocument, { variables: { id }, skip, fetchPolicy: 'cache-and-network' });
}

export function useMyParticipations(skip = false) {
  return useQuery(MyParticipationsDocument, { skip, fetchPolicy: 'cache-and-network' });
}

export function useMyOrganizationMemberships(skip = false) {
  return useQuery(MyOrganizationMembershipsDocument, { skip });
}

function tableCacheId(cache: ApolloCache, tableId: string): string | undefined {
  return cache.identify({ __typename: 'RoundTable', id: tableId });
}

export function useRequestMembership() {
  const [mutate, state] = useMutation(RequestMembershipDocument, {
    update(cache, { data }) {
      const membership = data?.requestMembership;
      if (!membership) return;
      // The viewer's organization now has a request at this table: the button turns into « pending ».
      cache.updateQuery({ query: MyOrganizationMembershipsDocument }, (current) => {
        const organization = current?.me?.organization;
        if (!current?.me || !organization || organization.id !== membership.organization.id) return current;
        if (organization.tableMemberships.some((item) => item.id === membership.id)) return current;
        const added = { __typename: 'TableMembership' as const, id: membership.id, status: membership.status, table: membership.table };
        return { me: { ...current.me, organization: { ...organization, tableMemberships: [...organization.tableMemberships, added] } } };
      });
      cache.updateQuery({ query: TablePendingRequestsDocument, variables: { id: membership.table.id } }, (current) => {
        if (!current?.table || current.table.memberships.some((item) => item.id === membership.id)) return current;
        return { table: { ...current.table, memberships: [...current.table.memberships, { ...membership, requestedBy: null }] } };
      });
    },
  });
  const request = useCallback(
    async (tableId: string, organizationId: string, message?: string) =>
      (await mutate({ variables: { tableId, organizationId, message: message?.trim() || undefined } })).data?.requestMembership ?? null,
    [mutate],
  );
  return [request, state] as const;
}

export function useDecideMembership() {
  const [mutate, state] = useMutation(DecideMembershipDocument, {
    update(cache, { data }) {
      const membership = data?.decideMembership;
      if (!membership) return;
      const tableId = membership.table.id;
      cache.updateQuery({ query: TablePendingRequestsDocument, variables: { id: tableId } }, (current) =>
        current?.table ? { table: { ...current.table, memberships: current.table.memberships.filter((item) => item.id !== membership.id) } } : current,
      );
      if (membership.status !== 'ACTIVE') return;
      cache.updateQuery({ query: TableDocument, variables: { id: tableId } }, (current) => {
        if (!current?.table || current.table.memberships.some((item) => item.id === membership.id)) return current;
        return { table: { ...current.table, memberships: [...current.table.memberships, membership] } };
      });
      // On accept the requester may have been seated as MEMBER: ask the server for the participants again.
      cache.evict({ id: tableCacheId(cache, tableId), fieldName: 'participants' });
    },
  });
  const decide = useCallback(
    async (membershipId: string, accept: boolean, message?: string) =>
      (await mutate({ variables: { membershipId, accept, message: message?.trim() || undefined } })).data?.decideMembership ?? null,
    [mutate],
  );
  return [decide, state] as const;
}

export function useAddParticipant() {
  const [mutate, state] = useMutation(AddParticipantDocument, {
    update(cache, { data }) {
      const participant = data?.addParticipant;
      if (!participant) return;
      cache.updateQuery({ query: TableDocument, variables: { id: participant.table.id } }, (current) => {
        if (!current?.table || current.table.participants.some((item) => item.id === participant.id)) return current;
        return { table: { ...current.table, participants: [...current.table.participants, participant] } };
      });
    },
  });
  const add = useCallback(
    async (tableId: string, userId: string, role: TableRole) => (await mutate({ variables: { tableId, userId, role } })).data?.addParticipant ?? null,
    [mutate],
  );
  return [add, state] as const;
}

/** The new role lands on the normalized participant; the viewer's own role at the table is asked again in case it was theirs. */
export function useChangeParticipantRole(tableId: string) {
  const [mutate, state] = useMutation(ChangeParticipantRoleDocument, {
    update(cache) {
      cache.evict({ id: tableCacheId(cache, tableId), fieldName: 'viewerRole' });
    },
  });
  const change = useCallback(
    async (participantId: string, role: TableRole) => (await mutate({ variables: { participantId, role } })).data?.changeParticipantRole ?? null,
    [mutate],
  );
  return [change, state] as const;
}

export function useRemoveParticipant(tableId: string) {
  const [mutate, state] = useMutation(RemoveParticipantDocument);
  const remove = useCallback(
    async (participantId: string) => {
      const result = await mutate({
        variables: { participantId },
        update(cache, { data }) {
          if (!data?.removeParticipant) return;
          cache.updateQuery({ query: TableDocument, variables: { id: tableId } }, (current) =>
            current?.table ? { table: { ...current.table, participants: current.table.participants.filter((item) => item.id !== participantId) } } : current,
          );
          dropRepresentative(cache, tableId, participantId);
          cache.evict({ id: cache.identify({ __typename: 'TableParticipant', id: participantId }) });
          cache.evict({ id: tableCacheId(cache, tableId), fieldName: 'viewerRole' });
          cache.gc();
        },
      });
      return result.data?.removeParticipant ?? false;
    },
    [mutate, tableId],
  );
  return [remove, state] as const;
}

/** The API clears a removed seat from every delegate and alternate it held: the cache does the same. */
function dropRepresentative(cache: ApolloCache, tableId: string, participantId: string) {
  const memberships = cache.readQuery({ query: TableDocument, variables: { id: tableId } })?.table?.memberships ?? [];
  for (const membership of memberships) {
    cache.modify({
      id: cache.identify(membership),
      fields: {
        delegate: (existing, { readField }) => (existing && readField('id', existing) === participantId ? null : existing),
        alternates: (existing, { readField }) => (Array.isArray(existing) ? existing.filter((ref) => readField('id', ref) !== participantId) : existing),
      },
    });
  }
}

/** Names an organization's delegate and alternates; the answer lands on the normalized membership. */
export function useSetRepresentatives() {
  const [mutate, state] = useMutation(SetRepresentativesDocument);
  const set = useCallback(
    async (membershipId: string, delegateParticipantId: string | null, alternateParticipantIds: string[]) =>
      (await mutate({ variables: { membershipId, delegateParticipantId, alternateParticipantIds } })).data?.setRepresentatives ?? null,
    [mutate],
  );
  return [set, state] as const;
}
