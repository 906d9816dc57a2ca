import { Secret, TOTP } from 'otpauth';

/**
 * One-time codes of RFC 6238 (TOTP over RFC 4226's HOTP), as every authenticator application
 * makes them by default: HMAC-SHA-1, 6 digits, a new code every 30 seconds. otpauth computes the
 * codes and compares them in constant time; this module fixes the parameters and the drift rule.
 */
export interface TotpParameters {
  digits: number;
  /** Seconds per time-step. */
  period: number;
}

export const SIGN_IN_TOTP: TotpParameters = { digits: 6, period: 30 };

/** Clocks drift: the steps just before and after the current one are accepted too, no further. */
export const DRIFT_STEPS = 1;

/** The name authenticator applications show above the code. */
export const TOTP_ISSUER = 'Concertation';

/** 160 random bits, the HMAC-SHA-1 key length RFC 4226 recommends, as the Base32 people type in. */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

function totpOf(secretBase32: string, params: TotpParameters, label = '', issuer = ''): TOTP {
  return new TOTP({ issuer, label, algorithm: 'SHA1', digits: params.digits, period: params.period, secret: Secret.fromBase32(secretBase32) });
}

/** The `otpauth://totp/…` URI a QR code carries to an authenticator application. */
export function totpUrl(secretBase32: string, account: string): string {
  return totpOf(secretBase32, SIGN_IN_TOTP, account, TOTP_ISSUER).toString();
}

/** The time-step of an instant: how many periods since the Unix epoch. */
export function stepAt(atMs: number, params: TotpParameters = SIGN_IN_TOTP): number {
  return Math.floor(atMs / 1000 / params.period);
}

/** The code of the step that holds `atMs`. */
export function totpCode(secretBase32: string, atMs: number, params: TotpParameters = SIGN_IN_TOTP): string {
  return totpOf(secretBase32, params).generate({ timestamp: atMs });
}

/**
 * The time-step whose code `code` is, among the one that holds `atMs` and DRIFT_STEPS either side;
 * null when it is none of them. The caller refuses a step already accepted (replay).
 */
export function matchingStep(secretBase32: string, code: string, atMs: number, params: TotpParameters = SIGN_IN_TOTP): number | null {
  if (code.length !== params.digits || !/^\d+$/.test(code)) return null;
  const delta = totpOf(secretBase32, params).validate({ token: code, timestamp: atMs, window: DRIFT_STEPS });
  return delta === null ? null : stepAt(atMs, params) + delta;
}

/** `123 456` or `123-456` as typed → `123456`; null when it is not a 6-digit code at all. */
export function normalizeTotpCode(input: string): string | null {
  const code = input.replace(/[\s-]/g, '');
  return /^\d{6}$/.test(code) ? code : null;
}
