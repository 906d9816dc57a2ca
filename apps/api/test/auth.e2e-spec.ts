import { storedNotifications } from './support/inspect';
import { AdminBootstrapService } from '../src/modules/auth/admin-bootstrap.service';
import { FIXTURE_PASSWORD, createOrganization, createUser } from './support/fixtures';
import { codeOf, startTestApp, type TestApp } from './support/test-app';

const REGISTER = `mutation ($input: RegisterInput!) {
  register(input: $input) { accessToken user { id email displayName locale timeZone platformRole organization { id } pendingOrganization { id } } }
}`;
const LOGIN = `mutation ($email: String!, $password: String!) {
  login(email: $email, password: $password) { accessToken user { id email platformRole } }
}`;
const ME = `{ me { id email } }`;
const CHANGE_PASSWORD = `mutation ($current: String!, $next: String!) {
  changePassword(currentPassword: $current, newPassword: $next) { accessToken user { id email } }
}`;

const NEW_PASSWORD = 'a-brand-new-password-42';
let counter = 0;
const freshEmail = () => `inscription.${Date.now()}.${counter++}@exemple.test`;

async function auditActions(t: TestApp, entityId: string): Promise<string[]> {
  const rows: Array<{ action: string }> = await t.dataSource.query(`SELECT action FROM audit_event WHERE entity_id = $1 ORDER BY at, action`, [entityId]);
  return rows.map((r) => r.action);
}

describe('sign-in and accounts over HTTP', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  describe('register', () => {
    it('creates a member with defaults, returns a working token and shows the viewer their e-mail', async () => {
      const email = freshEmail();
      const result = await t.gql(REGISTER, {
        input: { email: `  ${email.toUpperCase()} `, password: 'correct-horse-battery', displayName: '  Personne Fictive  ' },
      });
      expect(result.errors).toBeUndefined();
      const { accessToken, user } = result.data.register;
      expect(user).toEqual({
        id: expect.any(String),
        email,
        displayName: 'Personne Fictive',
        locale: 'FR',
        timeZone: 'America/Toronto',
        platformRole: 'MEMBER',
        organization: null,
        pendingOrganization: null,
      });
      expect((await t.gql(ME, {}, accessToken)).data.me).toEqual({ id: user.id, email });
      expect(await auditActions(t, user.id)).toEqual(expect.arrayContaining(['user.registered', 'session.opened']));
      const stored = await t.dataSource.query(`SELECT password_hash FROM app_user WHERE id = $1`, [user.id]);
      expect(stored[0].password_hash).toMatch(/^\$argon2id\$/);
    });

    it('keeps the stated organization pending and tells every coordinator', async () => {
      const organizationId = await createOrganization(t, { name: 'Centre jeunesse fictif' });
      const coordinator = await createUser(t, { coordinator: true });
      const member = await createUser(t);
      const result = await t.gql(REGISTER, {
        input: {
          email: freshEmail(),
          password: 'correct-horse-battery',
          displayName: 'Agente fictive',
          locale: 'EN',
          timeZone: 'America/Halifax',
          organizationId,
        },
      });
      const user = result.data.register.user;
      expect(user.organization).toBeNull();
      expect(user.pendingOrganization).toEqual({ id: organizationId });
      expect(user.locale).toBe('EN');
      expect(user.timeZone).toBe('America/Halifax');
      const told = await storedNotifications<{ user_id: string }>(t, `n.kind = 'AFFILIATION_REQUESTED'`, [], ['user_id']);
      expect(told.map((n: { user_id: string }) => n.user_id)).toContain(coordinator.id);
      expect(told.map((n: { user_id: string }) => n.user_id)).not.toContain(member.id);
      expect(told.find((n: { user_id: string }) => n.user_id === coordinator.id)?.body).toContain('Centre jeunesse fictif');
      expect(await auditActions(t, user.id)).toEqual(expect.arrayContaining(['user.registered', 'affiliation.requested']));
    });

    it('answers NOT_FOUND for an unknown or malformed organization and creates nobody', async () => {
      for (const organizationId of ['00000000-0000-4000-8000-000000000000', 'not-a-uuid']) {
        const email = freshEmail();
        const result = await t.gql(REGISTER, { input: { email, password: 'correct-horse-battery', displayName: 'Personne', organizationId } });
        expect(codeOf(result)).toBe('NOT_FOUND');
        expect(await t.dataSource.query(`SELECT id FROM app_user WHERE email = $1`, [email])).toEqual([]);
      }
    });

    it.each([
      ['email', { email: 'not-an-email' }],
      ['email', { email: 'two words@exemple.test' }],
      ['password', { password: 'eleven-char' }],
      ['password', { password: 'x'.repeat(257) }],
      ['displayName', { displayName: '   ' }],
      ['displayName', { displayName: 'x'.repeat(201) }],
      ['timeZone', { timeZone: 'Mars/Olympus' }],
    ])('refuses a bad %s with BAD_USER_INPUT naming the field', async (field, override) => {
      const input = { email: freshEmail(), password: 'correct-horse-battery', displayName: 'Personne', ...override };
      const result = await t.gql(REGISTER, { input });
      expect(codeOf(result)).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0].extensions?.field).toBe(field);
      expect(result.data).toBeNull();
    });

    it('accepts a password of exactly 12 characters', async () => {
      const result = await t.gql(REGISTER, { input: { email: freshEmail(), password: 'twelve-chars', displayName: 'Personne' } });
      expect(result.errors).toBeUndefined();
    });

    it('answers CONFLICT for an e-mail already registered, whatever its case', async () => {
      const existing = await createUser(t);
      const result = await t.gql(REGISTER, { input: { email: existing.email.toUpperCase(), password: 'correct-horse-battery', displayName: 'Copie' } });
      expect(codeOf(result)).toBe('CONFLICT');
    });
    it('lets only one of two simultaneous registrations of one e-mail through', async () => {
      const email = freshEmail();
      const input = { email, password: 'correct-horse-battery', displayName: 'Doublon' };
      const results = await Promise.all([t.gql(REGISTER, { input }), t.gql(REGISTER, { input })]);
      expect(results.map(codeOf).sort()).toEqual(['CONFLICT', undefined]);
    });
  });

  describe('login', () => {
    it('opens a session whose token works and shows the viewer their e-mail', async () => {
      const user = await createUser(t);
      const result = await t.gql(LOGIN, { email: user.email.toUpperCase(), password: FIXTURE_PASSWORD });
      expect(result.data.login.user).toEqual({ id: user.id, email: user.email, platformRole: 'MEMBER' });
      expect((await t.gql(ME, {}, result.data.login.accessToken)).data.me.id).toBe(user.id);
      expect(await auditActions(t, user.id)).toContain('session.opened');
    });

    it('answers an unknown e-mail exactly like a wrong password', async () => {
      const user = await createUser(t);
      const wrong = await t.gql(LOGIN, { email: user.email, password: 'not-the-password' });
      const unknown = await t.gql(LOGIN, { email: freshEmail(), password: 'not-the-password' });
      expect(codeOf(wrong)).toBe('UNAUTHENTICATED');
      expect(codeOf(unknown)).toBe('UNAUTHENTICATED');
      expect(unknown.errors?.[0].message).toBe(wrong.errors?.[0].message);
      expect(wrong.data).toBeNull();
      expect(unknown.data).toBeNull();
    });

    it('refuses the 11th attempt for one e-mail, even with the right password, until the window passes', async () => {
      const user = await createUser(t);
      const bystander = await createUser(t);
      for (let i = 0; i < 10; i++) {
        expect(codeOf(await t.gql(LOGIN, { email: user.email, password: `wrong-password-${i}` }))).toBe('UNAUTHENTICATED');
      }
      expect(codeOf(await t.gql(LOGIN, { email: user.email, password: FIXTURE_PASSWORD }))).toBe('TOO_MANY_REQUESTS');
      expect(codeOf(await t.gql(LOGIN, { email: user.email, password: 'wrong-again-wrong' }))).toBe('TOO_MANY_REQUESTS');
      // Another address from the same place is not locked out.
      expect((await t.gql(LOGIN, { email: bystander.email, password: FIXTURE_PASSWORD })).data.login.user.id).toBe(bystander.id);
      // Fifteen minutes later the failures have left the window.
      await t.dataSource.query(`UPDATE sign_in_failure SET at = at - interval '16 minutes' WHERE email = $1`, [user.email]);
      expect((await t.gql(LOGIN, { email: user.email, password: FIXTURE_PASSWORD })).data.login.user.id).toBe(user.id);
    });

    it('refuses every sign-in from an address after 30 failures within a minute', async () => {
      await t.dataSource.query(`DELETE FROM sign_in_failure`);
      const user = await createUser(t);
      for (let i = 0; i < 30; i++) {
        expect(codeOf(await t.gql(LOGIN, { email: `inconnu.${i}@exemple.test`, password: 'not-the-password' }))).toBe('UNAUTHENTICATED');
      }
      expect(codeOf(await t.gql(LOGIN, { email: user.email, password: FIXTURE_PASSWORD }))).toBe('TOO_MANY_REQUESTS');
      await t.dataSource.query(`UPDATE sign_in_failure SET at = at - interval '2 minutes'`);
      expect((await t.gql(LOGIN, { email: user.email, password: FIXTURE_PASSWORD })).data.login.user.id).toBe(user.id);
      await t.dataSource.query(`DELETE FROM sign_in_failure`);
    });

    it('refuses an over-long e-mail or password with BAD_USER_INPUT', async () => {
      const long = await t.gql(LOGIN, { email: `${'x'.repeat(250)}@exemple.test`, password: 'whatever-password' });
      expect(codeOf(long)).toBe('BAD_USER_INPUT');
      expect(long.errors?.[0].extensions?.field).toBe('email');
      expect(codeOf(await t.gql(LOGIN, { email: 'a@exemple.test', password: 'x'.repeat(257) }))).toBe('BAD_USER_INPUT');
    });
  });

  describe('signOut', () => {
    it('revokes only the token of the request; another session keeps working', async () => {
      const user = await createUser(t);
      const other = (await t.gql(LOGIN, { email: user.email, password: FIXTURE_PASSWORD })).data.login.accessToken;
      expect((await t.gql(`mutation { signOut }`, {}, user.token)).data.signOut).toBe(true);
      expect(codeOf(await t.gql(ME, {}, user.token))).toBe('UNAUTHENTICATED');
      expect((await t.gql(ME, {}, other)).data.me.id).toBe(user.id);
      expect(await auditActions(t, user.id)).toContain('session.revoked');
    });

    it('revokes every token with everywhere: true', async () => {
      const user = await createUser(t);
      const other = (await t.gql(LOGIN, { email: user.email, password: FIXTURE_PASSWORD })).data.login.accessToken;
      expect((await t.gql(`mutation { signOut(everywhere: true) }`, {}, user.token)).data.signOut).toBe(true);
      expect(codeOf(await t.gql(ME, {}, user.token))).toBe('UNAUTHENTICATED');
      expect(codeOf(await t.gql(ME, {}, other))).toBe('UNAUTHENTICATED');
      // Signing in again still works.
      expect((await t.gql(LOGIN, { email: user.email, password: FIXTURE_PASSWORD })).data.login.user.id).toBe(user.id);
    });
  });

  describe('changePassword', () => {
    it('refuses a wrong current password as UNAUTHENTICATED and counts it as a failed sign-in', async () => {
      const user = await createUser(t);
      const result = await t.gql(CHANGE_PASSWORD, { current: 'not-the-password', next: NEW_PASSWORD }, user.token);
      expect(codeOf(result)).toBe('UNAUTHENTICATED');
      const failures = await t.dataSource.query(`SELECT count(*)::int AS n FROM sign_in_failure WHERE email = $1`, [user.email]);
      expect(Number(failures[0].n)).toBe(1);
      // The session that asked is still valid: a typo does not sign anyone out.
      expect((await t.gql(ME, {}, user.token)).data.me.id).toBe(user.id);
    });

    it('refuses a short new password with BAD_USER_INPUT on newPassword', async () => {
      const user = await createUser(t);
      const result = await t.gql(CHANGE_PASSWORD, { current: FIXTURE_PASSWORD, next: 'short' }, user.token);
      expect(codeOf(result)).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0].extensions?.field).toBe('newPassword');
    });

    it('revokes every earlier token and returns a new one', async () => {
      const user = await createUser(t);
      const other = (await t.gql(LOGIN, { email: user.email, password: FIXTURE_PASSWORD })).data.login.accessToken;
      const result = await t.gql(CHANGE_PASSWORD, { current: FIXTURE_PASSWORD, next: NEW_PASSWORD }, user.token);
      expect(result.errors).toBeUndefined();
      const { accessToken, user: payloadUser } = result.data.changePassword;
      expect(payloadUser).toEqual({ id: user.id, email: user.email });
      expect(codeOf(await t.gql(ME, {}, user.token))).toBe('UNAUTHENTICATED');
      expect(codeOf(await t.gql(ME, {}, other))).toBe('UNAUTHENTICATED');
      expect((await t.gql(ME, {}, accessToken)).data.me.id).toBe(user.id);
      expect(codeOf(await t.gql(LOGIN, { email: user.email, password: FIXTURE_PASSWORD }))).toBe('UNAUTHENTICATED');
      expect((await t.gql(LOGIN, { email: user.email, password: NEW_PASSWORD })).data.login.user.id).toBe(user.id);
      expect(await auditActions(t, user.id)).toContain('password.changed');
    });
  });

  it('answers UNAUTHENTICATED to anonymous calls of operations that need a viewer', async () => {
    const operations = [
      `mutation { signOut }`,
      `mutation { changePassword(currentPassword: "whatever-password", newPassword: "${NEW_PASSWORD}") { accessToken } }`,
      `mutation { updateProfile(input: { displayName: "X" }) { id } }`,
      `{ pendingAffiliations { id } }`,
      `mutation { decideAffiliation(userId: "00000000-0000-4000-8000-000000000000", accept: true) { id } }`,
      `{ notifications { totalCount } }`,
      `mutation { markNotificationsRead }`,
    ];
    for (const query of operations) {
      const result = await t.gql(query);
      expect([query, codeOf(result)]).toEqual([query, 'UNAUTHENTICATED']);
    }
    expect((await t.gql(ME)).data.me).toBeNull();
  });
});

describe('the administrator from ADMIN_EMAIL and ADMIN_PASSWORD', () => {
  let t: TestApp;
  const email = 'admin.fictif@exemple.test';
  const password = 'admin-password-for-tests';
  beforeAll(async () => {
    t = await startTestApp({ ADMIN_EMAIL: 'Admin.Fictif@exemple.test', ADMIN_PASSWORD: password });
  });
  afterAll(() => t.close());

  it('is created at start as a COORDINATOR who can sign in', async () => {
    const result = await t.gql(LOGIN, { email, password });
    expect(result.data.login.user).toEqual({ id: expect.any(String), email, platformRole: 'COORDINATOR' });
    expect((await t.gql(`{ pendingAffiliations { id } }`, {}, result.data.login.accessToken)).data.pendingAffiliations).toEqual([]);
  });

  it('is not created twice, and an existing account keeps its password', async () => {
    await t.dataSource.query(`UPDATE app_user SET password_hash = 'changed-elsewhere' WHERE email = $1`, [email]);
    await t.app.get(AdminBootstrapService).onApplicationBootstrap();
    const rows = await t.dataSource.query(`SELECT password_hash FROM app_user WHERE email = $1`, [email]);
    expect(rows).toEqual([{ password_hash: 'changed-elsewhere' }]);
  });
});
