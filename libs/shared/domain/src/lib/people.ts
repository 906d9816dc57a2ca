import type { EnumValue, Locale } from './enums';

/**
 * What an erased account is called wherever its contributions are shown (docs/api-guide.md,
 * "Privacy and erasure"): the account keeps its id, so minutes, decisions, ballots and updates
 * stay attributed, but no longer its name. The stored name of such an account is empty
 * (ERASED_DISPLAY_NAME), never a sentence in one language: each reader reads it in theirs.
 */
export const FORMER_PARTICIPANT: Readonly<Record<EnumValue<Locale>, string>> = {
  FR: 'Ancien participant',
  EN: 'Former participant',
};

/** The display name an erased account keeps: a real one is never blank (registration and profile refuse it). */
export const ERASED_DISPLAY_NAME = '';

/**
 * Free text (minutes, notes, updates) is in no one language: where an erased person's full name
 * stood, both languages' words stand.
 */
export const FORMER_PARTICIPANT_IN_TEXT = `${FORMER_PARTICIPANT.FR} / ${FORMER_PARTICIPANT.EN}`;

/** A stored display name as a reader reads it: an erased account's is « Ancien participant » / "Former participant". */
export function shownName(stored: string | null | undefined, locale: EnumValue<Locale> | null | undefined): string {
  if (stored && stored !== ERASED_DISPLAY_NAME) return stored;
  return FORMER_PARTICIPANT[locale === 'EN' ? 'EN' : 'FR'];
}
