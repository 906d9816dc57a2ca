import { useCallback } from 'react';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import {
  BeginTwoFactorSetupDocument,
  ConfirmTwoFactorDocument,
  DisableTwoFactorDocument,
  MeDocument,
  MySessionsDocument,
  RevokeSessionDocument,
  type MySessionsQuery,
} from '../generated/graphql';

export type SignedInSession = MySessionsQuery['mySessions'][number];

/** The viewer's signed-in devices, last used first; read again each time the screen opens. */
export function useMySessions() {
  return useQuery(MySessionsDocument, { fetchPolicy: 'cache-and-network' });
}

/** Ends one of the viewer's sessions; the list is read again (the server closed its sockets). */
export function useRevokeSession() {
  const [mutate, state] = useMutation(RevokeSessionDocument, { refetchQueries: [MySessionsDocument], awaitRefetchQueries: true });
  const revoke = useCallback(async (id: string) => (await mutate({ variables: { id } })).data?.revokeSession ?? false, [mutate]);
  return [revoke, state] as const;
}

/** Draws a new secret for an authenticator application; nothing changes until it is confirmed. */
export function useBeginTwoFactorSetup() {
  const [mutate, state] = useMutation(BeginTwoFactorSetupDocument);
  const begin = useCallback(async () => {
    const { data } = await mutate();
    if (!data) throw new Error('No answer to two-factor setup');
    return data.beginTwoFactorSetup;
  }, [mutate]);
  return [begin, state] as const;
}

/**
 * Turns two-factor sign-in on with the authenticator's current code; resolves with the recovery
 * codes, which the server never shows again. `me` and the sessions are read again: the viewer is
 * no longer held back, and every other session was signed out.
 */
export function useConfirmTwoFactor() {
  const [mutate, state] = useMutation(ConfirmTwoFactorDocument, { refetchQueries: [MeDocument, MySessionsDocument], awaitRefetchQueries: true });
  const confirm = useCallback(
    async (code: string) => {
      const { data } = await mutate({ variables: { code } });
      if (!data) throw new Error('No answer to two-factor confirmation');
      return data.confirmTwoFactor;
    },
    [mutate],
  );
  return [confirm, state] as const;
}

/** Turns two-factor sign-in off with the password and a code; the viewer comes back updated, and the other sessions are gone. */
export function useDisableTwoFactor() {
  const [mutate, state] = useMutation(DisableTwoFactorDocument, { refetchQueries: [MySessionsDocument] });
  const client = useApolloClient();
  const disable = useCallback(
    async (password: string, code: string) => {
      const { data } = await mutate({ variables: { password, code } });
      if (!data) throw new Error('No answer to turning two-factor sign-in off');
      client.writeQuery({ query: MeDocument, data: { me: data.disableTwoFactor } });
      return data.disableTwoFactor;
    },
    [mutate, client],
  );
  return [disable, state] as const;
}
