import { createHash, randomBytes } from 'node:crypto';
import { Secret } from 'otpauth';
import { LiveConnections } from '../src/core/live/live-connections';
import { Topics } from '../src/core/pubsub/topics';
import { matchingStep, newTotpSecret, normalizeTotpCode, stepAt, totpCode, totpUrl } from '../src/modules/auth/totp';
import { hashRecoveryCode, newRecoveryCodes, normalizeRecoveryCode } from '../src/modules/auth/recovery-codes';
import { FIXTURE_PASSWORD, createTable, createUser, seat, signIn, type FixtureUser } from './support/fixtures';
import { connectLive, type LiveClient, subscribe, waitForListener } from './support/live';
import { codeOf, startTestApp, type TestApp } from './support/test-app';
import { BEGIN, CONFIRM, DISABLE, LOGIN_WITH_CODE, codeAt, turnOnTwoFactor, twoFactorClock } from './support/two-factor';

const ME = `{ me { id twoFactorEnabled twoFactorRequired } }`;
/** Base32 of the ASCII key "12345678901234567890": RFC 6238's SHA-1 test key. */
const RFC_6238_SHA1_KEY = Secret.fromUTF8('12345678901234567890').base32;
/** Any time-step far from today's, so that the test's clock never meets the real one. */
const STEP = 60_000_000;

async function failuresFor(t: TestApp, email: string): Promise<number> {
  const rows: Array<{ n: number }> = await t.dataSource.query(`SELECT count(*)::int AS n FROM sign_in_failure WHERE email = $1`, [email]);
  return rows[0].n;
}

async function auditActions(t: TestApp, userId: string): Promise<string[]> {
  const rows: Array<{ action: string }> = await t.dataSource.query(`SELECT action FROM audit_event WHERE entity_id = $1 ORDER BY at, action`, [userId]);
  return rows.map((row) => row.action);
}

const login = (t: TestApp, user: FixtureUser, code?: string | null) => t.gql(LOGIN_WITH_CODE, { email: user.email, password: FIXTURE_PASSWORD, code });

describe('the TOTP wrapper (RFC 6238)', () => {
  // RFC 6238, Appendix B, the SHA-1 column: 8-digit codes of the 20-byte ASCII key.
  const vectors: Array<[number, string]> = [
    [59, '94287082'],
    [1111111109, '07081804'],
    [1111111111, '14050471'],
    [1234567890, '89005924'],
    [2000000000, '69279037'],
    [20000000000, '65353130'],
  ];
  const eightDigits = { digits: 8, period: 30 };

  it.each(vectors)('makes the code of time %i as RFC 6238 says, and accepts it at that step', (seconds, expected) => {
    expect(totpCode(RFC_6238_SHA1_KEY, seconds * 1000, eightDigits)).toBe(expected);
    expect(matchingStep(RFC_6238_SHA1_KEY, expected, seconds * 1000, eightDigits)).toBe(Math.floor(seconds / 30));
  });

  it('signs in with the last six digits of the same HMAC (RFC 4226 truncation), 30-second steps', () => {
    for (const [seconds, expected] of vectors) expect(totpCode(RFC_6238_SHA1_KEY, seconds * 1000)).toBe(expected.slice(2));
    expect(stepAt(59_000)).toBe(1);
  });

  it('accepts the steps just before and after, and refuses two steps away', () => {
    const secret = newTotpSecret();
    const now = STEP * 30_000 + 1000;
    for (const drift of [-1, 0, 1]) expect(matchingStep(secret, totpCode(secret, now + drift * 30_000), now)).toBe(STEP + drift);
    for (const drift of [-2, 2]) expect(matchingStep(secret, totpCode(secret, now + drift * 30_000), now)).toBeNull();
    expect(matchingStep(secret, 'abcdef', now)).toBeNull();
  });

  it('draws 160-bit secrets and writes the otpauth URI authenticators read', () => {
    const secret = newTotpSecret();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    const url = new URL(totpUrl(secret, 'personne@exemple.test'));
    expect(url.protocol).toBe('otpauth:');
    expect(url.host).toBe('totp');
    expect(decodeURIComponent(url.pathname)).toBe('/Concertation:personne@exemple.test');
    expect(Object.fromEntries(url.searchParams)).toEqual({ issuer: 'Concertation', secret, algorithm: 'SHA1', digits: '6', period: '30' });
    expect(normalizeTotpCode(' 123 456 ')).toBe('123456');
    expect(normalizeTotpCode('12345')).toBeNull();
  });

  it('draws ten distinct recovery codes of 80 bits and reads them back however they are typed', () => {
    const codes = newRecoveryCodes();
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) expect(code).toMatch(/^[0-9a-hjkmnp-tv-z]{4}(-[0-9a-hjkmnp-tv-z]{4}){3}$/);
    const [first] = codes;
    expect(normalizeRecoveryCode(` ${first.toUpperCase().replace(/-/g, ' ')} `)).toBe(first.replace(/-/g, ''));
    expect(normalizeRecoveryCode('abcd-efgh-jkmn-pqrO')).toBe('abcdefghjkmnpqr0');
    expect(normalizeRecoveryCode('abcd-efgh')).toBeNull();
    expect(hashRecoveryCode('abcdefghjkmnpqr0')).toBe(createHash('sha256').update('abcdefghjkmnpqr0').digest('hex'));
  });
});

describe('two-factor sign-in', () => {
  let t: TestApp;
  let clock: ReturnType<typeof twoFactorClock>;
  beforeAll(async () => {
    t = await startTestApp();
  });
  beforeEach(() => {
    clock = twoFactorClock(t);
  });
  afterEach(() => clock.restore());
  afterAll(() => t.close());

  it('is set up in two steps: sign-in asks for nothing until the first code is confirmed, then asks for a code', async () => {
    const user = await createUser(t);
    const other = await signIn(t, user.id);
    clock.at(STEP);
    const began = await t.gql(BEGIN, {}, user.token);
    expect(began.errors).toBeUndefined();
    const { secret, otpauthUrl } = began.data.beginTwoFactorSetup;
    expect(otpauthUrl).toContain(`secret=${secret}`);
    expect(decodeURIComponent(otpauthUrl)).toContain(user.email);
    // Begun, not confirmed: sign-in goes on without a code, and the other device stays signed in.
    expect(codeOf(await login(t, user))).toBeUndefined();
    expect((await t.gql(ME, {}, user.token)).data.me.twoFactorEnabled).toBe(false);

    const wrong = await t.gql(CONFIRM, { code: codeAt(secret, STEP + 2) }, user.token);
    expect(codeOf(wrong)).toBe('BAD_USER_INPUT');
    expect(wrong.errors?.[0].extensions?.field).toBe('code');
    const confirmed = await t.gql(CONFIRM, { code: codeAt(secret, STEP) }, user.token);
    expect(confirmed.errors).toBeUndefined();
    const recoveryCodes: string[] = confirmed.data.confirmTwoFactor;
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);

    // On: this device stays signed in, every other one is signed out.
    expect((await t.gql(ME, {}, user.token)).data.me).toEqual({ id: user.id, twoFactorEnabled: true, twoFactorRequired: false });
    expect(codeOf(await t.gql(ME, {}, other))).toBe('UNAUTHENTICATED');
    expect(await auditActions(t, user.id)).toContain('twoFactor.enabled');

    // The secret is stored sealed, the recovery codes as SHA-256 only.
    const [stored] = await t.dataSource.query(`SELECT two_factor_secret, two_factor_pending_secret FROM app_user WHERE id = $1`, [user.id]);
    expect(stored.two_factor_pending_secret).toBeNull();
    expect(stored.two_factor_secret).not.toContain(secret);
    expect(stored.two_factor_secret).toMatch(/^v1\./);
    const hashes: Array<{ code_hash: string }> = await t.dataSource.query(`SELECT code_hash FROM two_factor_recovery_code WHERE user_id = $1`, [user.id]);
    expect(hashes.map((row) => row.code_hash).sort()).toEqual(recoveryCodes.map((code) => hashRecoveryCode(normalizeRecoveryCode(code)!)).sort());
  });

  it('refuses a sign-in without a code with TWO_FACTOR_REQUIRED, which counts as no failure', async () => {
    const user = await createUser(t);
    clock.at(STEP);
    const { secret } = await turnOnTwoFactor(t, user, STEP);
    for (let attempt = 0; attempt < 12; attempt++) {
      const result = await login(t, user, attempt % 2 === 0 ? null : '  ');
      expect(codeOf(result)).toBe('TWO_FACTOR_REQUIRED');
      expect(result.data?.login ?? null).toBeNull();
    }
    expect(await failuresFor(t, user.email)).toBe(0);
    // A wrong password still says nothing of a second factor.
    const wrongPassword = await t.gql(LOGIN_WITH_CODE, { email: user.email, password: 'not-the-password-at-all' });
    expect(codeOf(wrongPassword)).toBe('UNAUTHENTICATED');
    clock.at(STEP + 1);
    const signedIn = await login(t, user, codeAt(secret, STEP + 1));
    expect(signedIn.errors).toBeUndefined();
  });

  it('signs in with a current code, counts a wrong code as a failed sign-in, and refuses a code sent again', async () => {
    const user = await createUser(t);
    clock.at(STEP);
    const { secret } = await turnOnTwoFactor(t, user, STEP);
    clock.at(STEP + 10);

    const wrong = await login(t, user, codeAt(secret, STEP + 20));
    expect(codeOf(wrong)).toBe('UNAUTHENTICATED');
    expect(await failuresFor(t, user.email)).toBe(1);

    const code = codeAt(secret, STEP + 10);
    const first = await login(t, user, code);
    expect(first.errors).toBeUndefined();
    expect((await t.gql(ME, {}, first.data.login.accessToken)).data.me.id).toBe(user.id);
    // The same code again, within the same 30 s: refused, and counted.
    const replay = await login(t, user, code);
    expect(codeOf(replay)).toBe('UNAUTHENTICATED');
    expect(await failuresFor(t, user.email)).toBe(2);
    // Nor does the code of an earlier step pass once a later one was accepted.
    expect(codeOf(await login(t, user, codeAt(secret, STEP + 9)))).toBe('UNAUTHENTICATED');
    clock.at(STEP + 11);
    expect(codeOf(await login(t, user, codeAt(secret, STEP + 11)))).toBeUndefined();
  });

  it('accepts the codes of the steps just before and after the current one, and refuses two steps away', async () => {
    const user = await createUser(t);
    clock.at(STEP);
    const { secret } = await turnOnTwoFactor(t, user, STEP);

    clock.at(STEP + 100);
    expect(codeOf(await login(t, user, codeAt(secret, STEP + 98)))).toBe('UNAUTHENTICATED');
    expect(codeOf(await login(t, user, codeAt(secret, STEP + 102)))).toBe('UNAUTHENTICATED');
    expect(codeOf(await login(t, user, codeAt(secret, STEP + 99)))).toBeUndefined();
    expect(codeOf(await login(t, user, codeAt(secret, STEP + 101)))).toBeUndefined();
    // The current step's code is now behind the last one accepted: replay protection refuses it.
    expect(codeOf(await login(t, user, codeAt(secret, STEP + 100)))).toBe('UNAUTHENTICATED');
  });

  it('takes each recovery code once, however it is typed, at sign-in', async () => {
    const user = await createUser(t);
    clock.at(STEP);
    const { recoveryCodes } = await turnOnTwoFactor(t, user, STEP);
    const [first, second] = recoveryCodes;
    expect(codeOf(await login(t, user, first))).toBeUndefined();
    expect(codeOf(await login(t, user, first))).toBe('UNAUTHENTICATED');
    expect(codeOf(await login(t, user, second.toUpperCase().replace(/-/g, '')))).toBeUndefined();
    const [row] = await t.dataSource.query(`SELECT count(*)::int AS used FROM two_factor_recovery_code WHERE user_id = $1 AND used_at IS NOT NULL`, [user.id]);
    expect(row.used).toBe(2);
    // Another person's code is no code of this account.
    const stranger = await createUser(t);
    const { recoveryCodes: theirs } = await turnOnTwoFactor(t, stranger, STEP);
    expect(codeOf(await login(t, user, theirs[0]))).toBe('UNAUTHENTICATED');
  });

  it('starts again from scratch: a new setup replaces the secret and the recovery codes once confirmed', async () => {
    const user = await createUser(t);
    clock.at(STEP);
    const before = await turnOnTwoFactor(t, user, STEP);
    clock.at(STEP + 1);
    const after = await turnOnTwoFactor(t, user, STEP + 1);
    expect(after.secret).not.toBe(before.secret);
    clock.at(STEP + 2);
    expect(codeOf(await login(t, user, codeAt(before.secret, STEP + 2)))).toBe('UNAUTHENTICATED');
    expect(codeOf(await login(t, user, before.recoveryCodes[0]))).toBe('UNAUTHENTICATED');
    expect(codeOf(await login(t, user, codeAt(after.secret, STEP + 2)))).toBeUndefined();
  });

  it('turns off with the password and a current code or an unused recovery code; anything else is a failed sign-in', async () => {
    const user = await createUser(t);
    clock.at(STEP);
    const { secret, recoveryCodes } = await turnOnTwoFactor(t, user, STEP);
    const other = await signIn(t, user.id);
    clock.at(STEP + 1);

    expect(codeOf(await t.gql(DISABLE, { password: 'not-the-password-at-all', code: codeAt(secret, STEP + 1) }, user.token))).toBe('UNAUTHENTICATED');
    expect(codeOf(await t.gql(DISABLE, { password: FIXTURE_PASSWORD, code: codeAt(secret, STEP + 5) }, user.token))).toBe('UNAUTHENTICATED');
    expect(codeOf(await t.gql(DISABLE, { password: FIXTURE_PASSWORD, code: '0000-0000-0000-0000' }, user.token))).toBe('UNAUTHENTICATED');
    expect(await failuresFor(t, user.email)).toBe(3);
    // The code of the wrong password's attempt was not spent: it still turns two-factor off.
    expect(codeOf(await t.gql(ME, {}, other))).toBeUndefined();
    const off = await t.gql(DISABLE, { password: FIXTURE_PASSWORD, code: codeAt(secret, STEP + 1) }, user.token);
    expect(off.errors).toBeUndefined();
    expect(off.data.disableTwoFactor).toEqual({ id: user.id, twoFactorEnabled: false });
    expect(codeOf(await t.gql(ME, {}, other))).toBe('UNAUTHENTICATED');
    expect(await auditActions(t, user.id)).toContain('twoFactor.disabled');
    expect(codeOf(await login(t, user))).toBeUndefined();
    const [stored] = await t.dataSource.query(
      `SELECT two_factor_secret, two_factor_last_step, (SELECT count(*)::int FROM two_factor_recovery_code WHERE user_id = $1) AS codes FROM app_user WHERE id = $1`,
      [user.id],
    );
    expect(stored).toEqual({ two_factor_secret: null, two_factor_last_step: null, codes: 0 });
    // Once off, there is nothing to turn off.
    expect(codeOf(await t.gql(DISABLE, { password: FIXTURE_PASSWORD, code: recoveryCodes[0] }, user.token))).toBe('BAD_USER_INPUT');

    // With a recovery code, too.
    clock.at(STEP + 2);
    const again = await turnOnTwoFactor(t, user, STEP + 2);
    expect(codeOf(await t.gql(DISABLE, { password: FIXTURE_PASSWORD, code: again.recoveryCodes[3] }, user.token))).toBeUndefined();
  });

  it('asks a reset link for the second factor too, keeping the link until it comes', async () => {
    const user = await createUser(t);
    clock.at(STEP);
    const { secret } = await turnOnTwoFactor(t, user, STEP);
    const token = randomBytes(32).toString('base64url');
    await t.dataSource.query(`INSERT INTO password_reset (user_id, token_hash, expires_at) VALUES ($1, $2, now() + interval '1 hour')`, [
      user.id,
      createHash('sha256').update(token, 'utf8').digest('hex'),
    ]);
    const RESET = `mutation ($token: String!, $code: String) { resetPassword(token: $token, newPassword: "reset-by-link-password-7", code: $code) { accessToken } }`;
    expect(codeOf(await t.gql(RESET, { token }))).toBe('TWO_FACTOR_REQUIRED');
    clock.at(STEP + 1);
    expect(codeOf(await t.gql(RESET, { token, code: codeAt(secret, STEP + 4) }))).toBe('UNAUTHENTICATED');
    expect(await failuresFor(t, user.email)).toBe(1);
    const reset = await t.gql(RESET, { token, code: codeAt(secret, STEP + 1) });
    expect(reset.errors).toBeUndefined();
    expect((await t.gql(ME, {}, reset.data.resetPassword.accessToken)).data.me.id).toBe(user.id);
  });

  it('shows whether two-factor sign-in is on to the person and to coordinators only', async () => {
    const tableId = await createTable(t);
    const user = await createUser(t);
    const tableMate = await createUser(t);
    const coordinator = await createUser(t, { coordinator: true });
    await seat(t, tableId, user.id, 'MEMBER', null);
    await seat(t, tableId, tableMate.id, 'MEMBER', null);
    clock.at(STEP);
    await turnOnTwoFactor(t, user, STEP);
    const PARTICIPANTS = `query ($id: ID!) { table(id: $id) { participants { user { id twoFactorEnabled twoFactorRequired } } } }`;
    const seen = async (viewer: FixtureUser) => {
      const result = await t.gql(PARTICIPANTS, { id: tableId }, viewer.token);
      expect(result.errors).toBeUndefined();
      return result.data.table.participants.map((p: { user: { id: string } }) => p.user).find((u: { id: string }) => u.id === user.id);
    };
    expect(await seen(coordinator)).toEqual({ id: user.id, twoFactorEnabled: true, twoFactorRequired: null });
    expect(await seen(tableMate)).toEqual({ id: user.id, twoFactorEnabled: null, twoFactorRequired: null });
    expect(await seen(user)).toEqual({ id: user.id, twoFactorEnabled: true, twoFactorRequired: false });
  });
});

describe('TWO_FACTOR_REQUIRED_ROLES=COORDINATOR,CHAIR', () => {
  let t: TestApp;
  let clock: ReturnType<typeof twoFactorClock>;
  const open: LiveClient[] = [];
  const UNKNOWN_MEETING = '6f1c1d2e-3b4a-4c5d-8e9f-0a1b2c3d4e5f';
  const TABLES = `{ tables(first: 1) { totalCount } }`;

  beforeAll(async () => {
    t = await startTestApp({ TWO_FACTOR_REQUIRED_ROLES: 'COORDINATOR,CHAIR' });
  });
  beforeEach(() => {
    clock = twoFactorClock(t);
  });
  afterEach(async () => {
    clock.restore();
    await Promise.all(open.splice(0).map((live) => live.dispose()));
  });
  afterAll(() => t.close());

  const connect = (token: string) => {
    const live = connectLive(t.url, token);
    open.push(live);
    return live;
  };
  const ics = (token: string) => fetch(`${t.url}/meetings/${UNKNOWN_MEETING}.ics`, { headers: { authorization: `Bearer ${token}` } });

  /** What the person may still do and what they may not, over HTTP, REST and WebSocket. */
  async function expectHeldBack(user: FixtureUser) {
    expect((await t.gql(ME, {}, user.token)).data.me).toEqual({ id: user.id, twoFactorEnabled: false, twoFactorRequired: true });
    const tables = await t.gql(TABLES, {}, user.token);
    expect(codeOf(tables)).toBe('FORBIDDEN');
    expect(tables.data?.tables ?? null).toBeNull();
    expect(codeOf(await t.gql(`{ mySessions { id } }`, {}, user.token))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(`mutation { updateProfile(input: { timeZone: "America/Toronto" }) { id } }`, {}, user.token))).toBe('FORBIDDEN');
    const download = await ics(user.token);
    expect(download.status).toBe(403);
    expect(await download.json()).toMatchObject({ statusCode: 403, code: 'FORBIDDEN' });

    const live = connect(user.token);
    await live.connected;
    expect((await subscribe(live, `{ me { id } }`).next()).data).toEqual({ me: { id: user.id } });
    expect((await subscribe(live, TABLES).next()).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await subscribe(live, `subscription { notificationReceived { id } }`).next()).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    return live;
  }

  it('holds a coordinator back until they turn it on: only me, setup and sign-out answer, over HTTP, WebSocket and REST', async () => {
    const coordinator = await createUser(t, { coordinator: true });
    const live = await expectHeldBack(coordinator);

    clock.at(STEP);
    const { secret } = await turnOnTwoFactor(t, coordinator, STEP);
    expect((await t.gql(ME, {}, coordinator.token)).data.me).toEqual({ id: coordinator.id, twoFactorEnabled: true, twoFactorRequired: true });
    expect(codeOf(await t.gql(TABLES, {}, coordinator.token))).toBeUndefined();
    expect((await ics(coordinator.token)).status).toBe(404);
    // The open socket is re-checked (within 5 s by itself): then it may subscribe.
    await t.app.get(LiveConnections).sweep();
    subscribe(live, `subscription { notificationReceived { id } }`);
    await waitForListener(t.app, Topics.notifications(coordinator.id));

    // Required, it cannot be turned off: a new authenticator may replace the old one instead.
    clock.at(STEP + 1);
    expect(codeOf(await t.gql(DISABLE, { password: FIXTURE_PASSWORD, code: codeAt(secret, STEP + 1) }, coordinator.token))).toBe('FORBIDDEN');
  });

  it('holds back a CHAIR of any table, not a SECRETARY or a MEMBER, and lets them sign out and in again', async () => {
    const tableId = await createTable(t);
    const chair = await createUser(t);
    const secretary = await createUser(t);
    const member = await createUser(t);
    await seat(t, tableId, chair.id, 'CHAIR', null);
    await seat(t, tableId, secretary.id, 'SECRETARY', null);
    await seat(t, tableId, member.id, 'MEMBER', null);
    await expectHeldBack(chair);
    for (const free of [secretary, member]) {
      expect((await t.gql(ME, {}, free.token)).data.me).toEqual({ id: free.id, twoFactorEnabled: false, twoFactorRequired: false });
      expect(codeOf(await t.gql(TABLES, {}, free.token))).toBeUndefined();
    }
    // Signing in is open to them (it is how they get here), and so is signing out.
    const again = await login(t, chair);
    expect(again.errors).toBeUndefined();
    expect(codeOf(await t.gql(TABLES, {}, again.data.login.accessToken))).toBe('FORBIDDEN');
    expect((await t.gql(`mutation { signOut }`, {}, again.data.login.accessToken)).data.signOut).toBe(true);
  });
});
