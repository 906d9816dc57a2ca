import { getIntrospectionQuery } from 'graphql';
import WebSocket from 'ws';
import { createUser } from './support/fixtures';
import { connectLive, liveUrl, subscribe } from './support/live';
import { codeOf, startTestApp, type TestApp } from './support/test-app';

const PUBLIC_URL = 'https://concertation.example';
const STACK = /\bat [\w.<>]+ \(|\.(ts|js):\d+:\d+/;
const SQL = /\b(SELECT|INSERT|UPDATE|DELETE|FROM)\b|relation "|column "|syntax error at/i;

function handshake(url: string, origin: string): Promise<string> {
  return new Promise((resolve) => {
    const socket = new WebSocket(liveUrl(url), 'graphql-transport-ws', { origin });
    socket.on('open', () => {
      socket.close();
      resolve('open');
    });
    socket.on('unexpected-response', (_req, res) => resolve(String(res.statusCode)));
    socket.on('error', (err) => resolve(`error: ${err.message}`));
  });
}

describe('NODE_ENV=production: no introspection, suggestions or sandbox; security headers; safe errors', () => {
  let t: TestApp;
  let token: string;
  beforeAll(async () => {
    t = await startTestApp({ NODE_ENV: 'production', PUBLIC_URL });
    token = (await createUser(t)).token;
  });
  afterAll(() => t.close());

  it('refuses introspection over HTTP and over WebSocket', async () => {
    const http = await t.gql(getIntrospectionQuery(), {}, token);
    expect(codeOf(http)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(http.data).toBeUndefined();
    expect(codeOf(await t.gql(`{ __type(name: "User") { fields { name } } }`, {}, token))).toBe('GRAPHQL_VALIDATION_FAILED');
    const live = connectLive(t.url, token);
    await live.connected;
    const overSocket = await subscribe(live, `{ __schema { types { name } } }`).ended();
    expect(overSocket.how).toBe('error');
    expect(JSON.stringify(overSocket.error)).toContain('GRAPHQL_VALIDATION_FAILED');
    // __typename alone is not introspection of the schema.
    expect((await t.gql(`{ __typename }`, {}, token)).data).toEqual({ __typename: 'Query' });
    await live.dispose();
  });

  it('gives no field suggestions ("Did you mean …") over HTTP or WebSocket', async () => {
    const http = await t.gql(`{ mee { id } }`, {}, token);
    expect(codeOf(http)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(http.errors?.[0].message).toMatch(/Cannot query field "mee"/);
    expect(JSON.stringify(http)).not.toMatch(/Did you mean|"me"/);
    const live = connectLive(t.url, token);
    await live.connected;
    const overSocket = await subscribe(live, `subscription { notificationRecieved { id } }`).ended();
    expect(JSON.stringify(overSocket.error)).toMatch(/Cannot query field/);
    expect(JSON.stringify(overSocket.error)).not.toMatch(/Did you mean|notificationReceived/);
    await live.dispose();
  });

  it('serves no Apollo Sandbox or landing page', async () => {
    const res = await fetch(`${t.url}/graphql`, { headers: { accept: 'text/html' } });
    const body = await res.text();
    expect(body).not.toMatch(/sandbox|apollographql|embeddable/i);
  });

  it('sends the security headers, with a CSP that allows only this site (and its WebSocket)', async () => {
    for (const path of ['/graphql', '/health', '/']) {
      const res = await fetch(`${t.url}${path}`, { headers: { accept: 'text/html' } });
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("connect-src 'self' ws://concertation.example wss://concertation.example");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("object-src 'none'");
      expect(csp).not.toContain('upgrade-insecure-requests');
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
      expect(res.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
      expect(res.headers.get('x-powered-by')).toBeNull();
    }
  });

  it('in production, admits only PUBLIC_URL (and ALLOWED_ORIGINS) or the same host to the WebSocket, not any local page', async () => {
    expect(await handshake(t.url, 'http://localhost:4200')).toBe('403');
    expect(await handshake(t.url, 'https://evil.example')).toBe('403');
    expect(await handshake(t.url, PUBLIC_URL)).toBe('open');
  });

  it('answers a malformed or oversized request without a stack', async () => {
    const malformed = await fetch(`${t.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
    expect(malformed.status).toBe(400);
    expect(await malformed.text()).not.toMatch(STACK);
    const huge = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'x'.repeat(1_100_000) }),
    });
    expect(huge.status).toBe(413);
    expect(await huge.text()).not.toMatch(STACK);
  });

  // Last: it breaks the database under the app on purpose.
  it('turns a database failure into a bare INTERNAL_SERVER_ERROR: no stack, no SQL, no internal message', async () => {
    await t.dataSource.query(`ALTER TABLE notification RENAME TO notification_gone`);
    try {
      const result = await t.gql(`{ notifications(first: 5) { edges { node { id } } } }`, {}, token);
      expect(codeOf(result)).toBe('INTERNAL_SERVER_ERROR');
      expect(result.errors?.[0].message).toBe('Internal server error.');
      const text = JSON.stringify(result);
      expect(text).not.toMatch(STACK);
      expect(text).not.toMatch(SQL);
      expect(text).not.toMatch(/notification_gone|QueryFailedError|stacktrace/i);
    } finally {
      await t.dataSource.query(`ALTER TABLE notification_gone RENAME TO notification`);
    }
  });
});

describe('outside production', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('keeps introspection and the CSP everywhere but GET /graphql, where the development sandbox loads from Apollo’s CDN', async () => {
    expect((await t.gql(`{ __schema { queryType { name } } }`)).data.__schema.queryType.name).toBe('Query');
    expect((await fetch(`${t.url}/health`)).headers.get('content-security-policy')).toContain("default-src 'self'");
    const sandbox = await fetch(`${t.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(sandbox.headers.get('content-security-policy')).toBeNull();
    expect(sandbox.headers.get('x-content-type-options')).toBe('nosniff');
  });
});
