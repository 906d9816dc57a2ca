/**
 * A tile cartogram of Quebec's 17 administrative regions: no borders (no geographic data ships
 * with the app), one tile per region placed roughly where it lies — Nord-du-Québec across the top,
 * Abitibi and Outaouais to the west, the Côte-Nord and Gaspésie to the east, Montréal, Laval and
 * the Montérégie to the south-west. Columns and rows start at 1; `span` widens a tile.
 */
export interface RegionTile {
  column: number;
  row: number;
  span?: number;
}

export const REGION_TILES: Readonly<Record<string, RegionTile>> = {
  'QC-10': { column: 2, row: 1, span: 5 }, // Nord-du-Québec
  'QC-08': { column: 1, row: 2 }, // Abitibi-Témiscamingue
  'QC-02': { column: 5, row: 2 }, // Saguenay–Lac-Saint-Jean
  'QC-09': { column: 6, row: 2, span: 2 }, // Côte-Nord
  'QC-07': { column: 1, row: 3 }, // Outaouais
  'QC-15': { column: 2, row: 3 }, // Laurentides
  'QC-14': { column: 3, row: 3 }, // Lanaudière
  'QC-04': { column: 4, row: 3 }, // Mauricie
  'QC-03': { column: 5, row: 3 }, // Capitale-Nationale
  'QC-11': { column: 7, row: 3 }, // Gaspésie–Îles-de-la-Madeleine
  'QC-13': { column: 2, row: 4 }, // Laval
  'QC-17': { column: 4, row: 4 }, // Centre-du-Québec
  'QC-12': { column: 5, row: 4 }, // Chaudière-Appalaches
  'QC-01': { column: 6, row: 4 }, // Bas-Saint-Laurent
  'QC-06': { column: 2, row: 5 }, // Montréal
  'QC-16': { column: 3, row: 5 }, // Montérégie
  'QC-05': { column: 4, row: 5 }, // Estrie
};

/** Regions the layout does not know (should the list ever grow) go on a last row, in code order. */
export function tileOf(code: string, index: number): RegionTile {
  return REGION_TILES[code] ?? { column: (index % 7) + 1, row: 6 + Math.floor(index / 7) };
}
