import { startTestApp, type TestApp } from './support/test-app';
import { addMembership, createOrganization, createTable, createUser, regionId, type FixtureUser } from './support/fixtures';
import { NETWORK_REPORT, TABLE_REPORT, attend, insertActionItem, insertMeetingAt } from './support/report-fixtures';

/**
 * A report's days and months are the table's calendar days, in the zone of its first region
 * (round_table_region.position), else America/Toronto; `to` counts to the end of its day.
 * Quebec's regions are all America/Toronto (EST −5, EDT −4 from 14 March to 7 November 2027);
 * Newfoundland is America/St_Johns (−3:30, −2:30 from 14 March 2027), Saskatchewan
 * America/Regina (−6 all year). Zones whose future rules differ between tz databases (PGlite's
 * bundled one has British Columbia, Alberta and Manitoba keep summer time all year from 2027,
 * the system's does not) are left out: the figures must not depend on the store.
 */
describe('reports: calendar days and months in the table’s zone', () => {
  let t: TestApp;
  let coordinator: FixtureUser;
  let montreal: string;
  let newfoundland: string;
  let saskatchewan: string;
  let secondRegionPrairie: string;
  let noRegion: string;

  const held = (tableId: string, startsAt: string) => insertMeetingAt(t, tableId, 'ADJOURNED', startsAt);

  beforeAll(async () => {
    t = await startTestApp();
    coordinator = await createUser(t, { coordinator: true });
    const org = await createOrganization(t, { name: 'Centre fictif des fuseaux' });

    montreal = await createTable(t, { name: 'Table fictive de Montréal', regionCodes: ['QC-06'] });
    // Around the end of February, the spring change (14 March), the end of March and of October,
    // the autumn change (7 November, when 01:00 to 02:00 comes twice) and the end of November.
    for (const startsAt of [
      '2027-03-01T04:45:00Z', // 28 Feb 23:45 EST
      '2027-03-01T05:15:00Z', // 1 Mar 00:15 EST
      '2027-03-14T06:30:00Z', // 14 Mar 01:30 EST
      '2027-03-14T07:30:00Z', // 14 Mar 03:30 EDT
      '2027-03-15T03:30:00Z', // 14 Mar 23:30 EDT (a day of 23 hours)
      '2027-03-15T04:30:00Z', // 15 Mar 00:30 EDT
      '2027-04-01T03:30:00Z', // 31 Mar 23:30 EDT
      '2027-11-01T03:30:00Z', // 31 Oct 23:30 EDT
      '2027-11-01T04:30:00Z', // 1 Nov 00:30 EDT
      '2027-11-07T05:30:00Z', // 7 Nov 01:30 EDT
      '2027-11-07T06:30:00Z', // 7 Nov 01:30 EST, the second time
      '2027-11-08T04:30:00Z', // 7 Nov 23:30 EST (a day of 25 hours)
      '2027-11-08T05:30:00Z', // 8 Nov 00:30 EST
      '2027-12-01T04:30:00Z', // 30 Nov 23:30 EST
      '2027-12-01T05:30:00Z', // 1 Dec 00:30 EST
    ]) {
      await held(montreal, startsAt);
    }
    await addMembership(t, montreal, org);
    const actor = await createUser(t, { organizationId: org });
    // Created 31 March at 23:30 EDT, completed 31 October at 23:30 EDT: March's and October's.
    await insertActionItem(t, montreal, actor, { createdAt: '2027-04-01T03:30:00Z', completedAt: '2027-11-01T03:30:00Z', status: 'DONE' });

    // A regional table whose first region is Newfoundland, second the Gaspésie–Îles-de-la-Madeleine.
    newfoundland = await createTable(t, { name: 'Table fictive de Terre-Neuve', regionCodes: ['CA-NL', 'QC-11'] });
    await addMembership(t, newfoundland, org);
    const nlMeetings = {
      lastOfJanuary: await held(newfoundland, '2027-02-01T03:00:00Z'), // 31 Jan 23:30 NST (1 Feb in UTC)
      firstOfFebruary: await held(newfoundland, '2027-02-01T04:00:00Z'), // 1 Feb 00:30 NST (31 Jan 23:00 in Toronto)
      firstOfMarch: await held(newfoundland, '2027-03-01T03:45:00Z'), // 1 Mar 00:15 NST (28 Feb 22:45 in Toronto)
    };
    const person = await createUser(t, { organizationId: org });
    for (const meetingId of Object.values(nlMeetings)) await attend(t, meetingId, person, org);

    saskatchewan = await createTable(t, { name: 'Table fictive de Regina', regionCodes: ['CA-SK', 'QC-06'] });
    await addMembership(t, saskatchewan, org);
    await held(saskatchewan, '2027-02-01T05:30:00Z'); // 31 Jan 23:30 CST (1 Feb 00:30 in Toronto)

    // Its first region (position 1) is Montréal, though Saskatchewan's row was written first.
    secondRegionPrairie = (
      await t.dataSource.query(
        `INSERT INTO round_table (name, search_key, level) VALUES ('Table fictive à deux régions', 'table fictive a deux regions', 'REGIONAL') RETURNING id`,
      )
    )[0].id;
    await t.dataSource.query(`INSERT INTO round_table_region (table_id, region_id, position) VALUES ($1, $2, 2)`, [
      secondRegionPrairie,
      await regionId(t, 'CA-SK'),
    ]);
    await t.dataSource.query(`INSERT INTO round_table_region (table_id, region_id, position) VALUES ($1, $2, 1)`, [
      secondRegionPrairie,
      await regionId(t, 'QC-06'),
    ]);
    await addMembership(t, secondRegionPrairie, org);
    await attend(t, await held(secondRegionPrairie, '2027-02-01T05:30:00Z'), person, org); // 1 Feb 00:30 EST

    noRegion = await createTable(t, { name: 'Table fictive sans région', regionCodes: [] });
    await held(noRegion, '2027-02-01T04:30:00Z'); // 31 Jan 23:30 EST (1 Feb in UTC)
  });
  afterAll(() => t.close());

  const report = async (tableId: string, from: string, to: string) => {
    const r = await t.gql(TABLE_REPORT, { id: tableId, from, to }, coordinator.token);
    expect(r.errors).toBeUndefined();
    return r.data.tableReport;
  };
  const monthly = (months: Array<{ month: string; meetingsHeld: number }>) => months.map((m) => [m.month, m.meetingsHeld]);

  it('puts a meeting late on the last day of a month in that month, though it is the next one in UTC', async () => {
    const year = await report(montreal, '2027-02-01', '2027-11-30');
    expect(year.meetingsHeld).toBe(14);
    expect(monthly(year.months)).toEqual([
      ['2027-02', 1],
      ['2027-03', 6],
      ['2027-04', 0],
      ['2027-05', 0],
      ['2027-06', 0],
      ['2027-07', 0],
      ['2027-08', 0],
      ['2027-09', 0],
      ['2027-10', 1],
      ['2027-11', 6],
    ]);
    const march = year.months.find((m: { month: string }) => m.month === '2027-03');
    const october = year.months.find((m: { month: string }) => m.month === '2027-10');
    expect([march.actionItemsCreated, march.actionItemsCompleted, october.actionItemsCreated, october.actionItemsCompleted]).toEqual([1, 0, 0, 1]);
  });

  it('takes whole local days across the daylight-saving changes (23 hours in March, 25 in November)', async () => {
    const spring = await report(montreal, '2027-03-14', '2027-03-14');
    expect(spring.meetingsHeld).toBe(3);
    expect(monthly(spring.months)).toEqual([['2027-03', 3]]);
    const autumn = await report(montreal, '2027-11-07', '2027-11-07');
    expect(autumn.meetingsHeld).toBe(3);
    expect(monthly(autumn.months)).toEqual([['2027-11', 3]]);
    // The month of March: from 1 March 00:00 EST to 31 March 24:00 EDT.
    expect((await report(montreal, '2027-03-01', '2027-03-31')).meetingsHeld).toBe(6);
    expect((await report(montreal, '2027-02-28', '2027-02-28')).meetingsHeld).toBe(1);
    expect((await report(montreal, '2027-12-01', '2027-12-01')).meetingsHeld).toBe(1);
  });

  it("reads another zone's days when the table's first region is outside Quebec", async () => {
    const february = await report(newfoundland, '2027-02-01', '2027-02-28');
    expect(february.meetingsHeld).toBe(1);
    expect(february.attendanceRate).toBe(1);
    expect(monthly((await report(newfoundland, '2027-01-01', '2027-03-31')).months)).toEqual([
      ['2027-01', 1],
      ['2027-02', 1],
      ['2027-03', 1],
    ]);
    expect(monthly((await report(saskatchewan, '2027-01-01', '2027-02-28')).months)).toEqual([
      ['2027-01', 1],
      ['2027-02', 0],
    ]);
  });

  it('takes the region at the first position, and America/Toronto for a table without a region', async () => {
    expect(monthly((await report(secondRegionPrairie, '2027-01-01', '2027-02-28')).months)).toEqual([
      ['2027-01', 0],
      ['2027-02', 1],
    ]);
    expect(monthly((await report(noRegion, '2027-01-01', '2027-02-28')).months)).toEqual([
      ['2027-01', 1],
      ['2027-02', 0],
    ]);
  });

  it("counts a region's meetings each in its own table's zone in the network report", async () => {
    const r = await t.gql(NETWORK_REPORT, { from: '2027-02-01', to: '2027-02-28' }, coordinator.token);
    expect(r.errors).toBeUndefined();
    const regions = Object.fromEntries(
      r.data.networkReport.regions.map((region: any) => [region.region.code, [region.tables, region.meetingsHeld, region.attendanceRate]]),
    );
    // QC-11 is covered by the Newfoundland table alone: its February (Newfoundland time) holds one meeting.
    expect(regions['QC-11']).toEqual([1, 1, 1]);
    // QC-06: Montréal (28 February at 23:45, nobody present), Regina's table (none in its February), the
    // two-region table (1 February 00:30 in Toronto, its one member present).
    expect(regions['QC-06']).toEqual([3, 2, 0.5]);
  });
});
