import { afterEach, describe, expect, it, vi } from 'vitest';
import { ChangePasswordDocument, MeDocument } from '../generated/graphql';
import { createApolloClient } from './apollo-client';
import { getAccessToken, setAccessToken } from './token-store';

function answering(body: unknown) {
  return vi.fn(async (_url: RequestInfo | URL, init?: RequestInit) => {
    void init;
    return new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
  });
}

const unauthenticated = { data: null, errors: [{ message: 'Session expired', extensions: { code: 'UNAUTHENTICATED' } }] };

describe('createApolloClient', () => {
  afterEach(() => setAccessToken(null));

  it('sends the stored token as a bearer token', async () => {
    setAccessToken('abc');
    const fetch = answering({ data: { me: null } });
    const client = createApolloClient({ uri: 'http://test/graphql', fetch });
    await client.query({ query: MeDocument });
    const headers = new Headers(fetch.mock.calls[0][1]?.headers);
    expect(headers.get('authorization')).toBe('Bearer abc');
  });

  it('drops a refused token and tells the app, once', async () => {
    setAccessToken('expired');
    const onSessionExpired = vi.fn();
    const client = createApolloClient({ uri: 'http://test/graphql', fetch: answering(unauthenticated), onSessionExpired });
    await expect(client.query({ query: MeDocument })).rejects.toThrow();
    expect(getAccessToken()).toBeNull();
    expect(onSessionExpired).toHaveBeenCalledTimes(1);
  });

  it('keeps the session when a wrong current password is refused', async () => {
    setAccessToken('still-good');
    const onSessionExpired = vi.fn();
    const client = createApolloClient({ uri: 'http://test/graphql', fetch: answering(unauthenticated), onSessionExpired });
    await expect(
      client.mutate({ mutation: ChangePasswordDocument, variables: { currentPassword: 'wrong', newPassword: 'a new long password' } }),
    ).rejects.toThrow();
    expect(getAccessToken()).toBe('still-good');
    expect(onSessionExpired).not.toHaveBeenCalled();
  });
});
