import { connect, type Socket } from 'node:net';
import type { Server } from 'node:http';
import { startTestApp, type TestApp } from './support/test-app';
import { createUser, type FixtureUser } from './support/fixtures';
import { connectLive } from './support/live';

/** Sends the headers and the first half of a GraphQL POST; the rest goes when `finish` is called. */
function slowRequest(url: string, query: string, token: string): { response: Promise<string>; finish(): void; socket: Socket } {
  const { port } = new URL(url);
  const body = JSON.stringify({ query });
  const half = Math.floor(body.length / 2);
  const socket = connect(Number(port), '127.0.0.1');
  let received = '';
  socket.setEncoding('utf8');
  socket.on('data', (chunk) => (received += chunk));
  const response = new Promise<string>((resolve, reject) => {
    socket.on('end', () => resolve(received));
    socket.on('close', () => resolve(received));
    socket.on('error', reject);
  });
  socket.write(
    `POST /graphql HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Type: application/json\r\nAuthorization: Bearer ${token}\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: keep-alive\r\n\r\n${body.slice(0, half)}`,
  );
  return { response, finish: () => socket.write(body.slice(half)), socket };
}

describe('operations: graceful shutdown', () => {
  let t: TestApp;
  let user: FixtureUser;
  beforeAll(async () => {
    t = await startTestApp();
    user = await createUser(t, { displayName: 'Personne fictive arrêt' });
  });

  it('stops accepting, closes WebSockets with 1001, and lets a request in flight finish with the database still open', async () => {
    const live = connectLive(t.url, user.token);
    await live.connected;

    const server = t.app.getHttpServer() as Server;
    const arrived = new Promise<void>((resolve) => server.once('request', () => resolve()));
    const slow = slowRequest(t.url, '{ me { id displayName } }', user.token);
    await arrived; // the server is now handling it: it is in flight

    // What SIGTERM runs (enableShutdownHooks): Nest's shutdown sequence, with our drain first.
    let closed = false;
    const closing = t.close().then(() => (closed = true));

    expect(await live.closed()).toBe(1001);
    await expect(fetch(`${t.url}/health`)).rejects.toThrow();
    expect(closed).toBe(false);

    // Give the shutdown every chance to run ahead (stop Apollo, close the database) if it did
    // not wait for the request: the outcome below must not depend on this pause.
    await new Promise((r) => setTimeout(r, 2500));
    expect(closed).toBe(false);
    slow.finish();
    const raw = await slow.response;
    expect(raw).toMatch(/^HTTP\/1\.1 200/);
    const json = JSON.parse(raw.slice(raw.indexOf('\r\n\r\n') + 4).replace(/^[0-9a-f]+\r\n|\r\n0\r\n\r\n$/g, ''));
    // Resolving the token reads the database: it was not closed under the request.
    expect(json.data.me).toEqual({ id: user.id, displayName: 'Personne fictive arrêt' });
    await closing;
    expect(closed).toBe(true);
  });
});
