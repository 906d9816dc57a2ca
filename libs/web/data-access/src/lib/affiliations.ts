import { useCallback } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { DecideAffiliationDocument, PendingAffiliationsDocument } from '../generated/graphql';

export function usePendingAffiliations(skip = false) {
  return useQuery(PendingAffiliationsDocument, { skip, fetchPolicy: 'cache-and-network' });
}

export function useDecideAffiliation() {
  const [mutate, state] = useMutation(DecideAffiliationDocument, {
    update(cache, { data }) {
      const decided = data?.decideAffiliation.id;
      if (!decided) return;
      cache.updateQuery({ query: PendingAffiliationsDocument }, (current) =>
        current ? { pendingAffiliations: current.pendingAffiliations.filter((user) => user.id !== decided) } : current,
      );
    },
  });
  const decide = useCallback(
    async (userId: string, accept: boolean) => (await mutate({ variables: { userId, accept } })).data?.decideAffiliation ?? null,
    [mutate],
  );
  return [decide, state] as const;
}
