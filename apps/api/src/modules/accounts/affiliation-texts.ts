/**
 * What the affiliation notifications say, in the recipient's language. Names come from the
 * directory and from the person's own profile; recipients (coordinators, the person) may see both.
 */
import type { EnumValue, Locale } from '@concertation/shared-domain';

export function affiliationRequestedText(lang: EnumValue<Locale>, displayName: string, organizationName: string) {
  return lang === 'EN'
    ? { title: 'New affiliation request', body: `${displayName} says they work for ${organizationName}.` }
    : { title: 'Nouvelle demande d’affiliation', body: `${displayName} indique travailler pour ${organizationName}.` };
}

export function affiliationDecidedText(lang: EnumValue<Locale>, accepted: boolean, organizationName: string) {
  if (lang === 'EN') {
    return accepted
      ? { title: 'Affiliation confirmed', body: `Your affiliation with ${organizationName} has been confirmed.` }
      : { title: 'Affiliation declined', body: `Your affiliation with ${organizationName} has been declined.` };
  }
  return accepted
    ? { title: 'Affiliation confirmée', body: `Votre affiliation à ${organizationName} a été confirmée.` }
    : { title: 'Affiliation refusée', body: `Votre demande d’affiliation à ${organizationName} a été refusée.` };
}
