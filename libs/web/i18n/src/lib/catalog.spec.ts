import { describe, expect, it } from 'vitest';
import { en, fr } from './catalogs';
import { catalogKeys, lookup } from './translate';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('message catalogs', () => {
  const frKeys = catalogKeys(fr).sort();
  const enKeys = catalogKeys(en).sort();

  it('have exactly the same keys in French and English', () => {
    expect(frKeys.length).toBeGreaterThan(100);
    expect(enKeys.filter((key) => !frKeys.includes(key))).toEqual([]);
    expect(frKeys.filter((key) => !enKeys.includes(key))).toEqual([]);
  });

  it('have no empty text', () => {
    for (const key of frKeys) {
      expect(lookup(fr, key)?.trim(), `fr ${key}`).toBeTruthy();
      expect(lookup(en, key)?.trim(), `en ${key}`).toBeTruthy();
    }
  });

  it('use the same placeholders in both languages', () => {
    for (const key of frKeys) {
      expect(placeholders(lookup(en, key) ?? ''), key).toEqual(placeholders(lookup(fr, key) ?? ''));
    }
  });

  it('do not leave English in the French catalog by mistake', () => {
    const identical = frKeys.filter((key) => lookup(fr, key) === lookup(en, key));
    // Words that are the same in both languages; anything else identical is a forgotten translation.
    const sameInBoth = new Set([
      'agenda.duration.minutes',
      'agenda.position',
      'audit.entities.consultation',
      'audit.entities.participant',
      'audit.entities.table',
      'audit.filters.action',
      'audit.table',
      'audit.what',
      'audit.when',
      'common.actions',
      'emailDelivery.age.minutes.one',
      'emailDelivery.age.minutes.other',
      'levels.NATIONAL',
      'live.quorum.title',
      'meetings.form.date',
      'minutes.page.when',
      'nav.consultations',
      'nav.menu',
      'notifications.title',
      'levels.PROVINCIAL',
      'sectors.JUSTICE',
      'sectors.MUNICIPAL',
      'sectors.POLICE',
      'tables.breadcrumbTables',
      'tables.participants.title',
      'tables.quorum',
      'tables.tabs.actions',
      'tables.tabs.consultations',
      // The floor of the live room (fr-floor.ts): words and patterns both languages share.
      'audit.entities.vote',
      'speakers.of',
      'votes.open.option',
      'votes.open.options',
      'votes.result.count',
      'votes.result.total',
      'votes.rule',
      'votes.title',
      // Reports (fr-reports.ts): the same word in both languages.
      'reports.figures.consultations',
      'reports.network.table',
    ]);
    expect(identical.filter((key) => !sameInBoth.has(key))).toEqual([]);
  });
});

/** A space of any kind (normal, no-break, narrow no-break) before ':' ';' '?' '!': French spacing. */
const FRENCH_SPACING = /[ \u00a0\u202f][:;?!]/;
/** ':' ';' '?' '!' as punctuation (not in a URL or a time): followed by a space or the end of the text. */
const GLUED_PUNCTUATION = /[^\s\u00a0\u202f][:;?!](?=\s|$)/;
const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

describe('typography by language', () => {
  const keys = catalogKeys(en).sort();

  it('writes English without French spacing before ":" ";" "?" "!" and without « »', () => {
    expect(keys.filter((key) => FRENCH_SPACING.test(lookup(en, key) ?? ''))).toEqual([]);
    expect(keys.filter((key) => /[«»]/.test(lookup(en, key) ?? ''))).toEqual([]);
  });

  it('has no sentence left untranslated: a French text of several words identical to the English', () => {
    expect(keys.filter((key) => words(lookup(fr, key) ?? '') >= 4 && lookup(fr, key) === lookup(en, key))).toEqual([]);
  });

  it('spaces French ":" ";" "?" "!" from the word before them, as the French catalog does throughout', () => {
    expect(keys.filter((key) => GLUED_PUNCTUATION.test(lookup(fr, key) ?? ''))).toEqual([]);
  });
});
