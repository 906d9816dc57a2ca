import { createHash, randomInt } from 'node:crypto';

/** How many recovery codes a person receives when two-factor sign-in is turned on. */
export const RECOVERY_CODE_COUNT = 10;

/** Crockford's Base32 alphabet: no I, L, O or U, so that a code read aloud or copied by hand survives. */
const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';
const LENGTH = 16;

/**
 * Ten codes of 16 characters from 32 (80 random bits each), shown once as `xxxx-xxxx-xxxx-xxxx`.
 * Each is stored as its SHA-256 only, not with argon2 as passwords are: a password is guessable,
 * so its hash must be slow; 80 random bits are not, so a fast hash already makes the table useless
 * to a thief, and a sign-in that tries a code compares one hash instead of paying ten argon2
 * checks (640 MiB of memory-hard work) per attempt.
 */
export function newRecoveryCodes(count = RECOVERY_CODE_COUNT): string[] {
  return Array.from({ length: count }, () => {
    const chars = Array.from({ length: LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
    return [0, 4, 8, 12].map((start) => chars.slice(start, start + 4)).join('-');
  });
}

/**
 * A recovery code as typed (any case, with or without dashes and spaces; I and L read as 1, O as 0)
 * in its stored form; null when it cannot be one.
 */
export function normalizeRecoveryCode(input: string): string | null {
  const code = input.toLowerCase().replace(/[\s-]/g, '').replace(/[il]/g, '1').replace(/o/g, '0');
  return code.length === LENGTH && [...code].every((char) => ALPHABET.includes(char)) ? code : null;
}

export function hashRecoveryCode(normalized: string): string {
  return createHash('sha256').update(normalized, 'utf8').digest('hex');
}
