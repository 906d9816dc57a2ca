import { afterEach, describe, expect, it, vi } from 'vitest';
import { MeDocument, MeetingEventsDocument } from '../generated/graphql';
import { createApolloClient } from './apollo-client';
import { createLiveClient, liveUrlFor } from './live-client';
import { getAccessToken, setAccessToken } from './token-store';

interface Message {
  type: string;
  id?: string;
  payload?: Record<string, unknown>;
}

/** Just enough of a WebSocket speaking graphql-transport-ws, with the server's side in the test's hands. */
class FakeSocket {
  static CONNECTING = 0;
  static OPEN = 1;
  static CLOSING = 2;
  static CLOSED = 3;
  static sockets: FakeSocket[] = [];

  readyState = FakeSocket.CONNECTING;
  sent: Message[] = [];
  onopen: (() => void) | null = null;
  onclose: ((event: { code: number; reason: string }) => void) | null = null;
  onerror: ((error: unknown) => void) | null = null;
  onmessage: ((event: { data: string }) => void) | null = null;

  constructor(
    readonly url: string,
    readonly protocol: string,
  ) {
    FakeSocket.sockets.push(this);
    setTimeout(() => {
      this.readyState = FakeSocket.OPEN;
      this.onopen?.();
    }, 0);
  }

  send(data: string) {
    const message = JSON.parse(data) as Message;
    this.sent.push(message);
    if (message.type === 'connection_init') setTimeout(() => this.receive({ type: 'connection_ack' }), 0);
  }

  receive(message: Message) {
    this.onmessage?.({ data: JSON.stringify(message) });
  }

  close(code = 1000, reason = '') {
    if (this.readyState === FakeSocket.CLOSED) return;
    this.readyState = FakeSocket.CLOSED;
    setTimeout(() => this.onclose?.({ code, reason }), 0);
  }

  /** The server side hangs up. */
  drop(code: number) {
    this.close(code, 'server');
  }

  get subscriptions() {
    return this.sent.filter((message) => message.type === 'subscribe');
  }
}

const noWait = async () => undefined;
const last = () => FakeSocket.sockets[FakeSocket.sockets.length - 1];

describe('the live connection', () => {
  afterEach(() => {
    FakeSocket.sockets = [];
    setAccessToken(null);
  });

  it('goes to /graphql on the page’s host, secure when the page is', () => {
    expect(liveUrlFor({ protocol: 'https:', host: 'concertation.example.ca' })).toBe('wss://concertation.example.ca/graphql');
    expect(liveUrlFor({ protocol: 'http:', host: 'localhost:4200' })).toBe('ws://localhost:4200/graphql');
  });

  it('sends the token on connect, comes back by itself after a drop and says so', async () => {
    setAccessToken('abc');
    const onReconnected = vi.fn();
    const client = createLiveClient({ url: 'ws://test/graphql', webSocketImpl: FakeSocket, retryWait: noWait, onReconnected });
    const next = vi.fn();
    const dispose = client.subscribe({ query: 'subscription { notificationReceived { id } }' }, { next, error: vi.fn(), complete: vi.fn() });

    await vi.waitFor(() => expect(FakeSocket.sockets[0]?.subscriptions).toHaveLength(1));
    expect(FakeSocket.sockets[0].protocol).toBe('graphql-transport-ws');
    expect(FakeSocket.sockets[0].sent[0]).toEqual({ type: 'connection_init', payload: { authorization: 'Bearer abc' } });
    expect(onReconnected).not.toHaveBeenCalled();

    FakeSocket.sockets[0].drop(1006);
    // A new socket, the same subscription sent again, and the app told to catch up.
    await vi.waitFor(() => expect(FakeSocket.sockets[1]?.subscriptions).toHaveLength(1));
    expect(onReconnected).toHaveBeenCalledTimes(1);
    last().receive({ type: 'next', id: last().subscriptions[0].id, payload: { data: { notificationReceived: { id: 'n1' } } } });
    expect(next).toHaveBeenCalledWith({ data: { notificationReceived: { id: 'n1' } } });
    dispose();
    await client.dispose();
  });

  it('ends the session when the server refuses the token the viewer still holds', async () => {
    setAccessToken('revoked');
    const onSessionRefused = vi.fn();
    const error = vi.fn();
    const client = createLiveClient({ url: 'ws://test/graphql', webSocketImpl: FakeSocket, retryWait: noWait, onSessionRefused });
    client.subscribe({ query: 'subscription { notificationReceived { id } }' }, { next: vi.fn(), error, complete: vi.fn() });
    await vi.waitFor(() => expect(FakeSocket.sockets[0]?.subscriptions).toHaveLength(1));

    FakeSocket.sockets[0].drop(4403);
    await vi.waitFor(() => expect(onSessionRefused).toHaveBeenCalledWith('revoked'));
    expect(error).toHaveBeenCalled();
    expect(FakeSocket.sockets).toHaveLength(1);
    await client.dispose();
  });
});

describe('the Apollo client over the live connection', () => {
  afterEach(() => {
    FakeSocket.sockets = [];
    setAccessToken(null);
  });

  it('refetches the queries on screen after the socket came back', async () => {
    setAccessToken('abc');
    const fetch = vi.fn(async () => new Response(JSON.stringify({ data: { me: null } }), { status: 200, headers: { 'content-type': 'application/json' } }));
    const client = createApolloClient({ uri: 'http://test/graphql', liveUri: 'ws://test/graphql', fetch, webSocketImpl: FakeSocket });
    const watched = client.watchQuery({ query: MeDocument }).subscribe(() => undefined);
    const live = client.subscribe({ query: MeetingEventsDocument, variables: { meetingId: 'meeting-1' } }).subscribe(() => undefined);
    await vi.waitFor(() => expect(FakeSocket.sockets[0]?.subscriptions).toHaveLength(1));
    expect(fetch).toHaveBeenCalledTimes(1);

    FakeSocket.sockets[0].drop(1006);
    await vi.waitFor(() => expect(fetch).toHaveBeenCalledTimes(2), { timeout: 4000 });
    live.unsubscribe();
    watched.unsubscribe();
  });

  it('treats a socket closed with 4403 like an UNAUTHENTICATED answer', async () => {
    setAccessToken('expired');
    const onSessionExpired = vi.fn();
    const client = createApolloClient({ uri: 'http://test/graphql', liveUri: 'ws://test/graphql', webSocketImpl: FakeSocket, onSessionExpired });
    client.subscribe({ query: MeetingEventsDocument, variables: { meetingId: 'meeting-1' } }).subscribe({ error: () => undefined });
    await vi.waitFor(() => expect(FakeSocket.sockets[0]?.subscriptions).toHaveLength(1));

    FakeSocket.sockets[0].drop(4403);
    await vi.waitFor(() => expect(onSessionExpired).toHaveBeenCalledTimes(1));
    expect(getAccessToken()).toBeNull();
  });
});
