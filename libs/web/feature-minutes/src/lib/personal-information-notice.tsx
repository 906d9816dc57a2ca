import { useMemo, useState } from 'react';
import { findPersonalInformation, type PersonalInformationMatch } from '@concertation/shared-domain';
import { localeTag, useI18n } from '@concertation/web-i18n';
import { useDebouncedValue } from '@concertation/web-ui';

/** How long typing must pause before the text is checked again: the notice follows the text without flickering at each key. */
export const PERSONAL_INFORMATION_CHECK_DELAY_MS = 400;

/** At most this many matches are listed; the rest are counted. */
const MAX_LISTED = 5;

/**
 * What in `text` looks like personal information, found in the browser by the detector the API
 * uses, so that the secretary is warned while typing, without a round trip. The text loaded with
 * the page is checked at once; edits once typing pauses.
 */
export function usePersonalInformation(text: string, delayMs = PERSONAL_INFORMATION_CHECK_DELAY_MS): PersonalInformationMatch[] {
  const checked = useDebouncedValue(text, delayMs);
  return useMemo(() => findPersonalInformation(checked), [checked]);
}

/** The masked excerpt made short for reading: first character, a mask, last character (« A***…8 »). */
export function shortExcerpt(excerpt: string): string {
  const chars = [...excerpt];
  return chars.length <= 5 ? excerpt : `${chars[0]}***…${chars[chars.length - 1]}`;
}

export interface PersonalInformationNoticeProps {
  /** The id the text field's aria-describedby names while the notice shows. */
  id: string;
  matches: PersonalInformationMatch[];
}

/**
 * Beside a text of the minutes: what in it looks like personal information, and why it should not
 * be there. It never blocks saving. Screen readers hear a short polite message only when the kinds
 * found change (a first one appears, another kind is added, the last one is removed), not as each
 * key is typed; the full notice is the field's description.
 */
export function PersonalInformationNotice({ id, matches }: PersonalInformationNoticeProps) {
  const { t, tp, language } = useI18n();
  const kinds = useMemo(() => [...new Set(matches.map((match) => match.kind))], [matches]);
  const kindsKey = [...kinds].sort().join(' ');
  // What the live region says, changed while rendering when the kinds found change (React's way
  // of adjusting state to new props), so that it speaks together with the notice it sums up.
  const [spoken, setSpoken] = useState({ kindsKey, announcement: '' });
  if (spoken.kindsKey !== kindsKey) {
    const words = new Intl.ListFormat(localeTag(language), { type: 'conjunction' }).format(kinds.map((kind) => t(`minutes.privacy.kinds.${kind}`)));
    const announcement = kinds.length > 0 ? t('minutes.privacy.announce', { kinds: words }) : spoken.kindsKey ? t('minutes.privacy.cleared') : '';
    setSpoken({ kindsKey, announcement });
  }

  const listed = matches.slice(0, MAX_LISTED);
  return (
    <>
      {matches.length > 0 && (
        <div id={id} className="alert alert--warning personal-information-notice">
          {matches.length === 1 ? (
            <p>{t('minutes.privacy.one', { kind: t(`minutes.privacy.kinds.${matches[0].kind}`), excerpt: shortExcerpt(matches[0].excerpt) })}</p>
          ) : (
            <>
              <p>{t('minutes.privacy.several')}</p>
              <ul>
                {listed.map((match) => (
                  <li key={`${match.start}-${match.kind}`}>
                    {t(`minutes.privacy.kinds.${match.kind}`)} ({shortExcerpt(match.excerpt)})
                  </li>
                ))}
              </ul>
              {matches.length > listed.length && <p>{tp('minutes.privacy.more', matches.length - listed.length)}</p>}
            </>
          )}
          <p>
            <strong>{t('minutes.privacy.advice')}</strong> {t('minutes.privacy.hint')}
          </p>
        </div>
      )}
      <p className="visually-hidden personal-information-live" role="status" aria-live="polite" aria-atomic="true">
        {spoken.announcement}
      </p>
    </>
  );
}
