import { createClient, type Client } from 'graphql-ws';
import { endpoints } from '@concertation/shared-paths';
import { onRetryRequested } from './server-reachability';
import { getAccessToken, subscribeToAccessToken } from './token-store';

/** The server closes the socket with this code when the token is bad, expired or revoked. */
export const SESSION_REFUSED_CLOSE_CODE = 4403;
/** Ours: closes a socket on purpose so that it reconnects with the token the viewer now holds. */
const RESTART_CLOSE_CODE = 4205;
const MAX_RETRY_WAIT_MS = 30_000;

export interface CreateLiveClientOptions {
  url: string;
  /** After the socket came back: events may have been missed while it was down. */
  onReconnected?: () => void;
  /** The server refused the token this socket was opened with, and the viewer still holds it. */
  onSessionRefused?: (refusedToken: string) => void;
  /** The socket is open: the server is there. */
  onConnected?: () => void;
  /** Tests pass a fake; the browser's WebSocket otherwise. */
  webSocketImpl?: unknown;
  /** Tests shorten the wait between attempts. */
  retryWait?: (retries: number) => Promise<void>;
}

/** `/graphql` on the page's own host, ws: or wss: as the page is http: or https:. */
export function liveUrlFor(location: { protocol: string; host: string }, path = endpoints.graphql): string {
  return `${location.protocol === 'https:' ? 'wss:' : 'ws:'}//${location.host}${path}`;
}

function isCloseEvent(value: unknown): value is { code: number } {
  return typeof value === 'object' && value !== null && typeof (value as { code?: unknown }).code === 'number';
}

/**
 * 1 s, 2 s, 4 s… up to 30 s, with some jitter so that a restarted server is not hit by everyone at
 * once; cut short when the person asks to retry.
 */
async function backoff(retries: number): Promise<void> {
  const wait = Math.min(MAX_RETRY_WAIT_MS, 1000 * 2 ** retries) + Math.floor(Math.random() * 1000);
  await new Promise<void>((resolve) => {
    const done = () => {
      clearTimeout(timer);
      stop();
      resolve();
    };
    const timer = setTimeout(done, wait);
    const stop = onRetryRequested(done);
  });
}

/**
 * The graphql-ws client behind subscriptions. It connects on the first subscription, sends the
 * token in `connection_init`, retries a dropped socket forever (subscriptions resume by
 * themselves) and says when it came back, so that the app can refetch what it may have missed.
 */
export function createLiveClient({ url, onReconnected, onSessionRefused, onConnected, webSocketImpl, retryWait = backoff }: CreateLiveClientOptions): Client {
  // The token the current socket was opened with: a refusal of an older token is not a session end.
  let socketToken: string | null = null;
  let activeSocket: { close: (code: number, reason: string) => void; readyState: number } | null = null;

  const refusedCurrentToken = (event: unknown) =>
    isCloseEvent(event) && event.code === SESSION_REFUSED_CLOSE_CODE && socketToken !== null && socketToken === getAccessToken();

  const client = createClient({
    url,
    webSocketImpl,
    lazy: true,
    retryAttempts: Number.POSITIVE_INFINITY,
    retryWait,
    // Signed out: nobody to reconnect for. A refused token the viewer still holds: the session is over.
    shouldRetry: (event) => getAccessToken() !== null && !refusedCurrentToken(event),
    connectionParams: () => {
      socketToken = getAccessToken();
      return socketToken ? { authorization: `Bearer ${socketToken}` } : {};
    },
    on: {
      connected: (socket, _payload, wasRetry) => {
        activeSocket = socket as typeof activeSocket;
        onConnected?.();
        if (wasRetry) onReconnected?.();
      },
      closed: (event) => {
        activeSocket = null;
        if (refusedCurrentToken(event) && socketToken) onSessionRefused?.(socketToken);
      },
    },
  });

  // Signing in as someone else, or a new token after a password change: reconnect with it.
  subscribeToAccessToken(() => {
    const token = getAccessToken();
    if (token && activeSocket && activeSocket.readyState === 1 && socketToken !== token) activeSocket.close(RESTART_CLOSE_CODE, 'Token changed');
  });

  return client;
}
