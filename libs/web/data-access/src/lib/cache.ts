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
    typePolicies: {
      Query: {
        fields: {
          // Cursor pages of one filter are merged, so that « load more » appends.
          tables: relayStylePagination(['search', 'level', 'regionId']),
          organizations: relayStylePagination(['search', 'sector', 'regionId']),
          auditLog: relayStylePagination(['tableId']),
          table: readById('RoundTable'),
          organization: readById('Organization'),
          pendingAffiliations: { merge: false },
        },
      },
      RoundTable: {
        fields: {
          memberships: { merge: false },
          participants: { merge: false },
          children: { merge: false },
          regions: { merge: false },
        },
      },
      User: {
        fields: {
          participations: { merge: false },
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
