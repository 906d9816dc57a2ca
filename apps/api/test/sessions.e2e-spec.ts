import jwt from 'jsonwebtoken';
import { LiveConnections } from '../src/core/live/live-connections';
import { Topics } from '../src/core/pubsub/topics';
import { SessionRetention } from '../src/modules/auth/session-retention';
import { USER_AGENT_MAX_LENGTH } from '../src/modules/auth/sessions.service';
import { FIXTURE_PASSWORD, createUser, signIn, type FixtureUser } from './support/fixtures';
import { connectLive, type LiveClient, listenersOf, quietFor, subscribe, waitForListener, waitUntil } from './support/live';
import { codeOf, startTestApp, type TestApp } from './support/test-app';

const MY_SESSIONS = `{ mySessions { id createdAt lastSeenAt userAgent current } }`;
const REVOKE = `mutation ($id: ID!) { revokeSession(id: $id) }`;
const FIREFOX_ON_LINUX = 'Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0';
const SAFARI_ON_IPHONE =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';
const UNKNOWN_ID = '6f1c1d2e-3b4a-4c5d-8e9f-0a1b2c3d4e5f';

interface ListedSession {
  id: string;
  createdAt: string;
  lastSeenAt: string;
  userAgent: string | null;
  current: boolean;
}

const sessionIdOf = (token: string) => (jwt.decode(token) as { jti: string }).jti;

describe('sessions: the list of signed-in devices, revoking one, and their retention', () => {
  let t: TestApp;
  const open: LiveClient[] = [];
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterEach(async () => {
    await Promise.all(open.splice(0).map((live) => live.dispose()));
  });
  afterAll(() => t.close());

  /** Signs in over HTTP as a browser would, with its User-Agent. */
  async function loginFrom(user: FixtureUser, userAgent: string): Promise<string> {
    const res = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'user-agent': userAgent },
      body: JSON.stringify({
        query: `mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken } }`,
        variables: { email: user.email, password: FIXTURE_PASSWORD },
      }),
    });
    const body = (await res.json()) as { data: { login: { accessToken: string } } };
    return body.data.login.accessToken;
  }

  const listAs = async (token: string): Promise<ListedSession[]> => {
    const result = await t.gql(MY_SESSIONS, {}, token);
    expect(result.errors).toBeUndefined();
    return result.data.mySessions;
  };

  it('lists the viewer’s live sessions, last used first, with the device and which one is this', async () => {
    const user = await createUser(t);
    const bystander = await createUser(t);
    const laptop = await loginFrom(user, FIREFOX_ON_LINUX);
    const phone = await loginFrom(user, SAFARI_ON_IPHONE);
    // Sessions that ended are not devices one is signed in on any more.
    const revoked = await signIn(t, user.id);
    await t.dataSource.query(`UPDATE auth_session SET revoked_at = now() WHERE id = $1`, [sessionIdOf(revoked)]);
    const expired = await signIn(t, user.id);
    await t.dataSource.query(`UPDATE auth_session SET expires_at = now() - interval '1 second' WHERE id = $1`, [sessionIdOf(expired)]);
    // The fixture's own session was used an hour ago, the laptop's ten minutes ago, the phone's now.
    await t.dataSource.query(`UPDATE auth_session SET last_seen_at = now() - interval '1 hour' WHERE id = $1`, [sessionIdOf(user.token)]);
    await t.dataSource.query(`UPDATE auth_session SET last_seen_at = now() - interval '10 minutes' WHERE id = $1`, [sessionIdOf(laptop)]);

    const sessions = await listAs(phone);
    expect(sessions.map((s) => [s.id, s.userAgent, s.current])).toEqual([
      [sessionIdOf(phone), SAFARI_ON_IPHONE, true],
      [sessionIdOf(laptop), FIREFOX_ON_LINUX, false],
      [sessionIdOf(user.token), null, false],
    ]);
    for (const session of sessions) {
      expect(Date.parse(session.createdAt)).not.toBeNaN();
      expect(Date.parse(session.lastSeenAt)).toBeGreaterThanOrEqual(Date.parse(session.createdAt) - 3_600_000);
    }
    // Another person's list holds only theirs.
    expect((await listAs(bystander.token)).map((s) => s.id)).toEqual([sessionIdOf(bystander.token)]);
    expect(codeOf(await t.gql(MY_SESSIONS, {}))).toBe('UNAUTHENTICATED');
  });

  it('keeps a User-Agent to its printable characters and cuts a long one', async () => {
    const user = await createUser(t);
    const long = `Navigateur fictif ${'x'.repeat(1000)}`;
    const token = await loginFrom(user, long);
    const [mine] = (await listAs(token)).filter((s) => s.current);
    expect(mine.userAgent).toHaveLength(USER_AGENT_MAX_LENGTH);
    expect(long.startsWith(mine.userAgent!)).toBe(true);
    const tabbed = await loginFrom(user, 'Navigateur\tfictif   1.0');
    expect((await listAs(tabbed)).find((s) => s.current)?.userAgent).toBe('Navigateur fictif 1.0');
  });

  it('writes the last use at most once a minute', async () => {
    const user = await createUser(t);
    const id = sessionIdOf(user.token);
    const lastSeen = async () => (await t.dataSource.query(`SELECT last_seen_at FROM auth_session WHERE id = $1`, [id]))[0].last_seen_at as Date;

    await t.dataSource.query(`UPDATE auth_session SET last_seen_at = now() - interval '30 seconds' WHERE id = $1`, [id]);
    const recent = await lastSeen();
    await t.gql(`{ me { id } }`, {}, user.token);
    expect((await lastSeen()).getTime()).toBe(recent.getTime());

    await t.dataSource.query(`UPDATE auth_session SET last_seen_at = now() - interval '2 minutes' WHERE id = $1`, [id]);
    const stale = await lastSeen();
    await t.gql(`{ me { id } }`, {}, user.token);
    expect((await lastSeen()).getTime()).toBeGreaterThan(stale.getTime() + 60_000);
  });

  describe('revokeSession', () => {
    // The periodic re-check would close sockets too, within 5 s: switched off here, so that only
    // the revocation message can have closed them.
    let sweep: jest.SpyInstance;
    beforeEach(() => {
      sweep = jest.spyOn(t.app.get(LiveConnections), 'sweep').mockResolvedValue(undefined);
    });
    afterEach(() => sweep.mockRestore());

    it('signs another device out at once: its token fails and its open subscription closes', async () => {
      const user = await createUser(t);
      const phone = await loginFrom(user, SAFARI_ON_IPHONE);
      const socket = connectLive(t.url, phone);
      open.push(socket);
      await socket.connected;
      subscribe(socket, `subscription { notificationReceived { id } }`);
      await waitForListener(t.app, Topics.notifications(user.id));
      const laptopSocket = connectLive(t.url, user.token);
      open.push(laptopSocket);
      await laptopSocket.connected;

      const result = await t.gql(REVOKE, { id: sessionIdOf(phone) }, user.token);
      expect(result.errors).toBeUndefined();
      expect(result.data.revokeSession).toBe(true);
      expect(await socket.closed()).toBe(4403);
      await waitUntil(async () => (await listenersOf(t.app, Topics.notifications(user.id))) === 0, 'the listener to go');
      expect(codeOf(await t.gql(`{ me { id } }`, {}, phone))).toBe('UNAUTHENTICATED');
      // This device goes on.
      await quietFor(200);
      expect(laptopSocket.closeCode()).toBeNull();
      expect((await listAs(user.token)).map((s) => s.id)).toEqual([sessionIdOf(user.token)]);
      const audit = await t.dataSource.query(`SELECT action FROM audit_event WHERE actor_id = $1 AND action = 'session.revoked'`, [user.id]);
      expect(audit).toHaveLength(1);
      // Revoking it again changes nothing and records nothing more.
      expect((await t.gql(REVOKE, { id: sessionIdOf(phone) }, user.token)).data.revokeSession).toBe(true);
      expect(await t.dataSource.query(`SELECT action FROM audit_event WHERE actor_id = $1 AND action = 'session.revoked'`, [user.id])).toHaveLength(1);
    });

    it('revokes the session of the request too: that is signing out', async () => {
      const user = await createUser(t);
      expect((await t.gql(REVOKE, { id: sessionIdOf(user.token) }, user.token)).data.revokeSession).toBe(true);
      expect(codeOf(await t.gql(`{ me { id } }`, {}, user.token))).toBe('UNAUTHENTICATED');
    });

    it("answers NOT_FOUND for another person's session, an unknown one and a malformed id, and revokes nothing", async () => {
      const user = await createUser(t);
      const other = await createUser(t);
      for (const id of [sessionIdOf(other.token), UNKNOWN_ID, 'pas-un-identifiant']) {
        const result = await t.gql(REVOKE, { id }, user.token);
        expect(codeOf(result)).toBe('NOT_FOUND');
        expect(result.data?.revokeSession ?? null).toBeNull();
      }
      expect(codeOf(await t.gql(`{ me { id } }`, {}, other.token))).toBeUndefined();
      expect(codeOf(await t.gql(REVOKE, { id: sessionIdOf(user.token) }))).toBe('UNAUTHENTICATED');
    });
  });

  it('deletes, daily, the sessions expired for 30 days, and only those', async () => {
    const user = await createUser(t);
    const session = async (expiresAt: string, revoked = false) =>
      (
        await t.dataSource.query(`INSERT INTO auth_session (user_id, expires_at, revoked_at) VALUES ($1, now() + $2::interval, $3) RETURNING id`, [
          user.id,
          expiresAt,
          revoked ? new Date() : null,
        ])
      )[0].id as string;
    const longGone = await session('-31 days');
    const revokedLongAgo = await session('-40 days', true);
    const recentlyExpired = await session('-29 days');
    const revokedToday = await session('+2 hours', true);
    const live = sessionIdOf(user.token);

    const run = await t.app.get(SessionRetention).run();
    expect(run.ran).toBe(true);
    expect(run.sessions).toBeGreaterThanOrEqual(2);
    const left: string[] = (await t.dataSource.query(`SELECT id FROM auth_session WHERE user_id = $1`, [user.id])).map((row: { id: string }) => row.id);
    expect(left.sort()).toEqual([recentlyExpired, revokedToday, live].sort());
    expect(left).not.toContain(longGone);
    expect(left).not.toContain(revokedLongAgo);
  });
});
