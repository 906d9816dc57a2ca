import type { CSSProperties, ReactNode } from 'react';
import { cx } from './class-names';
import { tileOf, type RegionTile } from './region-tiles';

export interface RegionTileMapProps<Item> {
  /** One entry per region; the map places each by its region's code. */
  items: readonly Item[];
  regionCode: (item: Item) => string;
  /** The list's accessible name (« Carte schématique de … »). */
  label: string;
  /** What a tile shows: a plain box with words, or a button. The map only places it. */
  renderTile: (item: Item) => ReactNode;
  className?: string;
}

/**
 * The tile's place on the map, as custom properties rather than grid lines: a narrow screen drops the
 * places (see ui.css) and lists the tiles in the same reading order, wide enough for whole names.
 */
const tilePlace = (tile: RegionTile) => ({ '--tile-column': tile.column, '--tile-span': tile.span ?? 1, '--tile-row': tile.row }) as CSSProperties;

/**
 * Quebec's 17 administrative regions as a tile cartogram (region-tiles.ts): the protocols' coverage and
 * the network's activity draw their own tiles on it. Tiles come in reading order (top to bottom, west
 * to east), so that Tab and screen readers follow the map. The map sizes itself on its own width, not
 * the window's: wide, the cartogram; narrow, the same tiles listed in as many columns as fit.
 */
export function RegionTileMap<Item>({ items, regionCode, label, renderTile, className }: RegionTileMapProps<Item>) {
  const cells = items
    .map((item, index) => ({ item, code: regionCode(item), tile: tileOf(regionCode(item), index) }))
    .sort((a, b) => a.tile.row - b.tile.row || a.tile.column - b.tile.column);
  return (
    <div className={cx('region-tile-map', className)}>
      <ul className="region-tile-map__grid" aria-label={label}>
        {cells.map(({ item, code, tile }) => (
          <li key={code} className="region-tile-map__cell" style={tilePlace(tile)}>
            {renderTile(item)}
          </li>
        ))}
      </ul>
    </div>
  );
}
