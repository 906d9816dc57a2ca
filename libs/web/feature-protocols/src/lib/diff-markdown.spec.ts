import { describe, expect, it } from 'vitest';
import { diffMarkdown } from './diff-markdown';
import { compareTexts } from './text-diff';

describe('diffMarkdown', () => {
  it('keeps what makes a line a heading or a list item outside the marks', () => {
    const text = diffMarkdown(compareTexts('# Titre\n', '# Titre\n\n## Nouveau\n\n- un\n- deux\n').parts);
    expect(text).toBe('# Titre\n\n## \uE000Nouveau\uE001\n\n- \uE000un\uE001\n- \uE000deux\uE001\n');
  });

  it('marks words inside a line, and never across a line break', () => {
    const text = diffMarkdown(compareTexts('Aviser dans les 24 heures.\nFin.\n', 'Aviser dans les 12 heures.\nFin.\n').parts);
    expect(text).toBe('Aviser dans les \uE00224\uE003\uE00012\uE001 heures.\nFin.\n');
    const removed = diffMarkdown([{ kind: 'removed', text: 'A\nB\n' }]);
    expect(removed).toBe('\uE002A\uE003\n\uE002B\uE003\n');
  });

  it('keeps a table row added whole a row, its cells marked and its delimiter left alone', () => {
    const text = diffMarkdown([{ kind: 'added', text: '| Partenaire | Délai |\n| --- | --- |\n| Police | 12 heures |\n' }]);
    expect(text).toBe('| \uE000Partenaire\uE001 | \uE000Délai\uE001 |\n| --- | --- |\n| \uE000Police\uE001 | \uE00012 heures\uE001 |\n');
  });
});
