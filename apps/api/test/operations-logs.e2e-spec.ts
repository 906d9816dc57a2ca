import { loadAppConfig } from '../src/core/config/app-config';
import { startTestApp, type TestApp } from './support/test-app';
import { createUser, FIXTURE_PASSWORD, type FixtureUser } from './support/fixtures';
import { connectLive, subscribe } from './support/live';

/** What the app wrote, one parsed JSON object per line (pino writes one line per call). */
class CapturedLogs {
  readonly raw: string[] = [];
  write(chunk: string): void {
    this.raw.push(chunk);
  }
  get lines(): Array<Record<string, any>> {
    return this.raw.flatMap((chunk) => chunk.split('\n').filter(Boolean)).map((line) => JSON.parse(line));
  }
  text(): string {
    return this.raw.join('');
  }
  requests(path: string): Array<Record<string, any>> {
    return this.lines.filter((l) => l.msg?.startsWith('request') && l.req?.path === path);
  }
}

const LOGIN = `mutation SignIn($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken } }`;

/** Waits until the app has written a line that matches (pino writes asynchronously to a stream). */
async function lineWhere(logs: CapturedLogs, match: (line: Record<string, any>) => boolean, timeoutMs = 3000): Promise<Record<string, any>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const line = logs.lines.find(match);
    if (line) return line;
    if (Date.now() > deadline) throw new Error(`no log line matched; lines: ${logs.text().slice(-2000)}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('operations: structured JSON logs with a request id', () => {
  const logs = new CapturedLogs();
  let t: TestApp;
  let user: FixtureUser;
  beforeAll(async () => {
    t = await startTestApp({ LOG_LEVEL: 'info' }, { logDestination: logs });
    user = await createUser(t, { displayName: 'Personne fictive journal' });
  });
  afterAll(() => t.close());

  it("routes Nest's own logger to the same JSON lines", () => {
    expect(logs.raw.length).toBeGreaterThan(0);
    expect(logs.lines.every((l) => typeof l.time === 'string' && typeof l.level === 'string')).toBe(true);
    expect(logs.lines.some((l) => typeof l.context === 'string')).toBe(true);
  });

  it('logs one line per request with the request id it echoes, the viewer and the operation name', async () => {
    const res = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${user.token}`, 'x-request-id': 'ops-test-0001' },
      body: JSON.stringify({ query: 'query WhoAmI { me { id displayName } }' }),
    });
    expect(res.headers.get('x-request-id')).toBe('ops-test-0001');
    expect(((await res.json()) as { data: { me: { id: string } } }).data.me.id).toBe(user.id);
    const line = await lineWhere(logs, (l) => l.reqId === 'ops-test-0001');
    expect(line).toMatchObject({ level: 'info', req: { method: 'POST', path: '/graphql' }, res: { status: 200 }, viewerId: user.id, operation: 'WhoAmI' });
    expect(typeof line.ms).toBe('number');
    expect(logs.lines.filter((l) => l.reqId === 'ops-test-0001')).toHaveLength(1);
  });

  it('replaces a request id that is not a plain token, and generates one when there is none', async () => {
    const bad = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'not valid {"level":"fatal"}' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    const given = bad.headers.get('x-request-id');
    expect(given).toMatch(/^[0-9a-f-]{36}$/);
    const none = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    const generated = none.headers.get('x-request-id');
    expect(generated).toMatch(/^[0-9a-f-]{36}$/);
    expect(generated).not.toBe(given);
    await lineWhere(logs, (l) => l.reqId === generated);
    expect(logs.text()).not.toContain('not valid');
  });

  it('never writes a password, a token or a request body', async () => {
    const result = await t.gql(LOGIN, { email: user.email, password: FIXTURE_PASSWORD });
    const issued: string = result.data.login.accessToken;
    await t.gql('mutation SignInWrong($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken } }', {
      email: user.email,
      password: 'wrong-fictitious-password-42',
    });
    await lineWhere(logs, (l) => l.operation === 'SignInWrong');
    const text = logs.text();
    for (const secret of [FIXTURE_PASSWORD, 'wrong-fictitious-password-42', issued, user.token, user.email]) expect(text).not.toContain(secret);
    expect(text).not.toContain('accessToken');
  });

  it('logs a 4xx as a warning, and hides the secret of a calendar feed', async () => {
    const res = await fetch(`${t.url}/calendar/fictitious-feed-secret-123456.ics`);
    expect(res.status).toBeGreaterThanOrEqual(400);
    const line = await lineWhere(logs, (l) => l.req?.path?.startsWith('/calendar/'));
    expect(line).toMatchObject({ level: 'warn', req: { path: '/calendar/[secret].ics' } });
    expect(logs.text()).not.toContain('fictitious-feed-secret-123456');
  });

  it('does not log health probes that succeed', async () => {
    const res = await fetch(`${t.url}/health`, { headers: { 'x-request-id': 'ops-health-probe' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('x-request-id')).toBe('ops-health-probe');
    await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'ops-after-health' },
      body: '{"query":"{ __typename }"}',
    });
    await lineWhere(logs, (l) => l.reqId === 'ops-after-health');
    expect(logs.lines.filter((l) => l.reqId === 'ops-health-probe')).toHaveLength(0);
  });

  it('logs WebSocket operations by name and viewer, without their payload or the token', async () => {
    const live = connectLive(t.url, user.token);
    await live.connected;
    const sub = subscribe(live, 'subscription MyNotifications { notificationReceived { id title } }');
    const started = await lineWhere(logs, (l) => l.msg === 'live operation started' && l.operation === 'MyNotifications');
    expect(started).toMatchObject({ viewerId: user.id, context: 'Live' });
    sub.stop();
    const completed = await lineWhere(logs, (l) => l.msg === 'live operation completed' && l.operation === 'MyNotifications');
    expect(completed.operationId).toBe(started.operationId);
    expect(completed.reqId).toBe(started.reqId);
    await live.dispose();
    await lineWhere(logs, (l) => l.msg === 'live connection closed' && l.reqId === started.reqId);
    const text = logs.text();
    expect(text).not.toContain(user.token);
    expect(text).not.toContain('notificationReceived');
  });

  it('refuses a LOG_LEVEL it does not know at start', () => {
    expect(() => loadAppConfig({ LOG_LEVEL: 'loud', JWT_SECRET: 'fictitious', DATA_DIR: t.config.dataDir })).toThrow(/LOG_LEVEL/);
    expect(loadAppConfig({ LOG_LEVEL: 'WARN', JWT_SECRET: 'fictitious', DATA_DIR: t.config.dataDir }).logLevel).toBe('warn');
  });
});
