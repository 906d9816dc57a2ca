import { codeOf, startTestApp, type TestApp } from './support/test-app';
import { createUser } from './support/fixtures';
import { NAMES, NETWORK_REPORT, PERIOD, TABLE_REPORT, expectedTableT, markersIn, reportNetwork, type ReportNetwork } from './support/report-fixtures';

const UNKNOWN_ID = '6f1c1d2e-3b4a-4c5d-8e9f-0a1b2c3d4e5f';
const QUEBEC_REGIONS = Array.from({ length: 17 }, (_, i) => `QC-${String(i + 1).padStart(2, '0')}`);

/** Rates and medians compared to 6 decimals: a database's average may end in …9999. */
function rounded<T>(value: T): T {
  if (typeof value === 'number') return (Number.isInteger(value) ? value : Math.round(value * 1e6) / 1e6) as T;
  if (Array.isArray(value)) return value.map(rounded) as T;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, rounded(v)])) as T;
  return value;
}

describe('reports: tableReport and networkReport over a hand-built network', () => {
  let t: TestApp;
  let n: ReportNetwork;
  /** Every answer the tests received, scanned at the end for the fixture's titles, texts and names. */
  const answers: string[] = [];

  beforeAll(async () => {
    t = await startTestApp();
    n = await reportNetwork(t);
  });
  afterAll(() => t.close());

  const tableReport = async (tableId: string, token: string | null, from: string = PERIOD.from, to: string = PERIOD.to) => {
    const r = await t.gql(TABLE_REPORT, { id: tableId, from, to }, token);
    answers.push(JSON.stringify(r));
    return r;
  };
  const reportOf = async (tableId: string, token: string, from?: string, to?: string) => {
    const r = await tableReport(tableId, token, from, to);
    expect(r.errors).toBeUndefined();
    return rounded(r.data.tableReport);
  };
  const networkReport = async (token: string | null, from: string = PERIOD.from, to: string = PERIOD.to) => {
    const r = await t.gql(NETWORK_REPORT, { from, to }, token);
    answers.push(JSON.stringify(r));
    return r;
  };

  it("gives a chair every figure of the table's period, as defined", async () => {
    expect(await reportOf(n.tableT, n.people.tChair.token)).toEqual(expectedTableT(n));
  });

  it('gives the same report to the secretary, to officers of the tables above (any depth) and to a coordinator, in-camera decisions counted', async () => {
    const expected = expectedTableT(n);
    for (const viewer of [n.people.tSecretary, n.people.pSecretary, n.people.nChair, n.people.coordinator]) {
      expect(await reportOf(n.tableT, viewer.token)).toEqual(expected);
    }
  });

  it('refuses members, observers, officers of other or lower tables and strangers; asks anonymous callers to sign in', async () => {
    const { people } = n;
    for (const viewer of [people.aRep, people.tObserver, people.eRep, people.pMember, people.uChair, people.vChair, people.stranger, people.aSubstitute]) {
      const r = await tableReport(n.tableT, viewer.token);
      expect({ code: codeOf(r), data: r.data?.tableReport ?? null }).toEqual({ code: 'FORBIDDEN', data: null });
    }
    // T's chair sits below P and beside U: neither is theirs to report on.
    expect(codeOf(await tableReport(n.provincial, people.tChair.token))).toBe('FORBIDDEN');
    expect(codeOf(await tableReport(n.tableU, people.tChair.token))).toBe('FORBIDDEN');
    expect(codeOf(await tableReport(n.tableT, null))).toBe('UNAUTHENTICATED');

    expect((await networkReport(people.coordinator.token)).errors).toBeUndefined();
    for (const viewer of [people.nChair, people.pSecretary, people.tChair, people.aRep]) {
      const r = await networkReport(viewer.token);
      expect({ code: codeOf(r), data: r.data?.networkReport ?? null }).toEqual({ code: 'FORBIDDEN', data: null });
    }
    expect(codeOf(await networkReport(null))).toBe('UNAUTHENTICATED');
  });

  it("takes a majority of ACTIVE members as quorum when the table sets none, and a referral's answer time to one decimal", async () => {
    const u = await reportOf(n.tableU, n.people.uChair.token);
    expect(u).toMatchObject({
      meetingsHeld: 2,
      meetingsCancelled: 0,
      // 4 ACTIVE members: 3 needed. U1 had 2 (missed), U2 had 4.
      quorumMissed: 1,
      attendanceRate: 0.75,
      decisions: 0,
      votes: 0,
      actionItems: { created: 1, completed: 1, overdue: 0, medianDaysToComplete: 1 },
      // Four to T in the period (one to T before it); one from T, sent 31 March at 23:00 local, answered 9.5 days later.
      referralsSent: 4,
      referralsReceived: 1,
      referralsAnswered: 1,
      medianDaysToAnswerReferral: 9.5,
      consultationsRun: 0,
      consultationResponseRate: null,
    });
    expect(u.organizations.map((o: any) => [o.organization.name, o.meetingsAttended, o.meetingsHeld, o.actionItemsCompleted, o.actionItemsOpen])).toEqual([
      [NAMES.orgA, 1, 2, 1, 0],
      [NAMES.orgB, 1, 2, 0, 0],
      [NAMES.orgG, 2, 2, 0, 0],
      [NAMES.orgH, 2, 2, 0, 0],
    ]);
  });

  it('says null, not zero, for rates and medians without anything to measure, and lists every month of the period', async () => {
    const national = await reportOf(n.national, n.people.nChair.token);
    expect(national).toMatchObject({
      meetingsHeld: 0,
      attendanceRate: null,
      actionItems: { created: 0, completed: 0, overdue: 0, medianDaysToComplete: null },
      medianDaysToAnswerReferral: null,
      consultationResponseRate: null,
    });
    expect(national.organizations).toEqual([
      { organization: { id: n.org.H, name: NAMES.orgH }, meetingsAttended: 0, meetingsHeld: 0, actionItemsCompleted: 0, actionItemsOpen: 0, ballotsCast: 0 },
    ]);
    expect(national.months).toEqual(
      ['2026-01', '2026-02', '2026-03'].map((month) => ({ month, meetingsHeld: 0, decisions: 0, actionItemsCreated: 0, actionItemsCompleted: 0 })),
    );
  });

  it('restricts a partial first and last month to the period, `to` included to the end of its day', async () => {
    // 15 January to 14 February: M2 (14 February, 10:00) is in; M1 (10 January) is not.
    const part = await reportOf(n.tableT, n.people.tChair.token, '2026-01-15', '2026-02-14');
    expect(part).toMatchObject({ from: '2026-01-15', to: '2026-02-14', meetingsHeld: 1, decisions: 1, votes: 1 });
    expect(part.actionItems).toEqual({ created: 2, completed: 1, overdue: 2, medianDaysToComplete: 10 });
    expect(part.months).toEqual([
      { month: '2026-01', meetingsHeld: 0, decisions: 0, actionItemsCreated: 1, actionItemsCompleted: 0 },
      { month: '2026-02', meetingsHeld: 1, decisions: 1, actionItemsCreated: 1, actionItemsCompleted: 1 },
    ]);
    expect(part.organizations.map((o: any) => [o.meetingsAttended, o.meetingsHeld, o.ballotsCast])).toEqual([
      [1, 1, 1],
      [1, 1, 1],
      [0, 1, 0],
      [0, 1, 0],
    ]);

    // One day: 31 March holds M3 (23:30 local, 1 April in UTC) and the action item created at 23:00.
    const lastDay = await reportOf(n.tableT, n.people.tChair.token, '2026-03-31', '2026-03-31');
    expect(lastDay).toMatchObject({ meetingsHeld: 1, quorumMissed: 1, attendanceRate: 0.25, decisions: 1, referralsSent: 1 });
    expect(lastDay.months).toEqual([{ month: '2026-03', meetingsHeld: 1, decisions: 1, actionItemsCreated: 1, actionItemsCompleted: 0 }]);

    // 1 January alone: M7 (31 December, 23:30 local) and the referral received then are not in it.
    const firstDay = await reportOf(n.tableT, n.people.tChair.token, '2026-01-01', '2026-01-01');
    expect(firstDay).toMatchObject({ meetingsHeld: 0, decisions: 0, votes: 0, referralsReceived: 0, actionItems: { created: 0, completed: 0 } });

    // Across a new year: December then January.
    const newYear = await reportOf(n.tableT, n.people.tChair.token, '2025-12-15', '2026-01-14');
    expect(newYear.months.map((m: any) => [m.month, m.meetingsHeld, m.decisions, m.actionItemsCreated, m.actionItemsCompleted])).toEqual([
      ['2025-12', 1, 1, 1, 0],
      ['2026-01', 1, 2, 3, 2],
    ]);
    // Received: 15 December, 31 December at 23:30 local, 10 January.
    expect(newYear).toMatchObject({ meetingsCancelled: 1, referralsSent: 1, referralsReceived: 3 });
  });

  it('reports on the whole network for a coordinator: each table not archived, by name, and the 17 regions of Quebec', async () => {
    const r = await networkReport(n.people.coordinator.token);
    expect(r.errors).toBeUndefined();
    const network = rounded(r.data.networkReport);
    expect({ from: network.from, to: network.to }).toEqual(PERIOD);
    expect(network.tables.map((table: any) => table.table.name)).toEqual([NAMES.national, NAMES.provincial, NAMES.tableT, NAMES.tableU, NAMES.tableV]);
    // Each table's entry is its own report.
    for (const [tableId, token] of [
      [n.tableT, n.people.tChair.token],
      [n.tableU, n.people.uChair.token],
      [n.provincial, n.people.pSecretary.token],
    ] as const) {
      expect(network.tables.find((table: any) => table.table.id === tableId)).toEqual(await reportOf(tableId, token));
    }
    expect(network.tables.find((table: any) => table.table.id === n.tableT)).toEqual(expectedTableT(n));

    expect(network.regions.map((region: any) => region.region.code)).toEqual(QUEBEC_REGIONS);
    const figures = Object.fromEntries(
      network.regions.map((region: any) => [region.region.code, [region.tables, region.meetingsHeld, region.attendanceRate, region.protocolsAdopted]]),
    );
    const nothing = [0, 0, null, 0];
    expect(figures).toEqual({
      ...Object.fromEntries(QUEBEC_REGIONS.map((code) => [code, nothing])),
      // U: 2 held (2/4, 4/4); no protocol adopted (one in progress, one not started).
      'QC-03': [1, 2, 0.75, 0],
      // T (3/4, 2/4, 1/4) and V (2/2); the archived table's meeting and adoptions left out. P1 (T and V) counts once, P2 (V).
      'QC-06': [2, 4, 0.625, 2],
      // T alone: P1.
      'QC-13': [1, 3, 0.5, 1],
    });
    expect(network.regions.find((region: any) => region.region.code === 'QC-06').region.name).toBe('Montréal');
  });

  it('refuses a period that ends before it starts or lasts more than three years, an unknown table and a malformed date', async () => {
    const chair = n.people.tChair.token;
    const coordinator = n.people.coordinator.token;
    expect(codeOf(await tableReport(n.tableT, chair, '2026-03-31', '2026-01-01'))).toBe('BAD_USER_INPUT');
    expect(codeOf(await tableReport(n.tableT, chair, '2023-01-01', '2026-01-02'))).toBe('BAD_USER_INPUT');
    expect(codeOf(await tableReport(n.tableT, chair, '2026-02-30', '2026-03-31'))).toBe('BAD_USER_INPUT');
    expect(codeOf(await tableReport(n.tableT, chair, '2026-01-01', '31/03/2026'))).toBe('BAD_USER_INPUT');
    // Exactly three years, and a single day, are periods.
    const three = await reportOf(n.tableT, chair, '2023-01-01', '2026-01-01');
    expect(three.months).toHaveLength(37);
    expect(three.months[0].month).toBe('2023-01');
    expect(three.months[36].month).toBe('2026-01');
    expect((await reportOf(n.tableT, chair, '2026-02-14', '2026-02-14')).meetingsHeld).toBe(1);

    expect(codeOf(await tableReport(UNKNOWN_ID, coordinator))).toBe('NOT_FOUND');
    expect(codeOf(await tableReport('pas-un-id', coordinator))).toBe('NOT_FOUND');
    expect(codeOf(await tableReport(n.org.A, coordinator))).toBe('NOT_FOUND');

    expect(codeOf(await networkReport(coordinator, '2026-03-31', '2026-01-01'))).toBe('BAD_USER_INPUT');
    expect(codeOf(await networkReport(coordinator, '2023-01-01', '2026-01-02'))).toBe('BAD_USER_INPUT');
    expect(codeOf(await networkReport(coordinator, '2026-13-01', '2026-12-31'))).toBe('BAD_USER_INPUT');
    expect((await networkReport(coordinator, '2023-01-01', '2026-01-01')).errors).toBeUndefined();
  });

  it('counts memberships and quorum as they are when read', async () => {
    // D withdraws: T has 3 ACTIVE members, D's row goes, and the rates are over 3.
    await t.dataSource.query(`UPDATE table_membership SET status = 'WITHDRAWN' WHERE table_id = $1 AND organization_id = $2`, [n.tableT, n.org.D]);
    await t.dataSource.query(`UPDATE round_table SET quorum = 3 WHERE id = $1`, [n.tableT]);
    try {
      const now = await reportOf(n.tableT, n.people.tChair.token);
      // (3/3 + 2/3 + 1/3) / 3; quorum 3: M2 and M3 miss it.
      expect(now).toMatchObject({ attendanceRate: rounded(2 / 3), quorumMissed: 2 });
      expect(now.organizations.map((o: any) => o.organization.name)).toEqual([NAMES.orgA, NAMES.orgB, NAMES.orgC]);
      // With no quorum of its own, a majority of 3 is 2: only M3 misses it.
      await t.dataSource.query(`UPDATE round_table SET quorum = NULL WHERE id = $1`, [n.tableT]);
      expect((await reportOf(n.tableT, n.people.tChair.token)).quorumMissed).toBe(1);
    } finally {
      await t.dataSource.query(`UPDATE table_membership SET status = 'ACTIVE' WHERE table_id = $1 AND organization_id = $2`, [n.tableT, n.org.D]);
      await t.dataSource.query(`UPDATE round_table SET quorum = 2 WHERE id = $1`, [n.tableT]);
    }
    expect(await reportOf(n.tableT, n.people.tChair.token)).toEqual(expectedTableT(n));
  });

  it('puts no title, text or name of a person in any answer (checked last, over every answer above)', async () => {
    // A reader of another language gets the same figures: nothing in a report is written text.
    const english = await createUser(t, { coordinator: true, locale: 'EN' });
    expect(await reportOf(n.tableT, english.token)).toEqual(expectedTableT(n));
    expect((await networkReport(english.token)).errors).toBeUndefined();
    expect(answers.length).toBeGreaterThan(30);
    const all = answers.join('\n');
    expect(all).toContain(NAMES.tableT);
    expect(all).toContain(NAMES.orgA);
    expect(markersIn(all)).toEqual([]);
    expect(all).not.toContain(NAMES.archived);
  });
});
