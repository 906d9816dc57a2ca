import { useEffect } from 'react';
import { useSession } from '@concertation/web-data-access';
import { useI18n } from '@concertation/web-i18n';

/** Once signed in, the profile's language and time zone win over the browser's. */
export function useSessionPreferences(): void {
  const { me } = useSession();
  const { setLanguage, setTimeZone } = useI18n();
  const locale = me?.locale;
  const timeZone = me?.timeZone;
  useEffect(() => {
    if (locale) setLanguage(locale === 'FR' ? 'fr' : 'en');
  }, [locale, setLanguage]);
  useEffect(() => {
    if (timeZone) setTimeZone(timeZone);
  }, [timeZone, setTimeZone]);
}
