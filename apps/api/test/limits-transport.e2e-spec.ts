import WebSocket from 'ws';
import { MAX_TOKENS } from '../src/core/graphql/operation-rules';
import { MAX_SOCKET_MESSAGE_BYTES } from '../src/core/live/live-transport';
import { createUser } from './support/fixtures';
import { connectLive, liveUrl, subscribe, type LiveClient } from './support/live';
import { codeOf, startTestApp, type TestApp } from './support/test-app';

/** A query that is shallow and has no alias but asks for 100 tables with their children: over the cost limit. */
const COSTLY = `{ tables(first: 100) { edges { node { id name mandate children { id name mandate parent { id name } } } } } }`;
const CHEAP = `{ tables(first: 5) { edges { node { id name } } } }`;
/**
 * A valid operation of exactly `count` tokens: `mutation { markNotificationsRead(ids: ["…", …]) }`
 * (10 tokens and one per id). It passes parse and validation, costs almost nothing, and is then
 * refused by the service (over 500 ids: BAD_USER_INPUT), which shows that it was parsed.
 */
function tokens(count: number): string {
  const ids = Array.from({ length: count - 10 }, () => '"x"').join(' ');
  return `mutation { markNotificationsRead(ids: [${ids}]) }`;
}

const PUBLIC_URL = 'https://concertation.example';
const ALLOWED = 'https://partenaire.example';

/** Opens a raw graphql-transport-ws socket with the given Origin; resolves 'open' or the handshake status. */
function handshake(url: string, origin?: string): Promise<string> {
  return new Promise((resolve) => {
    const socket = new WebSocket(liveUrl(url), 'graphql-transport-ws', origin ? { origin } : {});
    socket.on('open', () => {
      socket.close();
      resolve('open');
    });
    socket.on('unexpected-response', (_req, res) => resolve(String(res.statusCode)));
    socket.on('error', (err) => resolve(`error: ${err.message}`));
  });
}

describe('transport limits over HTTP and WebSocket: cost, tokens, sizes, CSRF, Origin', () => {
  let t: TestApp;
  let token: string;
  const open: LiveClient[] = [];
  beforeAll(async () => {
    t = await startTestApp({ PUBLIC_URL, ALLOWED_ORIGINS: ` ${ALLOWED}/ , http://intranet.example:8080` });
    token = (await createUser(t)).token;
  });
  afterEach(async () => {
    await Promise.all(open.splice(0).map((live) => live.dispose()));
  });
  afterAll(() => t.close());

  const live = async () => {
    const client = connectLive(t.url, token);
    open.push(client);
    await client.connected;
    return client;
  };

  describe('cost limit', () => {
    it('runs a cheap query and refuses a costly one before it runs, over HTTP', async () => {
      expect((await t.gql(CHEAP, {}, token)).errors).toBeUndefined();
      const refused = await t.gql(COSTLY, {}, token);
      expect(refused.status).toBe(400);
      expect(codeOf(refused)).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(refused.errors?.[0].message).toMatch(/too costly/);
      expect(refused.data).toBeUndefined();
    });

    it('refuses the same over WebSocket, where Apollo’s rules do not run, and keeps the socket open', async () => {
      const socket = await live();
      const refused = await subscribe(socket, COSTLY).ended();
      expect(refused.how).toBe('error');
      expect((refused.error as Array<{ extensions?: { code?: string } }>)[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(JSON.stringify(refused.error)).toContain('too costly');
      const cheap = await subscribe(socket, CHEAP).next();
      expect(cheap.errors).toBeUndefined();
      expect(socket.closeCode()).toBeNull();
    });
  });

  describe('token limit', () => {
    it(`parses ${MAX_TOKENS} tokens and refuses one more, over HTTP`, async () => {
      expect(codeOf(await t.gql(tokens(MAX_TOKENS), {}, token))).toBe('BAD_USER_INPUT');
      const refused = await t.gql(tokens(MAX_TOKENS + 1), {}, token);
      expect(refused.status).toBe(400);
      expect(codeOf(refused)).toBe('GRAPHQL_PARSE_FAILED');
      expect(refused.errors?.[0].message).toMatch(/token/i);
    });

    it('refuses one more over WebSocket too', async () => {
      const socket = await live();
      expect((await subscribe(socket, tokens(MAX_TOKENS)).next()).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      const refused = await subscribe(socket, tokens(MAX_TOKENS + 1)).ended();
      expect(refused.how).toBe('error');
      expect((refused.error as Array<{ extensions?: { code?: string } }>)[0].extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    });
  });

  describe('sizes', () => {
    const post = (body: string) =>
      fetch(`${t.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body });
    const withPadding = (bytes: number) => {
      const skeleton = JSON.stringify({ query: '{ me { id } }', variables: { pad: '' } });
      return JSON.stringify({ query: '{ me { id } }', variables: { pad: 'x'.repeat(bytes - skeleton.length) } });
    };

    it('accepts a JSON body of 1 MB and answers 413 above, without running it', async () => {
      const justUnder = withPadding(1024 * 1024);
      expect(Buffer.byteLength(justUnder)).toBe(1024 * 1024);
      const ok = await post(justUnder);
      expect(ok.status).toBe(200);
      expect(((await ok.json()) as { data: { me: { id: string } } }).data.me.id).toBeTruthy();
      const tooBig = await post(withPadding(1024 * 1024 + 1));
      expect(tooBig.status).toBe(413);
      expect(await tooBig.text()).not.toMatch(/\bat .*\.(js|ts):\d+/);
    });

    it(`closes a socket that sends a message over ${MAX_SOCKET_MESSAGE_BYTES / 1024} KB with 1009, and takes one just under`, async () => {
      const socket = await live();
      // `after` takes any string (a bad cursor is BAD_USER_INPUT): the message size is all that varies.
      const query = `query ($p: String) { tables(first: 1, after: $p) { totalCount } }`;
      const justUnder = await subscribe(socket, query, { p: 'x'.repeat(60 * 1024) }).next();
      expect(justUnder.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(socket.closeCode()).toBeNull();
      subscribe(socket, query, { p: 'x'.repeat(MAX_SOCKET_MESSAGE_BYTES) });
      expect(await socket.closed()).toBe(1009);
    });
  });

  describe('CSRF prevention (Apollo) on HTTP', () => {
    it('refuses a simple request (text/plain POST, GET without a preflight header) and serves the others', async () => {
      const plain = await fetch(`${t.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'text/plain' },
        body: JSON.stringify({ query: '{ me { id } }' }),
      });
      expect(plain.status).toBe(400);
      expect(await plain.text()).toMatch(/CSRF|preflight/i);
      const query = encodeURIComponent('{ regions { id } }');
      const simpleGet = await fetch(`${t.url}/graphql?query=${query}`);
      expect(simpleGet.status).toBe(400);
      const preflighted = await fetch(`${t.url}/graphql?query=${query}`, { headers: { 'apollo-require-preflight': 'true', authorization: `Bearer ${token}` } });
      expect(preflighted.status).toBe(200);
      // What the web client sends: POST application/json with the bearer token.
      expect((await t.gql(`{ me { id } }`, {}, token)).errors).toBeUndefined();
    });
  });

  describe('Origin allow-list of the WebSocket', () => {
    it('refuses a page of another site at the handshake (403, no socket)', async () => {
      expect(await handshake(t.url, 'https://evil.example')).toBe('403');
      expect(await handshake(t.url, 'null')).toBe('403');
      expect(await handshake(t.url, 'https://concertation.example.evil.example')).toBe('403');
    });

    it('admits PUBLIC_URL, ALLOWED_ORIGINS, the same host, and programs that send no Origin', async () => {
      expect(await handshake(t.url, PUBLIC_URL)).toBe('open');
      expect(await handshake(t.url, ALLOWED)).toBe('open');
      expect(await handshake(t.url, 'http://intranet.example:8080')).toBe('open');
      expect(await handshake(t.url, t.url)).toBe('open');
      expect(await handshake(t.url)).toBe('open');
    });
  });
});
