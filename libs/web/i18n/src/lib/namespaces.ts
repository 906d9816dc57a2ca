import { enShell } from './en';
import { frShell } from './fr';
import type { Language, Messages } from './types';

type Texts = Record<Language, Partial<Messages>>;

/**
 * Each feature's texts, in both languages: a chunk of their own, fetched when a route needs them
 * rather than with the shell. Switching language then needs no fetch. The keys of a namespace are
 * its files' top-level keys (fr-meetings.ts gives `meetings`, `agenda`, `rsvp`, `calendar`, `live`).
 */
const loaders = {
  auth: () => Promise.all([import('./fr-auth'), import('./en-auth')]).then(([fr, en]) => ({ fr: fr.frAuth, en: en.enAuth })),
  directory: () => Promise.all([import('./fr-directory'), import('./en-directory')]).then(([fr, en]) => ({ fr: fr.frDirectory, en: en.enDirectory })),
  tables: () => Promise.all([import('./fr-tables'), import('./en-tables')]).then(([fr, en]) => ({ fr: fr.frTables, en: en.enTables })),
  // The live room's votes and speakers' list come with the meetings' texts: the room shows them.
  meetings: () =>
    Promise.all([import('./fr-meetings'), import('./en-meetings'), import('./fr-floor'), import('./en-floor')]).then(([fr, en, frFloor, enFloor]) => ({
      fr: { ...fr.frMeetings, ...frFloor.frFloor },
      en: { ...en.enMeetings, ...enFloor.enFloor },
    })),
  notifications: () =>
    Promise.all([import('./fr-notifications'), import('./en-notifications')]).then(([fr, en]) => ({ fr: fr.frNotifications, en: en.enNotifications })),
  minutes: () => Promise.all([import('./fr-minutes'), import('./en-minutes')]).then(([fr, en]) => ({ fr: fr.frMinutes, en: en.enMinutes })),
  actions: () => Promise.all([import('./fr-actions'), import('./en-actions')]).then(([fr, en]) => ({ fr: fr.frActions, en: en.enActions })),
  search: () => Promise.all([import('./fr-search'), import('./en-search')]).then(([fr, en]) => ({ fr: fr.frSearch, en: en.enSearch })),
  protocols: () => Promise.all([import('./fr-protocols'), import('./en-protocols')]).then(([fr, en]) => ({ fr: fr.frProtocols, en: en.enProtocols })),
  network: () => Promise.all([import('./fr-network'), import('./en-network')]).then(([fr, en]) => ({ fr: fr.frNetwork, en: en.enNetwork })),
  consultations: () =>
    Promise.all([import('./fr-consultations'), import('./en-consultations')]).then(([fr, en]) => ({ fr: fr.frConsultations, en: en.enConsultations })),
  referrals: () => Promise.all([import('./fr-referrals'), import('./en-referrals')]).then(([fr, en]) => ({ fr: fr.frReferrals, en: en.enReferrals })),
  reports: () => Promise.all([import('./fr-reports'), import('./en-reports')]).then(([fr, en]) => ({ fr: fr.frReports, en: en.enReports })),
  privacy: () => Promise.all([import('./fr-privacy'), import('./en-privacy')]).then(([fr, en]) => ({ fr: fr.frPrivacy, en: en.enPrivacy })),
} satisfies Record<string, () => Promise<Texts>>;

export type Namespace = keyof typeof loaders;
export const NAMESPACES = Object.keys(loaders) as Namespace[];

/** The texts this page has so far: the shell's from the start, a namespace's once loaded (in place, so the provider sees them). */
export const loadedTexts: Texts = { fr: { ...frShell }, en: { ...enShell } };

const loading = new Map<Namespace, Promise<void>>();

/** Fetches the namespaces not loaded yet (once each; a failed fetch is tried again next time). */
export function loadNamespaces(...namespaces: Namespace[]): Promise<void> {
  return Promise.all(
    namespaces.map((namespace) => {
      let pending = loading.get(namespace);
      if (!pending) {
        pending = loaders[namespace]().then(
          (texts) => {
            Object.assign(loadedTexts.fr, texts.fr);
            Object.assign(loadedTexts.en, texts.en);
          },
          (error: unknown) => {
            loading.delete(namespace);
            throw error;
          },
        );
        loading.set(namespace, pending);
      }
      return pending;
    }),
  ).then(() => undefined);
}

/**
 * A lazy route's module once the namespaces its screens read are loaded too, both fetched at once:
 * the screen never renders its keys instead of its texts.
 */
export function withNamespaces<T>(module: Promise<T>, ...namespaces: Namespace[]): Promise<T> {
  return Promise.all([module, loadNamespaces(...namespaces)]).then(([loaded]) => loaded);
}
