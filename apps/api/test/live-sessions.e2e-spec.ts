import { createHash, randomBytes } from 'node:crypto';
import jwt from 'jsonwebtoken';
import { LIVE_RECHECK_MS, LiveConnections } from '../src/core/live/live-connections';
import { Topics } from '../src/core/pubsub/topics';
import { createUser, FIXTURE_PASSWORD, signIn } from './support/fixtures';
import { connectLive, type LiveClient, listenersOf, quietFor, subscribe, waitForListener, waitUntil } from './support/live';
import { startTestApp, type TestApp } from './support/test-app';

const NOTIFICATIONS = `subscription { notificationReceived { id kind title } }`;
const MEETING_EVENTS = `subscription ($id: ID!) { meetingEvents(meetingId: $id) { kind } }`;
const UNKNOWN_ID = '6f1c1d2e-3b4a-4c5d-8e9f-0a1b2c3d4e5f';

describe('live connections: authentication at connection_init and sessions', () => {
  let t: TestApp;
  const open: LiveClient[] = [];
  const connect = (token?: string | null, authorization?: string) => {
    const live = connectLive(t.url, token, authorization);
    open.push(live);
    return live;
  };

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterEach(async () => {
    await Promise.all(open.splice(0).map((live) => live.dispose()));
  });
  afterAll(() => t.close());

  /** A socket the server accepted and on which one subscription is live (so its close says something). */
  async function listening(token: string, userId: string): Promise<LiveClient> {
    const live = connect(token);
    await live.connected;
    subscribe(live, NOTIFICATIONS);
    await waitForListener(t.app, Topics.notifications(userId));
    return live;
  }

  describe('connection_init', () => {
    it('closes the socket with 4403 for a bad, malformed, expired or revoked token', async () => {
      const user = await createUser(t);
      const revoked = await signIn(t, user.id);
      await t.dataSource.query(`UPDATE auth_session SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL AND id <> $2`, [
        user.id,
        (jwt.decode(user.token) as { jti: string }).jti,
      ]);
      const expired = jwt.sign(
        { sub: user.id, jti: (jwt.decode(user.token) as { jti: string }).jti, exp: Math.floor(Date.now() / 1000) - 60 },
        t.config.jwtSecret,
      );
      const forged = jwt.sign({ sub: user.id, jti: (jwt.decode(user.token) as { jti: string }).jti }, 'not-the-secret', { expiresIn: 3600 });
      const attempts = [
        connect('not-a-token'),
        connect(revoked),
        connect(expired),
        connect(forged),
        connect(null, `Basic ${Buffer.from('a:b').toString('base64')}`),
        connect(null, user.token), // the token without "Bearer "
      ];
      expect(await Promise.all(attempts.map((live) => live.closed()))).toEqual([4403, 4403, 4403, 4403, 4403, 4403]);
      // The valid token of the same user is accepted.
      const good = connect(user.token);
      await good.connected;
      expect(good.closeCode()).toBeNull();
    });

    it('accepts a socket without a token as anonymous, whose subscriptions fail with UNAUTHENTICATED', async () => {
      const live = connect(null);
      await live.connected;
      const notifications = subscribe(live, NOTIFICATIONS);
      const first = await notifications.next();
      expect(first.data ?? null).toBeNull();
      expect(first.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(first.errors?.[0]?.message).not.toMatch(/stack|at .*\.ts/i);
      const meeting = subscribe(live, MEETING_EVENTS, { id: UNKNOWN_ID });
      expect((await meeting.next()).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      // Queries still answer as anonymous over the socket.
      const me = subscribe(live, `{ me { id } }`);
      expect((await me.next()).data).toEqual({ me: null });
      expect(live.closeCode()).toBeNull();
    });

    it('answers an operation that does not parse or validate as an error of that operation, not by closing', async () => {
      const user = await createUser(t);
      const live = connect(user.token);
      await live.connected;
      const broken = subscribe(live, `subscription { notificationReceived { `);
      const ended = await broken.ended();
      expect(ended.how).toBe('error');
      expect((ended.error as Array<{ extensions?: { code?: string } }>)[0].extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
      const invalid = subscribe(live, `subscription { notificationReceived { nope } }`);
      const invalidEnded = await invalid.ended();
      expect((invalidEnded.error as Array<{ extensions?: { code?: string } }>)[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      const me = subscribe(live, `{ me { id } }`);
      expect((await me.next()).data).toEqual({ me: { id: user.id } });
      expect(live.closeCode()).toBeNull();
    });
  });

  describe('revoking sessions closes their sockets at once', () => {
    // The periodic re-check would close them too, within 5 s: switched off here, so that only the
    // revocation message can have closed them.
    let sweep: jest.SpyInstance;
    beforeEach(() => {
      sweep = jest.spyOn(t.app.get(LiveConnections), 'sweep').mockResolvedValue(undefined);
    });
    afterEach(() => sweep.mockRestore());

    it('signOut closes the sockets of that session only', async () => {
      const user = await createUser(t);
      const otherToken = await signIn(t, user.id);
      const thisDevice = await listening(user.token, user.id);
      const otherDevice = connect(otherToken);
      await otherDevice.connected;

      expect((await t.gql(`mutation { signOut }`, {}, user.token)).data.signOut).toBe(true);
      expect(await thisDevice.closed()).toBe(4403);
      // Its subscription ended with it: nothing stays subscribed on the pub/sub.
      await waitUntil(async () => (await listenersOf(t.app, Topics.notifications(user.id))) === 0, 'the listener to go');
      await quietFor(200);
      expect(otherDevice.closeCode()).toBeNull();
      expect(t.app.get(LiveConnections).countOf(user.id)).toBe(1);
      // The closed session cannot come back.
      expect(await connect(user.token).closed()).toBe(4403);
    });

    it('signOut(everywhere: true) closes every socket of the user, and no one else’s', async () => {
      const user = await createUser(t);
      const bystander = await createUser(t);
      const sockets = [await listening(user.token, user.id), connect(await signIn(t, user.id))];
      const theirs = connect(bystander.token);
      await Promise.all([...sockets, theirs].map((s) => s.connected));

      expect((await t.gql(`mutation { signOut(everywhere: true) }`, {}, user.token)).data.signOut).toBe(true);
      expect(await Promise.all(sockets.map((s) => s.closed()))).toEqual([4403, 4403]);
      await quietFor(200);
      expect(theirs.closeCode()).toBeNull();
    });

    it('changePassword closes the sockets of the old sessions; the new token connects', async () => {
      const user = await createUser(t);
      const before = await listening(user.token, user.id);
      const result = await t.gql(
        `mutation ($current: String!, $next: String!) { changePassword(currentPassword: $current, newPassword: $next) { accessToken } }`,
        { current: FIXTURE_PASSWORD, next: 'a-brand-new-password-42' },
        user.token,
      );
      expect(result.errors).toBeUndefined();
      expect(await before.closed()).toBe(4403);
      const after = connect(result.data.changePassword.accessToken);
      await after.connected;
      await quietFor(200);
      expect(after.closeCode()).toBeNull();
    });

    it('resetPassword closes every socket of the user', async () => {
      const user = await createUser(t);
      const socket = await listening(user.token, user.id);
      const token = randomBytes(32).toString('base64url');
      await t.dataSource.query(`INSERT INTO password_reset (user_id, token_hash, expires_at) VALUES ($1, $2, now() + interval '1 hour')`, [
        user.id,
        createHash('sha256').update(token, 'utf8').digest('hex'),
      ]);
      const result = await t.gql(`mutation ($token: String!) { resetPassword(token: $token, newPassword: "reset-by-link-password-7") { accessToken } }`, {
        token,
      });
      expect(result.errors).toBeUndefined();
      expect(await socket.closed()).toBe(4403);
    });
  });

  describe('the periodic re-check of open connections', () => {
    it('closes a socket whose session ended without a message (expired, revoked elsewhere)', async () => {
      const user = await createUser(t);
      const socket = connect(user.token);
      await socket.connected;
      const sessionId = (jwt.decode(user.token) as { jti: string }).jti;
      await t.dataSource.query(`UPDATE auth_session SET expires_at = now() - interval '1 second' WHERE id = $1`, [sessionId]);
      await t.app.get(LiveConnections).sweep();
      expect(await socket.closed()).toBe(4403);
      await waitUntil(() => t.app.get(LiveConnections).countOf(user.id) === 0, 'the registry to forget the socket');
    });

    it('runs by itself: a session ended elsewhere loses its socket within seconds, with no call to sweep', async () => {
      const user = await createUser(t);
      const socket = connect(user.token);
      await socket.connected;
      const sessionId = (jwt.decode(user.token) as { jti: string }).jti;
      await t.dataSource.query(`UPDATE auth_session SET expires_at = now() - interval '1 second' WHERE id = $1`, [sessionId]);
      const ended = Date.now();
      expect(await socket.closed()).toBe(4403);
      // One re-check period, plus the time a loaded machine needs to run it.
      expect(Date.now() - ended).toBeLessThan(LIVE_RECHECK_MS + 5000);
    }, 20_000);

    it('refreshes the viewer of an open socket (a role granted later counts)', async () => {
      const user = await createUser(t);
      const socket = connect(user.token);
      await socket.connected;
      const query = `{ pendingAffiliations { id } }`;
      expect((await subscribe(socket, query).next()).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      await t.dataSource.query(`UPDATE app_user SET platform_role = 'COORDINATOR' WHERE id = $1`, [user.id]);
      await t.app.get(LiveConnections).sweep();
      expect((await subscribe(socket, query).next()).errors).toBeUndefined();
    });
  });
});
