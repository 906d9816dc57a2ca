import type { RegionsQuery, TableSummaryFragment, TablesQuery } from '@concertation/web-data-access';

export const regions: RegionsQuery = {
  regions: [
    { __typename: 'Region', id: 'region-qc', code: 'CA-QC', nameFr: 'Québec', nameEn: 'Quebec', kind: 'PROVINCE', timeZone: 'America/Toronto', parent: null },
    {
      __typename: 'Region',
      id: 'region-06',
      code: 'QC-06',
      nameFr: 'Montréal',
      nameEn: 'Montreal',
      kind: 'ADMINISTRATIVE_REGION',
      timeZone: 'America/Toronto',
      parent: { __typename: 'Region', id: 'region-qc' },
    },
  ],
};

export function tableSummary(id: string, name: string, level: TableSummaryFragment['level']): TableSummaryFragment {
  return { __typename: 'RoundTable', id, name, level, archivedAt: null, regions: [], parent: null };
}

export function tablesPage(nodes: TableSummaryFragment[], totalCount = nodes.length, endCursor: string | null = null): TablesQuery {
  return {
    tables: {
      __typename: 'RoundTableConnection',
      totalCount,
      pageInfo: { __typename: 'PageInfo', hasNextPage: endCursor !== null, endCursor },
      edges: nodes.map((node) => ({ __typename: 'RoundTableEdge', cursor: `cursor-${node.id}`, node })),
    },
  };
}
