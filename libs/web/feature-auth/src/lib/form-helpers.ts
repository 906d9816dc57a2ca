import { CANADIAN_TIME_ZONES, MIN_PASSWORD_LENGTH, isEmail } from '@concertation/shared-domain';
import type { Language, MessageKey, MessageParams } from '@concertation/web-i18n';
import { paths } from '@concertation/shared-paths';
import type { SelectOption } from '@concertation/web-ui';

type Translate = (key: MessageKey, params?: MessageParams) => string;
export function emailError(value: string, t: Translate): string | undefined {
  if (!value.trim()) return t('validation.required');
  return isEmail(value.trim()) ? undefined : t('validation.email');
}

export function newPasswordError(value: string, t: Translate): string | undefined {
  if (!value) return t('validation.required');
  return value.length >= MIN_PASSWORD_LENGTH ? undefined : t('validation.passwordLength', { min: MIN_PASSWORD_LENGTH });
}

export function confirmationError(password: string, confirmation: string, t: Translate): string | undefined {
  if (!confirmation) return t('validation.required');
  return password === confirmation ? undefined : t('validation.passwordsDiffer');
}

export function languageOptions(): SelectOption[] {
  // Each language is named in itself, so that someone who reads only one of them finds it.
  return [
    { value: 'FR', label: 'Français' },
    { value: 'EN', label: 'English' },
  ];
}

/** Canada's zones with their names; a zone chosen elsewhere (Europe/Paris) stays selectable. */
export function timeZoneOptions(language: Language, current?: string | null): SelectOption[] {
  const options = CANADIAN_TIME_ZONES.map((zone) => ({ value: zone.zone, label: language === 'fr' ? zone.fr : zone.en }));
  if (current && !options.some((option) => option.value === current)) options.push({ value: current, label: current });
  return options;
}

export function defaultTimeZone(browserZone: string): string {
  return CANADIAN_TIME_ZONES.some((zone) => zone.zone === browserZone) ? browserZone : 'America/Toronto';
}

/** Only same-site paths: a `next` link must never send someone to another site after signing in. */
export function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\') ? next : paths.home();
}
