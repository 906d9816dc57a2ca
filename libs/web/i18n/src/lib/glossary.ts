import type { Language } from './types';

interface Term {
  /** The one word screens use for this thing. */
  word: Record<Language, string>;
  /** Words that would name the same thing a second way; the catalogue spec refuses them. */
  avoid: Record<Language, RegExp[]>;
}

/**
 * The product's vocabulary: one name for each thing, in each language, so that a member never
 * wonders whether a « réunion » is something other than a « rencontre ». The catalogue spec holds
 * every text of both catalogues to it.
 */
export const glossary = {
  roundTable: { word: { fr: 'table de concertation', en: 'round table' }, avoid: { fr: [/\bcomités?\b/i], en: [/\bcommittees?\b/i] } },
  meeting: { word: { fr: 'rencontre', en: 'meeting' }, avoid: { fr: [/\bréunions?\b/i, /\bséances?\b/i], en: [/\bgatherings?\b/i] } },
  actionItem: { word: { fr: 'action', en: 'action item' }, avoid: { fr: [/\bsuivis?\b/i, /\btâches?\b/i], en: [/\bfollow-ups?\b/i, /\btasks?\b/i] } },
  minutes: { word: { fr: 'procès-verbal', en: 'minutes' }, avoid: { fr: [/\bcomptes? rendus?\b/i], en: [] } },
  referral: { word: { fr: 'référence', en: 'referral' }, avoid: { fr: [/\brenvois?\b/i], en: [] } },
  organization: { word: { fr: 'organisation', en: 'organization' }, avoid: { fr: [/\borganismes?\b/i], en: [/\borganisations?\b/i] } },
} satisfies Record<string, Term>;
