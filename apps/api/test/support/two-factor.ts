import { totpCode, SIGN_IN_TOTP } from '../../src/modules/auth/totp';
import { TwoFactorClock } from '../../src/modules/auth/two-factor-clock';
import type { FixtureUser } from './fixtures';
import type { TestApp } from './test-app';

export const BEGIN = `mutation { beginTwoFactorSetup { secret otpauthUrl } }`;
export const CONFIRM = `mutation ($code: String!) { confirmTwoFactor(code: $code) }`;
export const DISABLE = `mutation ($password: String!, $code: String!) { disableTwoFactor(password: $password, code: $code) { id twoFactorEnabled } }`;
export const LOGIN_WITH_CODE = `mutation ($email: String!, $password: String!, $code: String) {
  login(email: $email, password: $password, code: $code) { accessToken user { id twoFactorEnabled } }
}`;

const PERIOD_MS = SIGN_IN_TOTP.period * 1000;

/**
 * The time the app checks codes against, set by the test: each call names a time-step, and the
 * clock stands one second into it. So drift and replay are tested without waiting for 30 s.
 */
export function twoFactorClock(t: TestApp): { at(step: number): number; restore(): void } {
  const clock = t.app.get(TwoFactorClock);
  const spy = jest.spyOn(clock, 'now');
  return {
    at: (step: number) => {
      const ms = step * PERIOD_MS + 1000;
      spy.mockReturnValue(ms);
      return ms;
    },
    restore: () => spy.mockRestore(),
  };
}

/** The authenticator's code for a time-step. */
export const codeAt = (secret: string, step: number) => totpCode(secret, step * PERIOD_MS + 1000);

/** Begins and confirms two-factor sign-in for the user at `step`; the secret and the recovery codes. */
export async function turnOnTwoFactor(t: TestApp, user: FixtureUser, step: number): Promise<{ secret: string; recoveryCodes: string[] }> {
  const began = await t.gql(BEGIN, {}, user.token);
  if (began.errors) throw new Error(JSON.stringify(began.errors));
  const { secret } = began.data.beginTwoFactorSetup;
  const confirmed = await t.gql(CONFIRM, { code: codeAt(secret, step) }, user.token);
  if (confirmed.errors) throw new Error(JSON.stringify(confirmed.errors));
  return { secret, recoveryCodes: confirmed.data.confirmTwoFactor };
}
