import { describe, expect, it } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/react';
import { renderWithProviders } from '@concertation/web-testing';
import { version1, version2 } from '../testing/protocol-fixtures';
import { VersionDiff } from './version-diff';

const version3 = { ...version2, id: 'pv-3', number: 3, publishedAt: '2027-01-10T14:00:00.000Z', body: version2.body };

describe('VersionDiff', () => {
  it('shows what the current version changed from the one before, marked beyond colour', () => {
    renderWithProviders(<VersionDiff versions={[version2, version1]} />);
    expect((screen.getByLabelText('Version de départ') as HTMLSelectElement).value).toBe('pv-1');
    expect((screen.getByLabelText('Version d’arrivée') as HTMLSelectElement).value).toBe('pv-2');
    expect(screen.getByRole('status').textContent).toBe('2 passages ajoutés · 1 passage retiré');

    const result = screen.getByRole('region', { name: 'Changements de la version 1 à la version 2' });
    const inserted = result.querySelectorAll('ins');
    const deleted = result.querySelectorAll('del');
    expect([...inserted].map((node) => node.textContent)).toEqual(['Ajouté : 12', 'Ajouté : Informer la DPJ.']);
    expect([...deleted].map((node) => node.textContent)).toEqual(['Retiré : 24']);
    // Said in words, hidden on screen where underlining, striking and « + » / « − » say it.
    expect(inserted[0].querySelector('.visually-hidden')?.textContent).toBe('Ajouté :');
    // The compared text is formatted: its heading is a heading, not « # Signalement ».
    expect(within(result).getByRole('heading', { level: 4, name: 'Signalement' })).toBeInTheDocument();
    expect(result.textContent).not.toContain('#');
    // The unchanged words stay, once.
    expect(result.textContent).toContain('Aviser la police dans les ');
    expect(within(result).getAllByText('Conserver les preuves.', { exact: false })).toHaveLength(1);
  });

  it('compares any two versions, and says when there is nothing to show', () => {
    renderWithProviders(<VersionDiff versions={[version3, version2, version1]} />);
    // 2 → 3 kept the same text.
    expect(screen.getByRole('status').textContent).toBe('Les deux versions ont exactement le même texte.');
    fireEvent.change(screen.getByLabelText('Version de départ'), { target: { value: 'pv-1' } });
    expect(screen.getByRole('region', { name: 'Changements de la version 1 à la version 3' }).querySelectorAll('ins')).toHaveLength(2);
    fireEvent.change(screen.getByLabelText('Version d’arrivée'), { target: { value: 'pv-1' } });
    expect(screen.getByRole('status').textContent).toBe('Choisissez deux versions différentes pour voir ce qui a changé.');
    expect(screen.queryByRole('region')).toBeNull();
  });

  it('has nothing to compare with a single version', () => {
    renderWithProviders(<VersionDiff versions={[version1]} />);
    expect(screen.getByText('Une seule version a été publiée : il n’y a rien à comparer pour l’instant.')).toBeInTheDocument();
    expect(screen.queryByLabelText('Version de départ')).toBeNull();
  });

  it('marks changed blocks in the formatted text, headings and list items included', () => {
    const before = { ...version1, body: '## 1. Objet\n\nLe protocole vise les signalements.\n\n- police\n- écoles\n' };
    const after = {
      ...version2,
      body: '## 1. Objet et portée\n\nLe protocole vise les signalements.\n\n- police\n- écoles\n- DPJ\n\n## 2. Délais\n\nAviser dans les 12 heures.\n',
    };
    renderWithProviders(<VersionDiff versions={[after, before]} />);
    const result = screen.getByRole('region', { name: 'Changements de la version 1 à la version 2' });
    expect(result.textContent).not.toContain('##');

    const changedHeading = within(result).getByRole('heading', { level: 5, name: '1. Objet Ajouté : et portée' });
    expect(changedHeading.querySelector('ins')?.textContent).toBe('Ajouté : et portée');
    // A heading added whole is still a heading, its words marked as added.
    const added = within(result).getByRole('heading', { level: 5, name: 'Ajouté : 2. Délais' });
    expect(added.querySelector('ins')).not.toBeNull();
    const newItem = within(result)
      .getAllByRole('listitem')
      .find((item) => item.textContent?.includes('DPJ'));
    expect(newItem?.querySelector('ins')?.textContent).toBe('Ajouté : DPJ');
    // A passage that crosses emphasis is marked piece by piece, named once.
    renderWithProviders(<VersionDiff versions={[{ ...after, id: 'pv-4', number: 4, body: `${after.body}\nLes **partenaires** signent.\n` }, after]} />);
    const withEmphasis = screen.getByRole('region', { name: 'Changements de la version 2 à la version 4' });
    const pieces = [...withEmphasis.querySelectorAll('ins')];
    expect(pieces.map((piece) => piece.textContent)).toEqual(['Ajouté : Les', 'partenaires', 'signent.']);
    expect(pieces.map((piece) => piece.classList.contains('diff-part--continued'))).toEqual([false, true, true]);
    // The unchanged paragraph is plain text.
    expect(within(result).getByText('Le protocole vise les signalements.').closest('ins, del')).toBeNull();
  });
});
