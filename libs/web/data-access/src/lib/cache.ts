import { InMemoryCache, type FieldPolicy, type Reference } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';

/** A single-object query reads what a list already brought, instead of asking the server again. */
function readById(typename: string): FieldPolicy<Reference | null> {
  return {
    read(existing, { args, toReference }) {
      if (existing !== undefined) return existing;
      return args?.['id'] ? (toReference({ __typename: typename, id: args['id'] }) ?? undefined) : undefined;
    },
  };
}

export function createCache(): InMemoryCache {
  return new InMemoryCache({
    // The members of each union the documents read, so that `... on Meeting` is matched surely.
    possibleTypes: {
      SearchHit: ['ActionItem', 'AgendaItem', 'Decision', 'Meeting'],
    },
    typePolicies: {
      Query: {
        fields: {
          // Cursor pages of one filter are merged, so that « load more » appends.
          tables: relayStylePagination(['search', 'level', 'regionId']),
          organizations: relayStylePagination(['search', 'sector', 'regionId']),
          auditLog: relayStylePagination(['tableId', 'action', 'actorId']),
          notifications: relayStylePagination(['unreadOnly']),
          table: readById('RoundTable'),
          organization: readById('Organization'),
          meeting: readById('Meeting'),
          pendingAffiliations: { merge: false },
          myMeetings: { merge: false },
        },
      },
      // One per viewer and no id: a singleton whose lists come whole from the server.
      WhatNeedsMe: {
        keyFields: [],
        fields: {
          decisions: { merge: false },
          myPendingMemberships: { merge: false },
          actionItems: { merge: false },
          nextMeetings: { merge: false },
        },
      },
      // The outbox's state, one for the platform: its failures come whole from the server.
      EmailDelivery: {
        keyFields: [],
        fields: {
          recentFailures: { merge: false },
        },
      },
      RoundTable: {
        fields: {
          memberships: { merge: false },
          participants: { merge: false },
          children: { merge: false },
          regions: { merge: false },
          meetings: { merge: false },
        },
      },
      Meeting: {
        fields: {
          // Lists come whole from the server (and from each live event): the newest replaces the old.
          agenda: { merge: false },
          rsvps: { merge: false },
          attendance: { merge: false },
          proxies: { merge: false },
          substitutions: { merge: false },
          // The quorum has no id: its counts are simply overwritten.
          quorum: { merge: true },
          // The floor of the live room, whole in each of its events as well.
          votes: { merge: false },
          speakers: { merge: false },
          viewerBallotOrganizations: { merge: false },
        },
      },
      // Ballots have no id, and a vote's lists change as ballots come in: the newest replaces the old.
      Vote: {
        fields: {
          ballots: { merge: false },
          votedOrganizations: { merge: false },
          results: { merge: false },
        },
      },
      AgendaItem: {
        fields: {
          attachments: { merge: false },
        },
      },
      User: {
        fields: {
          participations: { merge: false },
          notificationPreferences: { merge: false },
        },
      },
      Organization: {
        fields: {
          members: { merge: false },
          tableMemberships: { merge: false },
        },
      },
    },
  });
}
