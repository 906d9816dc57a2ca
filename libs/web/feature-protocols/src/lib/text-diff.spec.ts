import { describe, expect, it } from 'vitest';
import { compareTexts, type DiffPart } from './text-diff';

const rebuild = (parts: DiffPart[], leaveOut: DiffPart['kind']) =>
  parts
    .filter((part) => part.kind !== leaveOut)
    .map((part) => part.text)
    .join('');

describe('compareTexts', () => {
  it('finds nothing to mark between identical texts', () => {
    expect(compareTexts('Un.\nDeux.\n', 'Un.\nDeux.\n')).toEqual({ parts: [{ kind: 'same', text: 'Un.\nDeux.\n' }], added: 0, removed: 0 });
  });

  it('marks the words that changed inside a line, not the whole line', () => {
    const before = '# Signalement\nAviser la police dans les 24 heures.\nConserver les preuves.\n';
    const after = '# Signalement\nAviser la police dans les 12 heures.\nConserver les preuves.\nInformer la DPJ.\n';
    const diff = compareTexts(before, after);
    expect(diff.parts).toEqual([
      { kind: 'same', text: '# Signalement\nAviser la police dans les ' },
      { kind: 'removed', text: '24' },
      { kind: 'added', text: '12' },
      { kind: 'same', text: ' heures.\nConserver les preuves.\n' },
      { kind: 'added', text: 'Informer la DPJ.\n' },
    ]);
    expect(diff.added).toBe(2);
    expect(diff.removed).toBe(1);
    expect(rebuild(diff.parts, 'removed')).toBe(after);
    expect(rebuild(diff.parts, 'added')).toBe(before);
  });

  it('shows a rewritten passage as removed then added whole', () => {
    const diff = compareTexts('Intro.\nLe comité se réunit chaque mois.\n', 'Intro.\nToute urgence passe par la ligne 24/7.\n');
    expect(diff.parts).toEqual([
      { kind: 'same', text: 'Intro.\n' },
      { kind: 'removed', text: 'Le comité se réunit chaque mois.\n' },
      { kind: 'added', text: 'Toute urgence passe par la ligne 24/7.\n' },
    ]);
  });

  it('handles removed lines and texts without a final line break', () => {
    const diff = compareTexts('A\nB\nC', 'A\nC');
    expect(rebuild(diff.parts, 'removed')).toBe('A\nC');
    expect(rebuild(diff.parts, 'added')).toBe('A\nB\nC');
    expect(diff.removed).toBe(1);
    expect(diff.added).toBe(0);
  });

  it('pairs a changed line with its new wording when paragraphs are added after it', () => {
    const before = '## Délais\n\nAviser dans les 24 heures.\n';
    const after = '## Délais\n\nAviser dans les 12 heures.\n\n## Suivi\n\nLa table fait le point chaque mois.\n';
    const diff = compareTexts(before, after);
    expect(diff.parts).toEqual([
      { kind: 'same', text: '## Délais\n\nAviser dans les ' },
      { kind: 'removed', text: '24' },
      { kind: 'added', text: '12' },
      { kind: 'same', text: ' heures.\n' },
      { kind: 'added', text: '\n## Suivi\n\nLa table fait le point chaque mois.\n' },
    ]);
    expect(rebuild(diff.parts, 'removed')).toBe(after);
    expect(rebuild(diff.parts, 'added')).toBe(before);
  });

  it('keeps both texts whole when a rewritten line sits among new ones', () => {
    const before = 'Intro.\nLe comité se réunit chaque mois.\nFin.\n';
    const after = 'Intro.\nNouvelle règle.\nLe comité se réunit chaque trimestre.\nAutre ajout.\nFin.\n';
    const diff = compareTexts(before, after);
    expect(rebuild(diff.parts, 'removed')).toBe(after);
    expect(rebuild(diff.parts, 'added')).toBe(before);
    expect(diff.parts.filter((part) => part.kind === 'removed').map((part) => part.text)).toEqual(['mois']);
  });
});
