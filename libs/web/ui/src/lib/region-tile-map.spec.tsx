/// <reference types="node" />
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { RegionTileMap } from './region-tile-map';
import { REGION_TILES } from './region-tiles';

// Read from disk: the test set-up gives stylesheets imported by the code no content.
const stylesheet = readFileSync(join(__dirname, 'ui.css'), 'utf8');
const ruleOf = (selector: string) => {
  const start = stylesheet.indexOf(`${selector} {`);
  return start < 0 ? '' : stylesheet.slice(start, stylesheet.indexOf('}', start));
};

const regions = [
  { code: 'QC-06', name: 'Montréal' },
  { code: 'QC-10', name: 'Nord-du-Québec' },
  { code: 'QC-08', name: 'Abitibi-Témiscamingue' },
  { code: 'QC-05', name: 'Estrie' },
  { code: 'XX-99', name: 'Région inconnue' },
];

function renderMap() {
  return render(
    <RegionTileMap
      items={regions}
      regionCode={(region) => region.code}
      label="Carte schématique des régions"
      renderTile={(region) => (
        <p className="region-tile">
          <span className="region-tile__name">{region.name}</span> 3 rencontres
        </p>
      )}
    />,
  );
}

describe('RegionTileMap', () => {
  it('lists the tiles in reading order, top to bottom and west to east, under its name', () => {
    renderMap();
    const map = screen.getByRole('list', { name: 'Carte schématique des régions' });
    expect(
      within(map)
        .getAllByRole('listitem')
        .map((item) => item.querySelector('.region-tile__name')?.textContent),
    ).toEqual([
      'Nord-du-Québec',
      'Abitibi-Témiscamingue',
      'Montréal',
      'Estrie',
      // A region the layout does not know goes on a last row rather than nowhere.
      'Région inconnue',
    ]);
  });

  it('places each tile with custom properties, which a narrow map drops for a list', () => {
    renderMap();
    const montreal = screen.getByText('Montréal').closest('li');
    expect(montreal?.style.getPropertyValue('--tile-column')).toBe('2');
    expect(montreal?.style.getPropertyValue('--tile-row')).toBe('5');
    const north = screen.getByText('Nord-du-Québec').closest('li');
    expect(north?.style.getPropertyValue('--tile-span')).toBe('5');
    expect(screen.getByText('Région inconnue').closest('li')?.style.getPropertyValue('--tile-row')).toBe('6');
    expect(ruleOf('.region-tile-map__grid')).toContain('repeat(auto-fill, minmax(8rem, 1fr))');
  });

  it('knows the 17 administrative regions, and never cuts a name inside a word', () => {
    expect(Object.keys(REGION_TILES)).toHaveLength(17);
    const nameRule = ruleOf('.region-tile__name');
    expect(nameRule).toContain('overflow-wrap: normal');
    expect(nameRule).toContain('hyphens: manual');
    expect(ruleOf('.region-tile')).not.toMatch(/overflow-wrap: anywhere|word-break: break-all|hyphens: auto/);
  });
});
