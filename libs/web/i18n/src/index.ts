// Every text at once, for tests and checks: the app loads the shell's and then each feature's namespace.
export { en, fr } from './lib/catalogs';
export type { Language, MessageKey, MessageParams, Messages, PluralKey } from './lib/types';
export { loadNamespaces, NAMESPACES, withNamespaces, type Namespace } from './lib/namespaces';
export { LANGUAGES } from './lib/types';
export { catalogKeys, interpolate, lookup, translate, translatePlural } from './lib/translate';
export {
  browserTimeZone,
  calendarDay,
  formatByteSize,
  formatDate,
  formatDateTime,
  formatDateTimeRange,
  formatMonth,
  formatNumber,
  formatTime,
  formatTimeRange,
  localeTag,
  localizedName,
  timeZoneName,
  weekdayNames,
  withColon,
} from './lib/format';
export {
  I18nProvider,
  LANGUAGE_STORAGE_KEY,
  isLanguage,
  readStoredLanguage,
  useI18n,
  type I18nContextValue,
  type I18nProviderProps,
} from './lib/i18n-provider';
