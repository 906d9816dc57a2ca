import type { ProtocolDetail, ProtocolSummary, RegionAdoptionItem, TableRole } from '@concertation/web-data-access';

/** Quebec's 17 administrative regions, as the API names them. */
export const QUEBEC_REGIONS: ReadonlyArray<[string, string]> = [
  ['QC-01', 'Bas-Saint-Laurent'],
  ['QC-02', 'Saguenay–Lac-Saint-Jean'],
  ['QC-03', 'Capitale-Nationale'],
  ['QC-04', 'Mauricie'],
  ['QC-05', 'Estrie'],
  ['QC-06', 'Montréal'],
  ['QC-07', 'Outaouais'],
  ['QC-08', 'Abitibi-Témiscamingue'],
  ['QC-09', 'Côte-Nord'],
  ['QC-10', 'Nord-du-Québec'],
  ['QC-11', 'Gaspésie–Îles-de-la-Madeleine'],
  ['QC-12', 'Chaudière-Appalaches'],
  ['QC-13', 'Laval'],
  ['QC-14', 'Lanaudière'],
  ['QC-15', 'Laurentides'],
  ['QC-16', 'Montérégie'],
  ['QC-17', 'Centre-du-Québec'],
];

const table = (id: string, name: string) => ({ __typename: 'RoundTable' as const, id, name });

export const montrealTable = table('t-mtl', 'Table régionale de Montréal');
export const lavalTable = table('t-lav', 'Table régionale de Laval');
export const estrieTable = table('t-est', 'Table régionale de l’Estrie');

/** Montréal adopted version 2 (current), Laval version 1 (outdated), Estrie is working on it. */
export function coverageRegions(): RegionAdoptionItem[] {
  return QUEBEC_REGIONS.map(([code, name]) => {
    const base = {
      __typename: 'RegionAdoption' as const,
      region: { __typename: 'Region' as const, id: `region-${code}`, code, nameFr: name, nameEn: name },
      tables: [] as RegionAdoptionItem['tables'],
    };
    if (code === 'QC-06') return { ...base, status: 'ADOPTED' as const, adoptedVersion: 2, tables: [montrealTable] };
    if (code === 'QC-13') return { ...base, status: 'ADOPTED' as const, adoptedVersion: 1, tables: [lavalTable] };
    if (code === 'QC-05') return { ...base, status: 'IN_PROGRESS' as const, adoptedVersion: null, tables: [estrieTable] };
    return { ...base, status: 'NOT_STARTED' as const, adoptedVersion: null };
  });
}

const camille = { __typename: 'User' as const, id: 'user-1', displayName: 'Camille Tremblay' };

export const version1 = {
  __typename: 'ProtocolVersion' as const,
  id: 'pv-1',
  number: 1,
  publishedAt: '2026-09-01T14:00:00.000Z',
  changeNote: null,
  body: '# Signalement\nAviser la police dans les 24 heures.\nConserver les preuves.\n',
  publishedBy: camille,
};

export const version2 = {
  __typename: 'ProtocolVersion' as const,
  id: 'pv-2',
  number: 2,
  publishedAt: '2026-11-15T14:00:00.000Z',
  changeNote: 'Délai raccourci et ajout de la DPJ.',
  body: '# Signalement\nAviser la police dans les 12 heures.\nConserver les preuves.\nInformer la DPJ.\n',
  publishedBy: camille,
};

/** A version as the summary fragment has it: without its text and author. */
const stripBody = (version: typeof version2) => ({
  __typename: version.__typename,
  id: version.id,
  number: version.number,
  publishedAt: version.publishedAt,
  changeNote: version.changeNote,
});

export function protocolDetail(overrides: Partial<ProtocolDetail> = {}): ProtocolDetail {
  return {
    __typename: 'Protocol',
    id: 'protocol-1',
    title: 'Protocole de signalement intersectoriel',
    summary: 'Qui avise qui, et dans quels délais, quand une situation d’exploitation est soupçonnée.',
    sectors: ['POLICE', 'YOUTH_PROTECTION'],
    ownerTable: { __typename: 'RoundTable', id: 't-qc', name: 'Table provinciale du Québec', level: 'PROVINCIAL', viewerRole: null },
    currentVersion: stripBody(version2),
    versions: [version2, version1],
    adoptions: [
      {
        __typename: 'ProtocolAdoption',
        id: 'adoption-lav',
        status: 'ADOPTED',
        note: null,
        updatedAt: '2026-10-01T14:00:00.000Z',
        table: { ...lavalTable, level: 'REGIONAL', archivedAt: null },
        version: { __typename: 'ProtocolVersion', id: 'pv-1', number: 1 },
        decision: null,
      },
      {
        __typename: 'ProtocolAdoption',
        id: 'adoption-mtl',
        status: 'ADOPTED',
        note: 'Adopté à l’unanimité.',
        updatedAt: '2026-11-20T14:00:00.000Z',
        table: { ...montrealTable, level: 'REGIONAL', archivedAt: null },
        version: { __typename: 'ProtocolVersion', id: 'pv-2', number: 2 },
        decision: {
          __typename: 'Decision',
          id: 'decision-1',
          text: 'La table adopte la version 2 du protocole.',
          outcome: 'ADOPTED',
          meeting: { __typename: 'Meeting', id: 'meeting-9', title: 'Rencontre de novembre' },
        },
      },
    ],
    coverage: { __typename: 'ProtocolCoverage', adoptedCount: 2, outdatedCount: 1, regions: coverageRegions() },
    ...overrides,
  };
}

export function protocolSummary(detail: ProtocolDetail = protocolDetail()): ProtocolSummary {
  return {
    __typename: 'Protocol',
    id: detail.id,
    title: detail.title,
    summary: detail.summary,
    sectors: detail.sectors,
    ownerTable: { __typename: 'RoundTable', id: detail.ownerTable.id, name: detail.ownerTable.name, level: detail.ownerTable.level },
    currentVersion: detail.currentVersion,
    coverage: { __typename: 'ProtocolCoverage', adoptedCount: detail.coverage.adoptedCount, outdatedCount: detail.coverage.outdatedCount },
  };
}

type Seat = { id: string; name: string; role: TableRole; archived?: boolean };

/** The viewer's seats, as MyParticipations returns them. */
export function participations(seats: Seat[]) {
  return {
    me: {
      __typename: 'User' as const,
      id: 'user-1',
      participations: seats.map((seat) => ({
        __typename: 'TableParticipant' as const,
        id: `seat-${seat.id}`,
        role: seat.role,
        since: '2026-01-01T00:00:00.000Z',
        table: {
          __typename: 'RoundTable' as const,
          id: seat.id,
          name: seat.name,
          level: 'REGIONAL' as const,
          archivedAt: seat.archived ? '2026-06-01T00:00:00.000Z' : null,
        },
        organization: null,
      })),
    },
  };
}
