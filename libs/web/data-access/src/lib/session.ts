import { useCallback } from 'react';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import {
  ChangePasswordDocument,
  LoginDocument,
  MeDocument,
  RegisterDocument,
  RequestPasswordResetDocument,
  ResetPasswordDocument,
  SignOutDocument,
  UpdateProfileDocument,
  type RegisterInput,
  type UpdateProfileInput,
  type ViewerFieldsFragment,
} from '../generated/graphql';
import { setAccessToken, useAccessToken } from './token-store';

export type Viewer = ViewerFieldsFragment;

export interface Session {
  token: string | null;
  me: Viewer | null;
  /** True while a stored token waits for the server to say who it is. */
  loading: boolean;
  isSignedIn: boolean;
  isCoordinator: boolean;
  /**
   * The viewer's role requires two-factor sign-in (TWO_FACTOR_REQUIRED_ROLES) and it is not on:
   * the server answers nothing but `me` and the setup until it is, so the client shows the setup.
   */
  mustSetUpTwoFactor: boolean;
  error: unknown;
}

export function useSession(): Session {
  const token = useAccessToken();
  const { data, loading, error } = useQuery(MeDocument, { skip: !token });
  const me = token ? (data?.me ?? null) : null;
  return {
    token,
    me,
    loading: !!token && loading && !data,
    isSignedIn: !!me,
    isCoordinator: me?.platformRole === 'COORDINATOR',
    mustSetUpTwoFactor: !!me && me.twoFactorRequired === true && me.twoFactorEnabled !== true,
    error,
  };
}

/** Stores the new token and the viewer, dropping whatever an earlier session had cached. */
function useStartSession() {
  const client = useApolloClient();
  return useCallback(
    async (payload: { accessToken: string; user: Viewer }) => {
      await client.clearStore();
      client.writeQuery({ query: MeDocument, data: { me: payload.user } });
      setAccessToken(payload.accessToken);
      return payload.user;
    },
    [client],
  );
}

/** With two-factor sign-in on, the server answers TWO_FACTOR_REQUIRED until `code` comes with the password. */
export function useSignIn() {
  const [mutate, state] = useMutation(LoginDocument);
  const start = useStartSession();
  const signIn = useCallback(
    async (email: string, password: string, code?: string) => {
      const { data } = await mutate({ variables: code ? { email, password, code } : { email, password } });
      if (!data) throw new Error('No answer to sign-in');
      return start(data.login);
    },
    [mutate, start],
  );
  return [signIn, state] as const;
}

export function useRegister() {
  const [mutate, state] = useMutation(RegisterDocument);
  const start = useStartSession();
  const register = useCallback(
    async (input: RegisterInput) => {
      const { data } = await mutate({ variables: { input } });
      if (!data) throw new Error('No answer to registration');
      return start(data.register);
    },
    [mutate, start],
  );
  return [register, state] as const;
}

export function useResetPassword() {
  const [mutate, state] = useMutation(ResetPasswordDocument);
  const start = useStartSession();
  const resetPassword = useCallback(
    async (token: string, newPassword: string, code?: string) => {
      const { data } = await mutate({ variables: code ? { token, newPassword, code } : { token, newPassword } });
      if (!data) throw new Error('No answer to password reset');
      return start(data.resetPassword);
    },
    [mutate, start],
  );
  return [resetPassword, state] as const;
}

export function useRequestPasswordReset() {
  const [mutate, state] = useMutation(RequestPasswordResetDocument);
  const request = useCallback(async (email: string) => (await mutate({ variables: { email } })).data?.requestPasswordReset ?? false, [mutate]);
  return [request, state] as const;
}

/** The server revokes every earlier token and hands a new one: keep the session going with it. */
export function useChangePassword() {
  const [mutate, state] = useMutation(ChangePasswordDocument);
  const client = useApolloClient();
  const changePassword = useCallback(
    async (currentPassword: string, newPassword: string) => {
      const { data } = await mutate({ variables: { currentPassword, newPassword } });
      if (!data) throw new Error('No answer to password change');
      setAccessToken(data.changePassword.accessToken);
      client.writeQuery({ query: MeDocument, data: { me: data.changePassword.user } });
      return data.changePassword.user;
    },
    [mutate, client],
  );
  return [changePassword, state] as const;
}

export function useSignOut() {
  const [mutate, state] = useMutation(SignOutDocument);
  const client = useApolloClient();
  const signOut = useCallback(
    async (everywhere = false) => {
      try {
        await mutate({ variables: { everywhere } });
      } catch {
        // The token may already be dead; signing out locally is what matters to the person.
      }
      setAccessToken(null);
      await client.clearStore();
      client.writeQuery({ query: MeDocument, data: { me: null } });
    },
    [mutate, client],
  );
  return [signOut, state] as const;
}

/** The result is the viewer (normalized by id), so the cache updates itself. */
export function useUpdateProfile() {
  const [mutate, state] = useMutation(UpdateProfileDocument);
  const updateProfile = useCallback(async (input: UpdateProfileInput) => (await mutate({ variables: { input } })).data?.updateProfile ?? null, [mutate]);
  return [updateProfile, state] as const;
}
