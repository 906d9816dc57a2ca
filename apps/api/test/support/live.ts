import type { INestApplication } from '@nestjs/common';
import { type Client, createClient, type ExecutionResult } from 'graphql-ws';
import { PubSub, type PubSubEngine } from 'graphql-subscriptions';
import { RedisPubSub } from 'graphql-redis-subscriptions';
import WebSocket from 'ws';
import { PUB_SUB } from '../../src/core/pubsub/pub-sub.provider';

/** A real graphql-ws client on one socket, with what happened to that socket. */
export interface LiveClient {
  client: Client;
  /** Resolves when the server acknowledged `connection_init`. */
  connected: Promise<void>;
  /** Resolves with the close code when the socket closes; rejects after `timeoutMs`. */
  closed(timeoutMs?: number): Promise<number>;
  /** The close code, once closed (null while open). */
  closeCode(): number | null;
  dispose(): Promise<void>;
}

export function liveUrl(baseUrl: string): string {
  return `${baseUrl.replace(/^http/, 'ws')}/graphql`;
}

/** Opens a socket at once (not lazily), with `Bearer <token>` or without a token, and never retries. */
export function connectLive(baseUrl: string, token?: string | null, authorization?: string): LiveClient {
  let code: number | null = null;
  let onConnected!: () => void;
  let onClosed!: (code: number) => void;
  const connected = new Promise<void>((resolve) => (onConnected = resolve));
  const closed = new Promise<number>((resolve) => (onClosed = resolve));
  const client = createClient({
    url: liveUrl(baseUrl),
    webSocketImpl: WebSocket,
    lazy: false,
    retryAttempts: 0,
    connectionParams: authorization !== undefined ? { authorization } : token ? { authorization: `Bearer ${token}` } : {},
    onNonLazyError: () => undefined,
    on: {
      connected: () => onConnected(),
      closed: (event) => {
        code = (event as { code?: number })?.code ?? -1;
        onClosed(code);
      },
    },
  });
  return {
    client,
    connected,
    closed: (timeoutMs = 5000) => within(closed, timeoutMs, 'socket closed'),
    closeCode: () => code,
    dispose: () => client.dispose() as Promise<void>,
  };
}

/** Everything one subscription received, and a way to wait for what comes next. */
export interface LiveSubscription<T = any> {
  received: Array<ExecutionResult<T>>;
  /** The next result not taken yet; rejects after `timeoutMs`. */
  next(timeoutMs?: number): Promise<ExecutionResult<T>>;
  /** Resolves when the server ends the subscription: 'complete', or 'error' with what came; rejects after `timeoutMs`. */
  ended(timeoutMs?: number): Promise<{ how: 'complete' | 'error'; error?: unknown }>;
  isEnded(): boolean;
  stop(): void;
}

export function subscribe<T = any>(live: LiveClient, query: string, variables: Record<string, unknown> = {}): LiveSubscription<T> {
  const received: Array<ExecutionResult<T>> = [];
  let taken = 0;
  const waiters: Array<() => void> = [];
  let ended = false;
  let onEnded!: (value: { how: 'complete' | 'error'; error?: unknown }) => void;
  const endedPromise = new Promise<{ how: 'complete' | 'error'; error?: unknown }>((resolve) => (onEnded = resolve));
  const wake = () => waiters.splice(0).forEach((w) => w());
  const stop = live.client.subscribe<T>(
    { query, variables },
    {
      next: (result) => {
        received.push(result as ExecutionResult<T>);
        wake();
      },
      error: (error) => {
        ended = true;
        onEnded({ how: 'error', error });
        wake();
      },
      complete: () => {
        ended = true;
        onEnded({ how: 'complete' });
        wake();
      },
    },
  );
  return {
    received,
    ended: (timeoutMs = 5000) => within(endedPromise, timeoutMs, 'subscription ended'),
    isEnded: () => ended,
    stop,
    async next(timeoutMs = 5000) {
      const deadline = Date.now() + timeoutMs;
      while (taken >= received.length) {
        const left = deadline - Date.now();
        if (left <= 0) throw new Error(`no event within ${timeoutMs} ms`);
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, left);
          waiters.push(() => {
            clearTimeout(timer);
            resolve();
          });
        });
      }
      return received[taken++];
    },
  };
}

/** The sockets a suite's tests open: `open` waits for the server's acknowledgement. */
export interface LiveSockets {
  open(app: { url: string }, token: string): Promise<LiveClient>;
  /** Opens a socket with the token and subscribes on it. */
  follow<T = any>(app: { url: string }, token: string, query: string, variables?: Record<string, unknown>): Promise<LiveSubscription<T>>;
}

/**
 * The set-up every subscription test shares: sockets opened through this are closed after each
 * test (call it in a `describe` body: it registers that `afterEach`).
 */
export function liveSockets(): LiveSockets {
  const sockets: LiveClient[] = [];
  afterEach(async () => {
    await Promise.all(sockets.splice(0).map((s) => s.dispose()));
  });
  const open = async (app: { url: string }, token: string) => {
    const socket = connectLive(app.url, token);
    sockets.push(socket);
    await socket.connected;
    return socket;
  };
  return {
    open,
    follow: async (app, token, query, variables = {}) => subscribe(await open(app, token), query, variables),
  };
}

function within<T>(promise: Promise<T>, timeoutMs: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`not ${what} within ${timeoutMs} ms`)), timeoutMs)));
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Waits until `check` holds, polling; fails with `what` after `timeoutMs`. */
export async function waitUntil(check: () => boolean | Promise<boolean>, what: string, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/**
 * How many listen to a topic on the app's pub/sub: on Redis, the processes subscribed to the
 * channel (PUBSUB NUMSUB, so it sees the other process too); in process, the listeners.
 */
export async function listenersOf(app: INestApplication, topic: string): Promise<number> {
  const pubSub = app.get<PubSubEngine>(PUB_SUB);
  if (pubSub instanceof RedisPubSub) {
    const reply = (await pubSub.getPublisher().pubsub('NUMSUB', topic)) as [string, number];
    return Number(reply[1]);
  }
  if (pubSub instanceof PubSub) return (pubSub as unknown as { ee: { listenerCount(name: string): number } }).ee.listenerCount(topic);
  throw new Error('unknown pub/sub');
}

/** A subscription is live on the server only once its pub/sub listener is: wait for it before acting. */
export function waitForListener(app: INestApplication, topic: string, count = 1): Promise<void> {
  return waitUntil(async () => (await listenersOf(app, topic)) >= count, `a listener on ${topic}`);
}

/** Resolves after `ms`, to check that nothing arrived meanwhile. */
export const quietFor = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
