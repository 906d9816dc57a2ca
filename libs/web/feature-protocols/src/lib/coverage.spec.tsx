/// <reference types="node" />
import { describe, expect, it } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/react';
import { renderWithProviders } from '@concertation/web-testing';
import { coverageRegions, QUEBEC_REGIONS } from '../testing/protocol-fixtures';
import { CoverageMap } from './coverage-map';
import { CoverageTable } from './coverage-table';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// Read from disk: the test set-up gives stylesheets imported by the code no content.
const stylesheet = readFileSync(join(__dirname, 'protocols.css'), 'utf8');

const STATUS_WORDS = ['À jour', 'Version dépassée', 'En cours', 'Non amorcé'];

function renderBoth() {
  const regions = coverageRegions();
  return renderWithProviders(
    <>
      <CoverageMap regions={regions} currentVersion={2} />
      <CoverageTable regions={regions} currentVersion={2} />
    </>,
  );
}

/** The status word a map tile or a table cell shows. */
const statusIn = (text: string) => STATUS_WORDS.find((word) => text.includes(word));

describe('the coverage map and its table', () => {
  it('draw the 17 regions with the same status, in words', () => {
    renderBoth();
    expect(screen.getByRole('figure', { name: /^Carte schématique des 17 régions administratives du Québec/ })).toBeInTheDocument();
    const map = screen.getByRole('list', { name: 'Carte schématique de l’adoption par région' });
    const tiles = within(map).getAllByRole('button');
    expect(tiles).toHaveLength(17);

    const table = screen.getByRole('table', { name: 'Adoption par région' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(17);
    for (const [, name] of QUEBEC_REGIONS) {
      // Plain DOM lookups here: seventeen role queries over the whole map are slow on a loaded machine.
      const tile = tiles.find((candidate) => candidate.getAttribute('aria-label')?.startsWith(`${name} : `));
      const row = rows.find((candidate) => candidate.querySelector('th')?.textContent === name);
      const status = row?.querySelectorAll('td')[0]?.textContent ?? '';
      expect(STATUS_WORDS, name).toContain(statusIn(status));
      expect(statusIn(tile?.getAttribute('aria-label') ?? ''), name).toBe(statusIn(status));
      expect(statusIn(tile?.textContent ?? ''), name).toBe(statusIn(status));
    }
    expect(within(map).getByRole('button', { name: 'Montréal : À jour, version 2 adoptée' })).toBeInTheDocument();
    expect(within(map).getByRole('button', { name: 'Laval : Version dépassée, version 1 adoptée' })).toBeInTheDocument();
    expect(within(map).getByRole('button', { name: 'Estrie : En cours' })).toBeInTheDocument();
    expect(within(map).getByRole('button', { name: 'Outaouais : Non amorcé' })).toBeInTheDocument();
  });

  it('has a legend in words and tells the tables of a chosen region', () => {
    renderBoth();
    const legend = screen.getByRole('list', { name: 'Légende' });
    expect(
      within(legend)
        .getAllByRole('listitem')
        .map((item) => item.textContent?.slice(1).trim()),
    ).toEqual(STATUS_WORDS);

    const laval = screen.getByRole('button', { name: 'Laval : Version dépassée, version 1 adoptée' });
    fireEvent.click(laval);
    expect(laval.getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByText('Tables ayant consigné une adoption : Table régionale de Laval')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Outaouais : Non amorcé' }));
    expect(laval.getAttribute('aria-pressed')).toBe('false');
    expect(screen.getByText('Aucune table régionale de cette région n’a consigné d’adoption.')).toBeInTheDocument();
  });

  it('names every region in whole words, never cut inside a word on a tile', () => {
    renderBoth();
    const map = screen.getByRole('list', { name: 'Carte schématique de l’adoption par région' });
    const names = [...map.querySelectorAll('.region-tile__name')].map((name) => name.textContent);
    // The full names, without soft hyphens or invisible break points slipped in.
    expect([...names].sort()).toEqual(QUEBEC_REGIONS.map(([, name]) => name).sort());
    for (const name of names) expect(name).not.toMatch(/[\u00ad\u200b]/);
    expect(names).toContain('Gaspésie–Îles-de-la-Madeleine');

    // Wrapping only at hyphens and dashes (the shared map's rule, see web-ui's region-tile-map.spec): nothing here undoes it.
    expect(stylesheet).not.toMatch(/overflow-wrap: anywhere|word-break: break-all|hyphens: auto/);
    // A tile's place is a custom property, which narrow screens drop for a list of wide tiles.
    const montreal = screen.getByRole('button', { name: 'Montréal : À jour, version 2 adoptée' }).closest('li');
    expect(montreal?.style.getPropertyValue('--tile-column')).toBe('2');
    expect(montreal?.style.getPropertyValue('--tile-row')).toBe('5');
  });
});
