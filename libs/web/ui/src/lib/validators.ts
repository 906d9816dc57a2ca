import { MAX_TITLE_LENGTH } from '@concertation/shared-domain';
import type { MessageKey, MessageParams } from '@concertation/web-i18n';

type Translate = (key: MessageKey, params?: MessageParams) => string;

/**
 * The checks many forms make, each with its one message. A form's own rules (a quorum, a vote
 * count) stay in the form; the limits are the API's, from shared-domain.
 */

/** A text that must be given: blank counts as not given. */
export function requiredError(value: string, t: Translate): string | undefined {
  return value.trim() ? undefined : t('validation.required');
}

/** A select left on its placeholder, or a group of boxes none of which is ticked. */
export function chosenError(value: string | readonly string[], t: Translate): string | undefined {
  return value.length > 0 ? undefined : t('validation.choose');
}

/** Longer than `max` characters, counted as the value is sent. */
export function tooLongError(value: string, max: number, t: Translate): string | undefined {
  return value.length > max ? t('validation.tooLong', { max }) : undefined;
}

/** A text that must be given and may not pass `max` characters. */
export function requiredTextError(value: string, max: number, t: Translate): string | undefined {
  return requiredError(value, t) ?? tooLongError(value, max, t);
}

/** A title or a name: given, and at most MAX_TITLE_LENGTH characters once trimmed (the API trims it). */
export function titleError(value: string, t: Translate): string | undefined {
  return requiredTextError(value.trim(), MAX_TITLE_LENGTH, t);
}
