import type { NetworkTable, NetworkTablesQuery } from '@concertation/web-data-access';

const region = (code: string, nameFr: string, nameEn = nameFr) => ({ __typename: 'Region' as const, id: `region-${code}`, code, nameFr, nameEn });

export const regions = {
  montreal: region('QC-06', 'Montréal'),
  laval: region('QC-13', 'Laval'),
  capitale: region('QC-03', 'Capitale-Nationale', 'Capitale-Nationale region'),
  quebec: region('CA-QC', 'Québec', 'Quebec'),
};

export function networkTable(
  id: string,
  name: string,
  level: NetworkTable['level'],
  parentId: string | null,
  overrides: Partial<NetworkTable> = {},
): NetworkTable {
  return {
    __typename: 'RoundTable',
    id,
    name,
    level,
    archivedAt: null,
    regions: [],
    parent: parentId ? { __typename: 'RoundTable', id: parentId } : null,
    ...overrides,
  };
}

export function networkPage(
  tables: NetworkTable[],
  { hasNextPage = false, endCursor = null as string | null, totalCount = tables.length } = {},
): NetworkTablesQuery {
  return {
    tables: {
      __typename: 'RoundTableConnection',
      totalCount,
      pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor },
      edges: tables.map((table) => ({ __typename: 'RoundTableEdge', cursor: `cursor-${table.id}`, node: table })),
    },
  };
}

/** A fictitious network: one national table, one provincial table under it, three regional tables. */
export const national = networkTable('t-nat', 'Table nationale fictive', 'NATIONAL', null);
export const provincial = networkTable('t-qc', 'Table provinciale du Québec', 'PROVINCIAL', 't-nat', { regions: [regions.quebec] });
export const montreal = networkTable('t-mtl', 'Table régionale de Montréal', 'REGIONAL', 't-qc', { regions: [regions.montreal] });
export const laval = networkTable('t-lav', 'Table régionale de Laval', 'REGIONAL', 't-qc', {
  regions: [regions.laval],
  archivedAt: '2026-05-01T12:00:00.000Z',
});
export const capitale = networkTable('t-cap', 'Table de la Capitale-Nationale', 'REGIONAL', null, { regions: [regions.capitale] });
