import type {
  MonthActivityItem,
  NetworkReport,
  NetworkTableActivity,
  OrganizationActivityItem,
  RegionActivityItem,
  TableReport,
} from '@concertation/web-data-access';

/** Quebec's 17 administrative regions, as the API names them (fictitious activity below). */
export const QUEBEC_REGIONS: ReadonlyArray<[string, string, string]> = [
  ['QC-01', 'Bas-Saint-Laurent', 'Bas-Saint-Laurent'],
  ['QC-02', 'Saguenay–Lac-Saint-Jean', 'Saguenay–Lac-Saint-Jean'],
  ['QC-03', 'Capitale-Nationale', 'Capitale-Nationale'],
  ['QC-04', 'Mauricie', 'Mauricie'],
  ['QC-05', 'Estrie', 'Estrie'],
  ['QC-06', 'Montréal', 'Montréal'],
  ['QC-07', 'Outaouais', 'Outaouais'],
  ['QC-08', 'Abitibi-Témiscamingue', 'Abitibi-Témiscamingue'],
  ['QC-09', 'Côte-Nord', 'Côte-Nord'],
  ['QC-10', 'Nord-du-Québec', 'Nord-du-Québec'],
  ['QC-11', 'Gaspésie–Îles-de-la-Madeleine', 'Gaspésie–Îles-de-la-Madeleine'],
  ['QC-12', 'Chaudière-Appalaches', 'Chaudière-Appalaches'],
  ['QC-13', 'Laval', 'Laval'],
  ['QC-14', 'Lanaudière', 'Lanaudière'],
  ['QC-15', 'Laurentides', 'Laurentides'],
  ['QC-16', 'Montérégie', 'Montérégie'],
  ['QC-17', 'Centre-du-Québec', 'Centre-du-Québec'],
];

const organization = (id: string, name: string) => ({ __typename: 'Organization' as const, id, name, acronym: null });

export function organizationRow(
  id: string,
  name: string,
  meetingsAttended: number,
  overrides: Partial<OrganizationActivityItem> = {},
): OrganizationActivityItem {
  return {
    __typename: 'OrganizationActivity',
    organization: organization(id, name),
    meetingsAttended,
    meetingsHeld: 4,
    actionItemsCompleted: 1,
    actionItemsOpen: 2,
    ballotsCast: 3,
    ...overrides,
  };
}

export function month(value: string, counts: Partial<Omit<MonthActivityItem, '__typename' | 'month'>> = {}): MonthActivityItem {
  return { __typename: 'MonthActivity', month: value, meetingsHeld: 0, decisions: 0, actionItemsCreated: 0, actionItemsCompleted: 0, ...counts };
}

/** Three months of a fictitious regional table: four meetings, one without quorum, four organizations. */
export function tableReport(overrides: Partial<TableReport> = {}): TableReport {
  return {
    __typename: 'TableReport',
    from: '2026-04-01',
    to: '2026-06-30',
    table: { __typename: 'RoundTable', id: 'table-1', name: 'Table régionale de Montréal' },
    meetingsHeld: 4,
    meetingsCancelled: 1,
    quorumMissed: 1,
    attendanceRate: 0.8125,
    decisions: 7,
    votes: 2,
    actionItems: { __typename: 'ActionItemStats', created: 9, completed: 5, overdue: 3, medianDaysToComplete: 12.5 },
    referralsSent: 2,
    referralsReceived: 3,
    referralsAnswered: 2,
    medianDaysToAnswerReferral: 4.5,
    consultationsRun: 1,
    consultationResponseRate: null,
    organizations: [
      organizationRow('org-police', 'Corps de police fictif', 3),
      organizationRow('org-cisss', 'CISSS fictif de Montréal', 4),
      organizationRow('org-ecole', 'Centre de services scolaire fictif', 2),
      organizationRow('org-aide', 'Aide aux jeunes (fictif)', 4),
    ],
    months: [
      month('2026-04', { meetingsHeld: 2, decisions: 3, actionItemsCreated: 4, actionItemsCompleted: 1 }),
      month('2026-05', { meetingsHeld: 1, decisions: 4, actionItemsCreated: 5, actionItemsCompleted: 2 }),
      month('2026-06', { meetingsHeld: 1, actionItemsCompleted: 2 }),
    ],
    ...overrides,
  };
}

/** Nothing happened over the period; a few action items are overdue all the same. */
export function quietReport(): TableReport {
  return tableReport({
    meetingsHeld: 0,
    meetingsCancelled: 0,
    quorumMissed: 0,
    attendanceRate: null,
    decisions: 0,
    votes: 0,
    actionItems: { __typename: 'ActionItemStats', created: 0, completed: 0, overdue: 2, medianDaysToComplete: null },
    referralsSent: 0,
    referralsReceived: 0,
    referralsAnswered: 0,
    medianDaysToAnswerReferral: null,
    consultationsRun: 0,
    consultationResponseRate: null,
    organizations: [organizationRow('org-police', 'Corps de police fictif', 0, { meetingsHeld: 0, actionItemsCompleted: 0, ballotsCast: 0 })],
    months: [month('2026-04'), month('2026-05'), month('2026-06')],
  });
}

export function networkTable(
  id: string,
  name: string,
  level: NetworkTableActivity['table']['level'],
  figures: { meetingsHeld: number; attendanceRate: number | null; overdue: number; medianDaysToAnswerReferral: number | null },
): NetworkTableActivity {
  return {
    __typename: 'TableReport',
    table: { __typename: 'RoundTable', id, name, level },
    meetingsHeld: figures.meetingsHeld,
    attendanceRate: figures.attendanceRate,
    actionItems: { __typename: 'ActionItemStats', overdue: figures.overdue },
    medianDaysToAnswerReferral: figures.medianDaysToAnswerReferral,
  };
}

/** Montréal busiest (9 meetings), Laval 4, Estrie 1, the other regions none. */
export function regionRows(): RegionActivityItem[] {
  const meetings: Record<string, number> = { 'QC-06': 9, 'QC-13': 4, 'QC-05': 1 };
  return QUEBEC_REGIONS.map(([code, nameFr, nameEn]) => ({
    __typename: 'RegionActivity',
    region: { __typename: 'Region', id: `region-${code}`, code, nameFr, nameEn },
    tables: meetings[code] ? 1 : 0,
    meetingsHeld: meetings[code] ?? 0,
    attendanceRate: meetings[code] ? 0.75 : null,
    protocolsAdopted: code === 'QC-06' ? 2 : 0,
  }));
}

export function networkReport(): NetworkReport {
  return {
    __typename: 'NetworkReport',
    from: '2025-06-01',
    to: '2026-05-14',
    tables: [
      networkTable('t-est', 'Table régionale de l’Estrie', 'REGIONAL', { meetingsHeld: 1, attendanceRate: 0.5, overdue: 0, medianDaysToAnswerReferral: null }),
      networkTable('t-lav', 'Table régionale de Laval', 'REGIONAL', { meetingsHeld: 4, attendanceRate: 0.6, overdue: 5, medianDaysToAnswerReferral: 2 }),
      networkTable('t-mtl', 'Table régionale de Montréal', 'REGIONAL', { meetingsHeld: 9, attendanceRate: 0.9, overdue: 2, medianDaysToAnswerReferral: 6.5 }),
      networkTable('t-nat', 'Table nationale fictive', 'NATIONAL', { meetingsHeld: 3, attendanceRate: 0.7, overdue: 1, medianDaysToAnswerReferral: 3 }),
      networkTable('t-qc', 'Table provinciale fictive', 'PROVINCIAL', { meetingsHeld: 0, attendanceRate: null, overdue: 4, medianDaysToAnswerReferral: null }),
    ],
    regions: regionRows(),
  };
}
