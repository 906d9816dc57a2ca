import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findPersonalInformation, maskPersonalInformation, passesLuhn } from './personal-information';

// Every value below is made up: no person holds these numbers or addresses.
const found = (text: string) => findPersonalInformation(text).map((m) => ({ kind: m.kind, text: text.slice(m.start, m.end) }));
const kindsIn = (text: string) => findPersonalInformation(text).map((m) => m.kind);

describe('maskPersonalInformation', () => {
  it('keeps the first and last characters and masks every other one, spaces included', () => {
    expect(maskPersonalInformation('TREM 8503 1512')).toBe('T************2');
    expect(maskPersonalInformation('H2X1Y4')).toBe('H****4');
    expect(maskPersonalInformation('ab')).toBe('**');
  });

  it('counts characters, not UTF-16 units', () => {
    expect(maskPersonalInformation('élodie@exemple.test')).toBe('é*****************t');
  });
});

describe('passesLuhn', () => {
  it('accepts a number whose check digit is right and refuses one digit off', () => {
    expect(passesLuhn('046454286')).toBe(true);
    expect(passesLuhn('046454287')).toBe(false);
  });
});

describe('findPersonalInformation', () => {
  it('reports where each match is, with its masked excerpt, in the order of the text', () => {
    const text = 'Joindre camille.fictive@exemple.test ou le 514 555-0199.';
    expect(findPersonalInformation(text)).toEqual([
      { kind: 'EMAIL_ADDRESS', start: 8, end: 36, excerpt: 'c**************************t' },
      { kind: 'PHONE_NUMBER', start: 43, end: 55, excerpt: '5**********9' },
    ]);
  });

  it('finds e-mail addresses', () => {
    expect(found('Écrire à jeune.fictif+tables@exemple.qc.ca.')).toEqual([{ kind: 'EMAIL_ADDRESS', text: 'jeune.fictif+tables@exemple.qc.ca' }]);
    expect(kindsIn('(andré.tremblay@exemple.test)')).toEqual(['EMAIL_ADDRESS']);
    expect(kindsIn('Voir @table ou exemple.test')).toEqual([]);
  });

  it('finds North American phone numbers written with separators or +1', () => {
    for (const phone of [
      '514 555-0199',
      '(514) 555-0199',
      '(514)555-0199',
      '514-555-0199',
      '514.555.0199',
      '1-514-555-0199',
      '+1 514 555 0199',
      '+15145550199',
      '418 555 0142',
    ])
      expect(found(`Tél. : ${phone}, le soir`), phone).toEqual([{ kind: 'PHONE_NUMBER', text: phone }]);
  });

  it('leaves bare runs of ten digits and numbers that are not North American phone numbers', () => {
    expect(kindsIn('Dossier 5145550199 transmis')).toEqual([]);
    expect(kindsIn('Numéro 114-555-0199 ou 514-155-0199')).toEqual([]);
    expect(kindsIn('Référence 2024-555-0199-7')).toEqual([]);
  });

  it('finds social insurance numbers that pass the Luhn check, grouped 3-3-3 or plain', () => {
    for (const sin of ['046 454 286', '046-454-286', '046454286', '046\u00a0454\u00a0286'])
      expect(found(`NAS ${sin}.`), sin).toEqual([{ kind: 'SOCIAL_INSURANCE_NUMBER', text: sin }]);
  });

  it('leaves nine digits that fail the Luhn check, mixed groupings, nine zeros and amounts', () => {
    expect(kindsIn('NAS 046 454 287')).toEqual([]);
    expect(kindsIn('Code 046 454-286')).toEqual([]);
    expect(kindsIn('Valeur 000 000 000')).toEqual([]);
    expect(kindsIn('Un budget de 112 345 673 $ cette année')).toEqual([]);
    expect(kindsIn('Un total de 1 046 454 286 personnes')).toEqual([]);
  });

  it('finds Quebec health insurance numbers, spaced as on the card or not', () => {
    for (const ramq of ['TREM 8503 1512', 'TREM85031512', 'TREM 85031512', 'trem85031512', 'Trem85031512'])
      expect(found(`Carte ${ramq} présentée`), ramq).toEqual([{ kind: 'HEALTH_INSURANCE_NUMBER', text: ramq }]);
  });

  it('does not take an ordinary word followed by numbers for a health insurance number', () => {
    expect(kindsIn('pour 2023 2024, puis dans 1234 5678')).toEqual([]);
    expect(kindsIn('Pour 1234 5678 personnes')).toEqual([]);
    expect(kindsIn('CIUSSS 2023 2024')).toEqual([]);
    expect(kindsIn('TREM 8503 15123')).toEqual([]);
  });

  it('finds Canadian postal codes, with or without the space', () => {
    for (const code of ['H2X 1Y4', 'H2X1Y4', 'g1r 4p5', 'V6B\u00a03K9'])
      expect(found(`Montréal (Québec) ${code}, Canada`), code).toEqual([{ kind: 'POSTAL_CODE', text: code }]);
  });

  it('leaves letters no postal code uses, mixed cases and codes glued to words', () => {
    expect(kindsIn('D2X 1Y4, H2O 1Y4, W2X 1Y4')).toEqual([]);
    expect(kindsIn('H2x 1Y4')).toEqual([]);
    expect(kindsIn('secteurs H2X et H1W')).toEqual([]);
    expect(kindsIn('codeH2X1Y4')).toEqual([]);
  });

  it('finds a date introduced as a date of birth, in French and English, with accents or not', () => {
    const cases: Array<[string, string]> = [
      ['Jeune né le 12 avril 2010 à Laval', '12 avril 2010'],
      ['jeune nee le 1er mai 2011', '1er mai 2011'],
      ['Enfant née le 12/04/2010', '12/04/2010'],
      ['Enfant né(e) le 2010-04-12', '2010-04-12'],
      ['Date de naissance : 12 février 2009', '12 février 2009'],
      ['DATE DE NAISSANCE\u00a0: le 3 aout 2009', '3 aout 2009'],
      ['born on April 12, 2010', 'April 12, 2010'],
      ['Born 12 April 2010', '12 April 2010'],
      ['Date of birth: 2010-04-12', '2010-04-12'],
      ['DOB 04/12/2010', '04/12/2010'],
      ['d.o.b.: Sept. 3, 2009', 'Sept. 3, 2009'],
    ];
    for (const [text, date] of cases) expect(found(text), text).toEqual([{ kind: 'DATE_OF_BIRTH', text: date }]);
  });

  it('leaves dates that no phrase introduces as a birth date', () => {
    expect(kindsIn('Rencontre du 12 avril 2010, puis du 2010-05-03')).toEqual([]);
    expect(kindsIn('Le projet, né le printemps dernier, reprend le 12 avril 2024')).toEqual([]);
    expect(kindsIn('The initiative was born on the heels of the April 12, 2010 report')).toEqual([]);
    expect(kindsIn('Il ne le savait pas le 12 avril')).toEqual([]);
  });

  it('finds every kind in one text', () => {
    const text = [
      'Joindre la famille au 514 555-0199 ou à famille.fictive@exemple.test.',
      'NAS 046 454 286, carte TREM 8503 1512, née le 12 avril 2010, habite en H2X 1Y4.',
    ].join('\n');
    expect(kindsIn(text)).toEqual(['PHONE_NUMBER', 'EMAIL_ADDRESS', 'SOCIAL_INSURANCE_NUMBER', 'HEALTH_INSURANCE_NUMBER', 'DATE_OF_BIRTH', 'POSTAL_CODE']);
  });

  it('finds nothing in an empty text', () => {
    expect(findPersonalInformation('')).toEqual([]);
  });
});

describe('ordinary minutes (fixtures/ordinary-minutes)', () => {
  const folder = join(__dirname, 'fixtures/ordinary-minutes');
  const files = readdirSync(folder).filter((name) => name.endsWith('.txt'));

  it('holds French and English paragraphs', () => {
    expect(files.filter((name) => name.startsWith('fr-')).length).toBeGreaterThanOrEqual(2);
    expect(files.filter((name) => name.startsWith('en-')).length).toBeGreaterThanOrEqual(2);
  });

  it.each(files)('%s raises no warning', (name) => {
    const text = readFileSync(join(folder, name), 'utf8');
    expect(text.length).toBeGreaterThan(500);
    expect(found(text)).toEqual([]);
  });
});
