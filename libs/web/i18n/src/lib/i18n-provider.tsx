import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { browserTimeZone, formatDate, formatDateTime, formatDateTimeRange, formatNumber, formatTime, formatTimeRange, localeTag, timeZoneName } from './format';
import { loadedTexts } from './namespaces';
import { lookup, translate, translatePlural } from './translate';
import type { Language, MessageKey, MessageParams, Messages, PluralKey } from './types';

export const LANGUAGE_STORAGE_KEY = 'concertation.language';

export interface I18nContextValue {
  language: Language;
  setLanguage: (language: Language) => void;
  /** The viewer's IANA zone: the profile's once signed in, the browser's before. */
  timeZone: string;
  setTimeZone: (timeZone: string) => void;
  t: (key: MessageKey, params?: MessageParams) => string;
  /** A text that depends on `count` (French says « 0 table », English « 0 tables »); `{count}` is formatted. */
  tp: (key: PluralKey, count: number, params?: MessageParams) => string;
  /** For keys built from server values (audit actions): whether the catalog has a text for it. */
  has: (key: string) => boolean;
  formatDateTime: (value: string | Date) => string;
  formatDate: (value: string | Date) => string;
  formatNumber: (value: number) => string;
  formatTime: (value: string | Date, timeZone?: string) => string;
  /** A meeting's start and end; in the viewer's zone unless another is given (the meeting's own). */
  formatDateTimeRange: (start: string | Date, end: string | Date, timeZone?: string) => string;
  formatTimeRange: (start: string | Date, end: string | Date, timeZone?: string) => string;
  timeZoneName: (timeZone: string, at?: string | Date) => string;
}

const I18nContext = createContext<I18nContextValue | null>(null);

export function isLanguage(value: unknown): value is Language {
  return value === 'fr' || value === 'en';
}

export function readStoredLanguage(): Language | null {
  try {
    const stored = globalThis.localStorage?.getItem(LANGUAGE_STORAGE_KEY);
    return isLanguage(stored) ? stored : null;
  } catch {
    return null;
  }
}

function storeLanguage(language: Language): void {
  try {
    globalThis.localStorage?.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Private browsing may refuse storage: the choice then lasts for this page only.
  }
}

export interface I18nProviderProps {
  children: ReactNode;
  /** Overrides the stored choice (tests, server-side defaults). French is the default. */
  initialLanguage?: Language;
  initialTimeZone?: string;
  /**
   * Every text at hand from the start (tests render a feature's screens without its lazy route). The
   * app leaves it out: the shell's texts, then each namespace as a route loads it (namespaces.ts).
   */
  messages?: Record<Language, Messages>;
}

export function I18nProvider({ children, initialLanguage, initialTimeZone, messages: allTexts }: I18nProviderProps) {
  const [language, setLanguageState] = useState<Language>(() => initialLanguage ?? readStoredLanguage() ?? 'fr');
  const [timeZone, setTimeZone] = useState<string>(() => initialTimeZone ?? browserTimeZone());

  const setLanguage = useCallback((next: Language) => {
    storeLanguage(next);
    setLanguageState(next);
  }, []);

  useEffect(() => {
    if (typeof document !== 'undefined') document.documentElement.lang = language;
  }, [language]);

  const value = useMemo<I18nContextValue>(() => {
    const messages = (allTexts ?? loadedTexts)[language];
    return {
      language,
      setLanguage,
      timeZone,
      setTimeZone,
      t: (key, params) => translate(messages, key, params),
      tp: (key, count, params) => translatePlural(messages, key, count, localeTag(language), params),
      has: (key) => lookup(messages, key) !== undefined,
      formatDateTime: (value) => formatDateTime(value, language, timeZone),
      formatDate: (value) => formatDate(value, language, timeZone),
      formatNumber: (value) => formatNumber(value, language),
      formatTime: (value, zone) => formatTime(value, language, zone ?? timeZone),
      formatDateTimeRange: (start, end, zone) => formatDateTimeRange(start, end, language, zone ?? timeZone),
      formatTimeRange: (start, end, zone) => formatTimeRange(start, end, language, zone ?? timeZone),
      timeZoneName: (zone, at) => timeZoneName(zone, language, at),
    };
  }, [language, setLanguage, timeZone, allTexts]);

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18nContextValue {
  const context = useContext(I18nContext);
  if (!context) throw new Error('useI18n() needs an <I18nProvider> above it.');
  return context;
}
