import { useSession, useUpdateProfile } from '@concertation/web-data-access';
import { useI18n } from '@concertation/web-i18n';

/**
 * One click to the other language. The choice is kept in the browser and, once signed in, in the
 * profile (`locale`), so that it follows the person to another device.
 */
export function LanguageSwitch() {
  const { language, setLanguage } = useI18n();
  const { isSignedIn } = useSession();
  const [updateProfile] = useUpdateProfile();
  const next = language === 'fr' ? 'en' : 'fr';

  const onClick = () => {
    setLanguage(next);
    if (isSignedIn) updateProfile({ locale: next === 'fr' ? 'FR' : 'EN' }).catch(() => undefined);
  };

  // Named in the language it switches to, so that someone who does not read the current one finds it.
  return (
    <button type="button" className="language-switch" lang={next} onClick={onClick}>
      {next === 'en' ? 'English' : 'Français'}
    </button>
  );
}
