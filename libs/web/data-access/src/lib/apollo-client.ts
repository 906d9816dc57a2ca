import { ApolloClient, ApolloLink, HttpLink } from '@apollo/client';
import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { ErrorLink } from '@apollo/client/link/error';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { getMainDefinition } from '@apollo/client/utilities';
import { tap } from 'rxjs';
import { endpoints } from '@concertation/shared-paths';
import { MeDocument } from '../generated/graphql';
import { createCache } from './cache';
import { createLiveClient, liveUrlFor } from './live-client';
import { isNetworkFailure, reportServerReachable, reportServerUnreachable } from './server-reachability';
import { getAccessToken, setAccessToken } from './token-store';

export interface CreateApolloClientOptions {
  uri?: string;
  /**
   * WebSocket URL for subscriptions (graphql-ws). By default `/graphql` on the page's host;
   * `null` turns subscriptions off (tests, a page without `window`).
   */
  liveUri?: string | null;
  /** Called when the server refuses the stored token (expired, revoked): the app sends the person to sign in. */
  onSessionExpired?: () => void;
  /** Tests pass their own; the browser's otherwise. */
  fetch?: typeof fetch;
  /** Tests pass a fake WebSocket class. */
  webSocketImpl?: unknown;
}

/** A wrong password here answers UNAUTHENTICATED without the session being over. */
const OPERATIONS_THAT_KEEP_THE_SESSION = new Set(['ChangePassword', 'Login', 'Register', 'ResetPassword']);

function isUnauthenticated(error: unknown): boolean {
  if (CombinedGraphQLErrors.is(error)) return error.errors.some((item) => item.extensions?.['code'] === 'UNAUTHENTICATED');
  return ServerError.is(error) && error.statusCode === 401;
}

function defaultLiveUri(): string | null {
  return typeof window === 'undefined' || !window.location?.host ? null : liveUrlFor(window.location);
}

function isSubscription(operation: ApolloLink.Operation): boolean {
  const definition = getMainDefinition(operation.query);
  return definition.kind === 'OperationDefinition' && definition.operation === 'subscription';
}

export function createApolloClient({
  uri = endpoints.graphql,
  liveUri = defaultLiveUri(),
  onSessionExpired,
  fetch,
  webSocketImpl,
}: CreateApolloClientOptions = {}): ApolloClient {
  const authLink = new ApolloLink((operation, forward) => {
    const token = getAccessToken();
    operation.setContext(({ headers = {} }: { headers?: Record<string, string> }) => ({
      sentToken: token,
      headers: token ? { ...headers, authorization: `Bearer ${token}` } : headers,
    }));
    return forward(operation);
  });

  // Only the token that was refused is dropped: a sign-in that happened meanwhile stays.
  const expire = (refusedToken: string | null | undefined) => {
    if (!refusedToken || refusedToken !== getAccessToken()) return;
    setAccessToken(null);
    void client.clearStore().then(() => client.writeQuery({ query: MeDocument, data: { me: null } }));
    onSessionExpired?.();
  };

  const errorLink = new ErrorLink(({ error, operation }) => {
    if (!isUnauthenticated(error) || OPERATIONS_THAT_KEEP_THE_SESSION.has(operation.operationName ?? '')) return;
    expire((operation.getContext() as { sentToken?: string | null }).sentToken);
  });

  // Any answer, even a refusal, shows the server is there; only a request with no answer shows it is not.
  const reachabilityLink = new ApolloLink((operation, forward) =>
    forward(operation).pipe(
      tap({
        next: () => reportServerReachable(),
        error: (error: unknown) => {
          if (isNetworkFailure(error)) reportServerUnreachable();
          else reportServerReachable();
        },
      }),
    ),
  );

  const httpLink = new HttpLink({ uri, fetch });
  const transport = liveUri
    ? ApolloLink.split(
        isSubscription,
        new GraphQLWsLink(
          createLiveClient({
            url: liveUri,
            webSocketImpl,
            // Events sent while the socket was down are lost: ask again for what is on screen.
            onReconnected: () => void client.refetchQueries({ include: 'active' }).catch(() => undefined),
            onSessionRefused: expire,
            onConnected: reportServerReachable,
          }),
        ),
        httpLink,
      )
    : httpLink;

  const client: ApolloClient = new ApolloClient({
    cache: createCache(),
    link: ApolloLink.from([authLink, errorLink, reachabilityLink, transport]),
  });
  return client;
}
