export const MAX_TITLE_LENGTH = 200;
/** An organization's acronym (« SPVM », « CIUSSS-CSMTL »). */
export const MAX_ACRONYM_LENGTH = 30;
/** An organization's website. */
export const MAX_WEBSITE_LENGTH = 500;
export const MAX_BODY_LENGTH = 20_000;
export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 256;

/**
 * Lower case without accents: the key for the directory's substring search, so that
 * `montreal` finds `Montréal`. The same folding runs on the stored key and on the query.
 */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

// Pragmatic: one @, no spaces, a dot in the domain. Full RFC 5322 accepts addresses no mail server takes.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function isEmail(text: string): boolean {
  return text.length <= 254 && EMAIL.test(text);
}

export function normalizeEmail(text: string): string {
  return text.trim().toLowerCase();
}
