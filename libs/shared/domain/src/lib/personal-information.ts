import { PersonalInformationKind, type EnumValue } from './enums';

/**
 * What in a text looks like personal information: minutes and item notes must never let a reader
 * identify a person the table discusses. The API reports it to officers and the web editor warns as
 * the secretary types, with this one detector, so that both say the same thing.
 *
 * Each pattern is narrow on purpose: a warning that fires on every amount, year or article number
 * of ordinary minutes would soon be ignored. The tests hold it to a corpus of such minutes.
 */
export interface PersonalInformationMatch {
  kind: EnumValue<PersonalInformationKind>;
  /** Offsets in the text (UTF-16 code units, as `String.slice` takes them); `end` is exclusive. */
  start: number;
  end: number;
  /** The match with all but its first and last characters masked: enough to find it, never enough to read it. */
  excerpt: string;
}

/** The character that hides what a warning must not repeat. */
export const MASK = '*';

/** `match` with every character but its first and last replaced by MASK (a match of two characters or fewer: all of it). */
export function maskPersonalInformation(match: string): string {
  const chars = [...match];
  if (chars.length <= 2) return MASK.repeat(chars.length);
  return chars[0] + MASK.repeat(chars.length - 2) + chars[chars.length - 1];
}

// A space inside a number: ordinary, no-break or narrow no-break (French typography puts the last two).
const SPACE = '[ \\u00A0\\u202F]';
// Not glued to a word on either side (Unicode letters: « é » is a letter, not a boundary).
const NOT_AFTER_WORD = '(?<![\\p{L}\\p{N}_])';
const NOT_BEFORE_WORD = '(?![\\p{L}\\p{N}_])';
// Nor the middle of a longer number: « 1 234 567 890 » holds no nine-digit group, « 2024-555-1234-5 » no phone number.
const NOT_AFTER_NUMBER = `${NOT_AFTER_WORD}(?<!\\p{N}(?:${SPACE}|[.,/-]))`;
const NOT_BEFORE_NUMBER = `${NOT_BEFORE_WORD}(?!(?:${SPACE}|[.,/-])\\p{N})`;

// Standard enough: a local part, @, a domain with a dot and a top-level domain of letters.
const EMAIL = new RegExp(`(?<![\\p{L}\\p{N}._%+-])[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)*\\.\\p{L}{2,}(?![\\p{L}\\p{N}-])`, 'gu');

// North American numbering: area code and exchange start with 2–9. A bare run of ten digits is
// more often a file or referral number than a phone number, so the groups must be separated
// (or the number start with +1).
const AREA = '[2-9]\\d{2}';
const SEPARATOR = `(?:${SPACE}|[.-])`;
const PHONE = new RegExp(
  `${NOT_AFTER_NUMBER}(?<!\\+)(?:` +
    `(?:\\+1${SEPARATOR}?|1${SEPARATOR})?(?:\\(${AREA}\\)${SPACE}?|${AREA}${SEPARATOR})${AREA}${SEPARATOR}\\d{4}` +
    `|\\+1${AREA}${AREA}\\d{4}` +
    `)${NOT_BEFORE_NUMBER}`,
  'gu',
);

// Nine digits, plain or grouped 3-3-3 with one kind of separator; the Luhn check is done after.
// Never an amount: « 123 456 789 $ » is money.
const SIN = new RegExp(`${NOT_AFTER_NUMBER}(?<![$€]${SPACE}?)(\\d{3})(${SPACE}|-)?(\\d{3})\\2(\\d{3})${NOT_BEFORE_NUMBER}(?!${SPACE}?[$€])`, 'gu');

// Quebec health insurance (RAMQ): four letters, eight digits. Capitals may be spaced as on the
// card (« ABCD 1234 5678 »); in any other case only the unspaced form counts, so that an ordinary
// word followed by a number (« pour 2023 2024 ») is not taken for one.
const HEALTH_INSURANCE = new RegExp(`${NOT_AFTER_WORD}(?:[A-Z]{4}${SPACE}(?:\\d{8}|\\d{4}${SPACE}\\d{4})|[A-Za-z]{4}\\d{8})${NOT_BEFORE_NUMBER}`, 'gu');

// Canadian postal code: letter, digit, letter, optional space, digit, letter, digit. No code starts
// with D, F, I, O, Q, U, W or Z, and none uses D, F, I, O, Q or U. All capitals or all lower case.
const POSTAL_CODE = new RegExp(
  `${NOT_AFTER_WORD}(?:[ABCEGHJ-NPRSTVXY]\\d[ABCEGHJ-NPRSTV-Z]${SPACE}?\\d[ABCEGHJ-NPRSTV-Z]\\d|[abceghj-nprstvxy]\\d[abceghj-nprstv-z]${SPACE}?\\d[abceghj-nprstv-z]\\d)${NOT_BEFORE_WORD}`,
  'gu',
);

// A date of birth: a date, only when a phrase introduces it as one. Any case, accents or not.
const BIRTH_PHRASE = [
  `n[ée](?:e|\\(e\\))?s?${SPACE}+le`,
  `date${SPACE}+de${SPACE}+naissance`,
  `born(?:${SPACE}+on)?`,
  `date${SPACE}+of${SPACE}+birth`,
  `birth${SPACE}?date`,
  `d\\.?o\\.?b\\.?`,
].join('|');
const MONTH = [
  'janvier',
  'janv\\.?',
  'f[ée]vrier',
  'f[ée]vr?\\.?',
  'mars',
  'avril',
  'avr\\.?',
  'mai',
  'juin',
  'juillet',
  'juil\\.?',
  'ao[uû]t',
  'septembre',
  'octobre',
  'novembre',
  'd[ée]cembre',
  'd[ée]c\\.?',
  'january',
  'jan\\.?',
  'february',
  'feb\\.?',
  'march',
  'mar\\.?',
  'april',
  'apr\\.?',
  'may',
  'june',
  'jun\\.?',
  'july',
  'jul\\.?',
  'august',
  'aug\\.?',
  'september',
  'sept?\\.?',
  'october',
  'oct\\.?',
  'november',
  'nov\\.?',
  'december',
].join('|');
const DAY = '(?:1er|\\d{1,2}(?:st|nd|rd|th)?)';
const DATE = [
  '\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}', // 2010-04-12
  '\\d{1,2}[-/.]\\d{1,2}[-/.](?:\\d{4}|\\d{2})', // 12/04/2010
  `${DAY}${SPACE}+(?:of${SPACE}+)?(?:${MONTH})${SPACE}+\\d{4}`, // 12 avril 2010, 12 April 2010
  `(?:${MONTH})${SPACE}+${DAY},?${SPACE}+\\d{4}`, // April 12, 2010
].join('|');
const DATE_OF_BIRTH = new RegExp(
  `${NOT_AFTER_WORD}(?:${BIRTH_PHRASE})${SPACE}*(?:[:,–-]${SPACE}*)?(?:(?:le|on|the)${SPACE}+)?(?<date>${DATE})(?![\\p{N}])`,
  'giu',
);

interface Found {
  kind: EnumValue<PersonalInformationKind>;
  start: number;
  end: number;
}

function* matches(pattern: RegExp, text: string): Generator<RegExpExecArray> {
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) yield match;
}

/** Luhn: from the right, every second digit doubled (less 9 past 9); the sum ends in 0. */
export function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) {
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

function candidates(text: string): Found[] {
  const found: Found[] = [];
  const add = (kind: EnumValue<PersonalInformationKind>, start: number, length: number) => found.push({ kind, start, end: start + length });
  for (const m of matches(EMAIL, text)) add(PersonalInformationKind.EMAIL_ADDRESS, m.index, m[0].length);
  for (const m of matches(PHONE, text)) add(PersonalInformationKind.PHONE_NUMBER, m.index, m[0].length);
  for (const m of matches(SIN, text)) {
    const digits = m[1] + m[3] + m[4];
    // Nine zeros pass Luhn but are a placeholder, not a number anyone holds.
    if (passesLuhn(digits) && /[1-9]/.test(digits)) add(PersonalInformationKind.SOCIAL_INSURANCE_NUMBER, m.index, m[0].length);
  }
  for (const m of matches(HEALTH_INSURANCE, text)) add(PersonalInformationKind.HEALTH_INSURANCE_NUMBER, m.index, m[0].length);
  for (const m of matches(POSTAL_CODE, text)) add(PersonalInformationKind.POSTAL_CODE, m.index, m[0].length);
  for (const m of matches(DATE_OF_BIRTH, text)) {
    // The date closes the match: what the warning points at is the date, not the phrase before it.
    const date = m.groups?.['date'] ?? '';
    add(PersonalInformationKind.DATE_OF_BIRTH, m.index + m[0].length - date.length, date.length);
  }
  return found;
}

/**
 * Every stretch of `text` that looks like personal information, in the order of the text. Where two
 * kinds would claim overlapping text, the one that starts first (then the longer) is kept.
 */
export function findPersonalInformation(text: string): PersonalInformationMatch[] {
  const sorted = candidates(text).sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: PersonalInformationMatch[] = [];
  for (const candidate of sorted) {
    const last = kept[kept.length - 1];
    if (last && candidate.start < last.end) continue;
    kept.push({ ...candidate, excerpt: maskPersonalInformation(text.slice(candidate.start, candidate.end)) });
  }
  return kept;
}
