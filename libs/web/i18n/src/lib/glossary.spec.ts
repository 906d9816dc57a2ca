import { describe, expect, it } from 'vitest';
import { en, fr } from './catalogs';
import { glossary } from './glossary';
import { catalogKeys, lookup } from './translate';
import type { Language, Messages } from './types';

const catalogs: Record<Language, Messages> = { fr, en };

describe('the glossary', () => {
  it.each(['fr', 'en'] as const)('is the only vocabulary of the %s catalogue', (language) => {
    const catalog = catalogs[language];
    const strays = catalogKeys(catalog).flatMap((key) => {
      const text = lookup(catalog, key) ?? '';
      return Object.entries(glossary).flatMap(([concept, term]) =>
        term.avoid[language]
          .filter((synonym) => synonym.test(text))
          .map((synonym) => `${key}: « ${text} » names ${concept} ${synonym} (say « ${term.word[language]} »)`),
      );
    });
    expect(strays).toEqual([]);
  });
});
