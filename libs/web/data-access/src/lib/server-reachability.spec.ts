import { afterEach, describe, expect, it, vi } from 'vitest';
import { MeDocument } from '../generated/graphql';
import { createApolloClient } from './apollo-client';
import { isServerReachable, reportServerReachable, subscribeToServerReachability } from './server-reachability';
import { setAccessToken } from './token-store';

function answering(body: unknown, status = 200) {
  return vi.fn(async () => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } }));
}

const noAnswer = vi.fn(async () => {
  throw new TypeError('Failed to fetch');
});

describe('server reachability', () => {
  afterEach(() => {
    setAccessToken(null);
    reportServerReachable();
  });

  it('is lost when a request gets no answer, and back at the next answer', async () => {
    setAccessToken('abc');
    const changes = vi.fn();
    const stop = subscribeToServerReachability(changes);
    await expect(createApolloClient({ uri: 'http://test/graphql', fetch: noAnswer, liveUri: null }).query({ query: MeDocument })).rejects.toThrow();
    expect(isServerReachable()).toBe(false);

    await createApolloClient({ uri: 'http://test/graphql', fetch: answering({ data: { me: null } }), liveUri: null }).query({ query: MeDocument });
    expect(isServerReachable()).toBe(true);
    expect(changes).toHaveBeenCalledTimes(2);
    stop();
  });

  it('counts a refusal as an answer: the server is there', async () => {
    const forbidden = { data: null, errors: [{ message: 'No', extensions: { code: 'FORBIDDEN' } }] };
    await expect(createApolloClient({ uri: 'http://test/graphql', fetch: answering(forbidden), liveUri: null }).query({ query: MeDocument })).rejects.toThrow();
    expect(isServerReachable()).toBe(true);
  });

  it('counts a gateway that cannot reach the server as no answer', async () => {
    await expect(
      createApolloClient({ uri: 'http://test/graphql', fetch: answering({ message: 'Bad gateway' }, 502), liveUri: null }).query({ query: MeDocument }),
    ).rejects.toThrow();
    expect(isServerReachable()).toBe(false);
  });

  it('follows the browser going offline', () => {
    const stop = subscribeToServerReachability(() => undefined);
    window.dispatchEvent(new Event('offline'));
    expect(isServerReachable()).toBe(false);
    stop();
  });
});
