import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { OutboxSender } from '../src/modules/email/outbox-sender';
import { createUser, FIXTURE_PASSWORD } from './support/fixtures';
import { codeOf, startTestApp, type TestApp } from './support/test-app';

const REQUEST = `mutation ($email: String!) { requestPasswordReset(email: $email) }`;
const RESET = `mutation ($token: String!, $password: String!) {
  resetPassword(token: $token, newPassword: $password) { accessToken user { id email } }
}`;
const LOGIN = `mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken } }`;
const ME = `{ me { id } }`;

const NEW_PASSWORD = 'reset-password-for-tests';
/** The message body as a reader sees it: quoted-printable soft breaks and escapes undone. */
function readable(raw: string): string {
  const joined = raw.replace(/=\r?\n/g, '');
  return Buffer.from(
    joined.replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
    'latin1',
  ).toString('utf8');
}

const tokenOf = (raw: string): string => {
  const match = /\/reset-password\?token=([A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])/.exec(readable(raw));
  if (!match) throw new Error('no reset link in the message');
  return match[1];
};

/** The app under test, whose outbox `waitFor` empties. */
let current: TestApp | null = null;

/** Sends what the outbox holds (API tests send when they choose), then waits for `probe`. */
async function waitFor<T>(probe: () => T | undefined | null, what: string, timeoutMs = 10_000): Promise<T> {
  await current?.app.get(OutboxSender).deliverDue();
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

interface Received {
  to: string[];
  raw: string;
}

describe('password reset through an SMTP server', () => {
  let t: TestApp;
  let smtp: SMTPServer;
  const received: Received[] = [];

  beforeAll(async () => {
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw: Buffer.concat(chunks).toString('utf8') });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    const { port } = smtp.server.address() as AddressInfo;
    t = await startTestApp({ SMTP_URL: `smtp://127.0.0.1:${port}`, PUBLIC_URL: 'https://concertation.exemple.test' });
    current = t;
  });
  afterAll(async () => {
    await t.close();
    await new Promise<void>((resolve) => smtp.close(() => resolve()));
  });

  const messageTo = (email: string) => () => received.find((m) => m.to.includes(email));

  it('mails a single-use link that resets the password, revokes old tokens and signs in', async () => {
    const user = await createUser(t, { locale: 'FR' });
    expect((await t.gql(REQUEST, { email: user.email.toUpperCase() })).data.requestPasswordReset).toBe(true);
    const message = await waitFor(messageTo(user.email), 'the reset e-mail');
    expect(readable(message.raw)).toContain('https://concertation.exemple.test/reset-password?token=');
    const token = tokenOf(message.raw);

    // Only the hash is stored.
    const stored = await t.dataSource.query(`SELECT token_hash FROM password_reset WHERE user_id = $1`, [user.id]);
    expect(stored).toHaveLength(1);
    expect(stored[0].token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(stored[0].token_hash).not.toContain(token);

    const result = await t.gql(RESET, { token, password: NEW_PASSWORD });
    expect(result.errors).toBeUndefined();
    expect(result.data.resetPassword.user).toEqual({ id: user.id, email: user.email });
    expect((await t.gql(ME, {}, result.data.resetPassword.accessToken)).data.me.id).toBe(user.id);
    expect(codeOf(await t.gql(ME, {}, user.token))).toBe('UNAUTHENTICATED');
    expect(codeOf(await t.gql(LOGIN, { email: user.email, password: FIXTURE_PASSWORD }))).toBe('UNAUTHENTICATED');
    expect((await t.gql(LOGIN, { email: user.email, password: NEW_PASSWORD })).data.login.accessToken).toEqual(expect.any(String));

    const second = await t.gql(RESET, { token, password: 'yet-another-password' });
    expect(codeOf(second)).toBe('BAD_USER_INPUT');
    expect(second.errors?.[0].extensions?.field).toBe('token');

    const actions = await t.dataSource.query(`SELECT action FROM audit_event WHERE entity_id = $1`, [user.id]);
    expect(actions.map((a: { action: string }) => a.action)).toEqual(expect.arrayContaining(['password.reset_requested', 'password.reset']));
  });

  it('writes the message in the person’s language', async () => {
    const english = await createUser(t, { locale: 'EN' });
    const french = await createUser(t, { locale: 'FR' });
    await t.gql(REQUEST, { email: english.email });
    await t.gql(REQUEST, { email: french.email });
    expect(readable((await waitFor(messageTo(english.email), 'the English e-mail')).raw)).toContain('Subject: Concertation: reset your password');
    expect(readable((await waitFor(messageTo(french.email), 'the French e-mail')).raw)).toContain('ouvrez ce lien dans l’heure');
  });

  it('answers true for an unknown e-mail and sends nothing', async () => {
    const before = received.length;
    const count = async () => Number((await t.dataSource.query(`SELECT count(*)::int AS n FROM password_reset`))[0].n);
    const rowsBefore = await count();
    expect((await t.gql(REQUEST, { email: 'personne.inconnue@exemple.test' })).data.requestPasswordReset).toBe(true);
    expect((await t.gql(REQUEST, { email: 'not even an address' })).data.requestPasswordReset).toBe(true);
    await t.app.get(OutboxSender).deliverDue();
    expect(received.length).toBe(before);
    expect(await count()).toBe(rowsBefore);
  });

  it('refuses an over-long e-mail with BAD_USER_INPUT', async () => {
    expect(codeOf(await t.gql(REQUEST, { email: `${'x'.repeat(300)}@exemple.test` }))).toBe('BAD_USER_INPUT');
  });

  it('refuses an unknown or expired token with BAD_USER_INPUT, and a short new password', async () => {
    expect(codeOf(await t.gql(RESET, { token: 'A'.repeat(43), password: NEW_PASSWORD }))).toBe('BAD_USER_INPUT');
    const user = await createUser(t);
    await t.gql(REQUEST, { email: user.email });
    const token = tokenOf((await waitFor(messageTo(user.email), 'the reset e-mail')).raw);
    const short = await t.gql(RESET, { token, password: 'short' });
    expect(codeOf(short)).toBe('BAD_USER_INPUT');
    expect(short.errors?.[0].extensions?.field).toBe('newPassword');
    await t.dataSource.query(`UPDATE password_reset SET expires_at = now() - interval '1 second' WHERE user_id = $1`, [user.id]);
    const expired = await t.gql(RESET, { token, password: NEW_PASSWORD });
    expect(codeOf(expired)).toBe('BAD_USER_INPUT');
    // The old password still works: nothing changed.
    expect((await t.gql(LOGIN, { email: user.email, password: FIXTURE_PASSWORD })).data.login.accessToken).toEqual(expect.any(String));
  });

  it('sends at most five links an hour to one person', async () => {
    const user = await createUser(t);
    for (let i = 0; i < 7; i++) expect((await t.gql(REQUEST, { email: user.email })).data.requestPasswordReset).toBe(true);
    const rows = await t.dataSource.query(`SELECT count(*)::int AS n FROM password_reset WHERE user_id = $1`, [user.id]);
    expect(Number(rows[0].n)).toBe(5);
  });
});

describe('password reset without an SMTP server', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    current = t;
  });
  afterAll(() => t.close());

  it('writes the message as an .eml file under DATA_DIR/outbox', async () => {
    const user = await createUser(t, { locale: 'EN' });
    expect((await t.gql(REQUEST, { email: user.email })).data.requestPasswordReset).toBe(true);
    const outbox = join(t.config.dataDir, 'outbox');
    const file = await waitFor(() => (existsSync(outbox) ? readdirSync(outbox).find((f) => f.endsWith('.eml')) : undefined), 'the .eml file');
    const raw = readFileSync(join(outbox, file), 'utf8');
    expect(raw).toContain(`To: ${user.email}`);
    expect(readable(raw)).toContain(`${t.config.publicUrl}/reset-password?token=`);
    const token = tokenOf(raw);
    expect((await t.gql(RESET, { token, password: NEW_PASSWORD })).data.resetPassword.user.id).toBe(user.id);
  });
});
