import { ApolloClient, ApolloLink, HttpLink } from '@apollo/client';
import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { ErrorLink } from '@apollo/client/link/error';
import { MeDocument } from '../generated/graphql';
import { createCache } from './cache';
import { getAccessToken, setAccessToken } from './token-store';

export interface CreateApolloClientOptions {
  uri?: string;
  /** Called when the server refuses the stored token (expired, revoked): the app sends the person to sign in. */
  onSessionExpired?: () => void;
  /** Tests pass their own; the browser's otherwise. */
  fetch?: typeof fetch;
}

/** A wrong password here answers UNAUTHENTICATED without the session being over. */
const OPERATIONS_THAT_KEEP_THE_SESSION = new Set(['ChangePassword', 'Login', 'Register', 'ResetPassword']);

function isUnauthenticated(error: unknown): boolean {
  if (CombinedGraphQLErrors.is(error)) return error.errors.some((item) => item.extensions?.['code'] === 'UNAUTHENTICATED');
  return ServerError.is(error) && error.statusCode === 401;
}

export function createApolloClient({ uri = '/graphql', onSessionExpired, fetch }: CreateApolloClientOptions = {}): ApolloClient {
  const authLink = new ApolloLink((operation, forward) => {
    const token = getAccessToken();
    operation.setContext(({ headers = {} }: { headers?: Record<string, string> }) => ({
      sentToken: token,
      headers: token ? { ...headers, authorization: `Bearer ${token}` } : headers,
    }));
    return forward(operation);
  });

  const errorLink = new ErrorLink(({ error, operation }) => {
    if (!isUnauthenticated(error) || OPERATIONS_THAT_KEEP_THE_SESSION.has(operation.operationName ?? '')) return;
    const sentToken = (operation.getContext() as { sentToken?: string | null }).sentToken;
    // Only the token that was refused is dropped: a sign-in that happened meanwhile stays.
    if (!sentToken || sentToken !== getAccessToken()) return;
    setAccessToken(null);
    void client.clearStore().then(() => client.writeQuery({ query: MeDocument, data: { me: null } }));
    onSessionExpired?.();
  });

  const client: ApolloClient = new ApolloClient({
    cache: createCache(),
    link: ApolloLink.from([authLink, errorLink, new HttpLink({ uri, fetch })]),
  });
  return client;
}
