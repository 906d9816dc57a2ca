import { describe, expect, it } from 'vitest';
import * as enums from './enums';
import { allowedParentLevels, canReportTo } from './levels';
import { foldForSearch, isEmail } from './text';
import { isTimeZone } from './time-zones';
import { isUuid } from './ids';

describe('enums', () => {
  it('spell every value as its key, as GraphQL and the generated web types do', () => {
    for (const [name, values] of Object.entries(enums).filter(([, value]) => !Array.isArray(value))) {
      expect([name, Object.entries(values).filter(([key, value]) => key !== value)]).toEqual([name, []]);
    }
  });
});

describe('levels', () => {
  it('lets a regional table report to a provincial or national one only', () => {
    expect(allowedParentLevels('REGIONAL')).toEqual(['PROVINCIAL', 'NATIONAL']);
    expect(canReportTo('REGIONAL', 'REGIONAL')).toBe(false);
    expect(canReportTo('PROVINCIAL', 'NATIONAL')).toBe(true);
    expect(canReportTo('PROVINCIAL', 'REGIONAL')).toBe(false);
    expect(canReportTo('NATIONAL', 'NATIONAL')).toBe(false);
    expect(canReportTo('NATIONAL', null)).toBe(true);
  });
});

describe('text', () => {
  it('folds accents and case for search', () => {
    expect(foldForSearch('  Montréal   CIUSSS ')).toBe('montreal ciusss');
    expect(foldForSearch('Îles-de-la-Madeleine')).toBe('iles-de-la-madeleine');
  });
  it('accepts plausible e-mail addresses only', () => {
    expect(isEmail('chair@example.test')).toBe(true);
    expect(isEmail('no-at-sign.example.test')).toBe(false);
    expect(isEmail('two words@example.test')).toBe(false);
  });
});

describe('time zones and ids', () => {
  it('knows IANA zones, including the Quebec exceptions', () => {
    expect(isTimeZone('America/Toronto')).toBe(true);
    expect(isTimeZone('America/Blanc-Sablon')).toBe(true);
    expect(isTimeZone('Mars/Olympus')).toBe(false);
    expect(isTimeZone('')).toBe(false);
  });
  it('recognises uuids only', () => {
    expect(isUuid('6f1c1d2e-3b4a-4c5d-8e9f-0a1b2c3d4e5f')).toBe(true);
    expect(isUuid('1')).toBe(false);
    expect(isUuid(null)).toBe(false);
  });
});
