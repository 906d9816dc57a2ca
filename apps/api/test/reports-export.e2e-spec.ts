import { startTestApp, type TestApp } from './support/test-app';
import { pdfText } from './support/pdf-text';
import { REPORT_LABELS, shortMonth } from '../src/modules/reports/export/report-labels';
import { NAMES, NETWORK_REPORT, PERIOD, TABLE_REPORT, markersIn, reportNetwork, type ReportNetwork } from './support/report-fixtures';

const UNKNOWN_ID = '6f1c1d2e-3b4a-4c5d-8e9f-0a1b2c3d4e5f';

/** Parses RFC 4180 text (quoted cells, doubled quotes, CRLF) as a spreadsheet would. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n' || (c === '\r' && text[i + 1] === '\n')) {
      if (c === '\r') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows;
}

/** The CSV's rows as records keyed by the header row's labels. */
function records(rows: string[][]): Array<Record<string, string>> {
  const [header, ...body] = rows;
  return body.map((row) => {
    expect(row).toHaveLength(header.length);
    return Object.fromEntries(header.map((label, i) => [label, row[i]]));
  });
}

/** A CSV cell as the figure it stands for: '' is null. */
const figure = (cell: string): number | null => (cell === '' ? null : Number(cell));
/** PDF text with its odd spaces (no-break, narrow) made plain, for matching. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ');
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('reports: CSV and PDF downloads', () => {
  let t: TestApp;
  let n: ReportNetwork;
  const query = `?from=${PERIOD.from}&to=${PERIOD.to}`;

  beforeAll(async () => {
    t = await startTestApp();
    n = await reportNetwork(t);
  });
  afterAll(() => t.close());

  const get = (path: string, token?: string | null) => fetch(`${t.url}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  const graphql = async (tableId: string, token: string) => {
    const r = await t.gql(TABLE_REPORT, { id: tableId, ...PERIOD }, token);
    expect(r.errors).toBeUndefined();
    return r.data.tableReport;
  };
  /** The body of a 200 download of that type, as text (PDF: its extracted text). */
  const download = async (path: string, token: string, type: 'text/csv; charset=utf-8' | 'application/pdf') => {
    const res = await get(path, token);
    expect({ path, status: res.status }).toEqual({ path, status: 200 });
    expect(res.headers.get('content-type')).toBe(type);
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="[^"]+"$/);
    expect(res.headers.get('cache-control')).toBe('private, no-store');
    const bytes = Buffer.from(await res.arrayBuffer());
    if (type === 'application/pdf') {
      expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
      return plain(await pdfText(bytes));
    }
    // UTF-8 with a byte-order mark, so that a spreadsheet reads the accents right.
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes).slice(1);
  };

  it('answers 401 without a valid token, 404 for an unknown table, 403 to whoever may not read the report, 400 for a bad period', async () => {
    const { people } = n;
    for (const ext of ['csv', 'pdf']) {
      const path = (id: string, q = query) => `/reports/tables/${id}.${ext}${q}`;
      expect((await get(path(n.tableT))).status).toBe(401);
      expect((await get(path(n.tableT), 'pas-un-jeton')).status).toBe(401);
      expect((await get(path(UNKNOWN_ID), people.coordinator.token)).status).toBe(404);
      expect((await get(path('pas-un-id'), people.coordinator.token)).status).toBe(404);
      for (const viewer of [people.aRep, people.tObserver, people.pMember, people.uChair, people.stranger]) {
        const res = await get(path(n.tableT), viewer.token);
        expect({ ext, status: res.status }).toEqual({ ext, status: 403 });
        expect(markersIn(await res.text())).toEqual([]);
      }
      for (const bad of [
        '',
        '?from=2026-01-01',
        '?to=2026-03-31',
        '?from=2026-02-30&to=2026-03-31',
        '?from=2026-03-31&to=2026-01-01',
        '?from=2023-01-01&to=2026-01-02',
        '?from=janvier&to=mars',
      ]) {
        expect({ ext, bad, status: (await get(path(n.tableT, bad), people.tChair.token)).status }).toEqual({ ext, bad, status: 400 });
      }
      // The officers of the table and of the tables above, and coordinators.
      for (const viewer of [people.tChair, people.tSecretary, people.pSecretary, people.nChair, people.coordinator]) {
        expect({ ext, status: (await get(path(n.tableT), viewer.token)).status }).toEqual({ ext, status: 200 });
      }
    }
    const network = (q = query) => `/reports/network.csv${q}`;
    expect((await get(network())).status).toBe(401);
    expect((await get(network(), 'pas-un-jeton')).status).toBe(401);
    for (const viewer of [people.nChair, people.pSecretary, people.tChair, people.aRep]) expect((await get(network(), viewer.token)).status).toBe(403);
    for (const bad of ['', '?from=2026-01-01', '?from=2026-03-31&to=2026-01-01', '?from=2023-01-01&to=2026-01-02', '?from=2026-13-01&to=2026-12-31']) {
      expect({ bad, status: (await get(network(bad), people.coordinator.token)).status }).toEqual({ bad, status: 400 });
    }
    expect((await get(network(), people.coordinator.token)).status).toBe(200);
  });

  describe.each([
    ['FR', () => n.people.tChair],
    ['EN', () => n.people.pSecretary],
  ] as const)('a table’s CSV for a reader in %s', (locale, reader) => {
    it('holds a header row, one row per ACTIVE member organization by name, then one per month, with the figures of tableReport', async () => {
      const f = REPORT_LABELS[locale].fields;
      const kinds = REPORT_LABELS[locale].kinds;
      const text = await download(`/reports/tables/${n.tableT}.csv${query}`, reader().token, 'text/csv; charset=utf-8');
      expect(text.endsWith('\r\n')).toBe(true);
      expect(markersIn(text)).toEqual([]);
      const rows = parseCsv(text);
      expect(rows[0]).toEqual(expect.arrayContaining([f.organization, f.month, f.meetingsHeld, f.meetingsAttended, f.actionItemsCompleted, f.actionItemsOpen]));
      expect(rows[0]).toEqual(expect.arrayContaining([f.ballotsCast, f.decisions, f.actionItemsCreated]));
      // A French header is in French, with its accents read back as written.
      expect(rows[0]).toContain(locale === 'FR' ? 'Réunions tenues' : 'Meetings held');
      const report = await graphql(n.tableT, reader().token);
      const lines = records(rows);
      expect(lines).toHaveLength(report.organizations.length + report.months.length);

      const organizations = lines.slice(0, report.organizations.length);
      expect(organizations.map((line) => line[f.organization])).toEqual([NAMES.orgA, NAMES.orgB, NAMES.orgC, NAMES.orgD]);
      organizations.forEach((line, i) => {
        const o = report.organizations[i];
        expect(line[f.organization]).toBe(o.organization.name);
        if (line[f.kind] !== undefined) expect(line[f.kind]).toBe(kinds.organization);
        expect(
          [line[f.meetingsAttended], line[f.meetingsHeld], line[f.actionItemsCompleted], line[f.actionItemsOpen], line[f.ballotsCast]].map(figure),
        ).toEqual([o.meetingsAttended, o.meetingsHeld, o.actionItemsCompleted, o.actionItemsOpen, o.ballotsCast]);
      });

      const months = lines.slice(report.organizations.length);
      expect(months.map((line) => line[f.month])).toEqual(['2026-01', '2026-02', '2026-03']);
      months.forEach((line, i) => {
        const m = report.months[i];
        if (line[f.kind] !== undefined) expect(line[f.kind]).toBe(kinds.month);
        expect(line[f.organization]).toBe('');
        expect([line[f.meetingsHeld], line[f.decisions], line[f.actionItemsCreated], line[f.actionItemsCompleted]].map(figure)).toEqual([
          m.meetingsHeld,
          m.decisions,
          m.actionItemsCreated,
          m.actionItemsCompleted,
        ]);
      });
      // The figures of the hand-built network, so that a CSV and a report wrong alike do not pass.
      expect(months.map((line) => figure(line[f.actionItemsCreated]))).toEqual([4, 2, 3]);
      expect(organizations.map((line) => figure(line[f.meetingsAttended]))).toEqual([3, 2, 1, 0]);
    });
  });

  describe.each([
    ['FR', () => n.people.tChair, ['Du 1er janvier 2026 au 31 mars 2026', 'Réunions tenues', 'Décisions', 'janv.'], 'Meetings held'],
    ['EN', () => n.people.pSecretary, ['From January 1, 2026 to March 31, 2026', 'Meetings held', 'Decisions', 'Jan'], 'Réunions tenues'],
  ] as const)('a table’s PDF for a reader in %s', (locale, reader, words, otherLanguage) => {
    it('holds the table’s name, the period, every figure and each organization’s attendance, in the reader’s language', async () => {
      const labels = REPORT_LABELS[locale];
      const f = labels.fields;
      const text = await download(`/reports/tables/${n.tableT}.pdf${query}`, reader().token, 'application/pdf');
      expect(markersIn(text)).toEqual([]);
      expect(text).toContain(NAMES.tableT);
      for (const word of words) expect(text).toContain(word);
      expect(text).not.toContain(otherLanguage);
      const percent = (rate: number) => plain(labels.percent(rate));
      const days = (value: number) => plain(labels.days(value));
      const r = await graphql(n.tableT, reader().token);
      const figures: Array<[string, string]> = [
        [f.meetingsHeld, '3'],
        [f.meetingsCancelled, '1'],
        [f.quorumMissed, '1'],
        [f.attendanceRate, percent(r.attendanceRate)],
        [f.decisions, '5'],
        [f.votes, '3'],
        [f.actionItemsCreated, '9'],
        [f.actionItemsCompleted, '4'],
        [f.actionItemsOverdue, '2'],
        [f.medianDaysToComplete, days(7)],
        [f.referralsSent, '2'],
        [f.referralsReceived, '4'],
        [f.referralsAnswered, '3'],
        [f.medianDaysToAnswerReferral, days(5)],
        [f.consultationsRun, '3'],
        [f.consultationResponseRate, percent(r.consultationResponseRate)],
      ];
      // Each label is followed by its value (the extracted text may join the two runs without a space).
      const follows = (...parts: string[]) => new RegExp(parts.map((part) => escape(plain(part))).join(' ?')).test(text);
      for (const [label, value] of figures) expect({ figure: label, found: follows(label, value) }).toEqual({ figure: label, found: true });
      expect(percent(0.5)).toBe(locale === 'FR' ? '50 %' : '50%');
      // One bar chart per monthly series: its title, then each month's value above the month's name.
      const month = (m: string) => shortMonth(locale, m);
      for (const [label, values] of [
        [f.meetingsHeld, [1, 1, 1]],
        [f.decisions, [2, 1, 2]],
        [f.actionItemsCreated, [4, 2, 3]],
        [f.actionItemsCompleted, [2, 1, 1]],
      ] as const) {
        const parts = [label, ...values.flatMap((v, i) => [String(v), month(r.months[i].month)])];
        expect({ chart: label, found: follows(...parts) }).toEqual({ chart: label, found: true });
      }
      // Attendance by organization: A came to 3 of the 3 held meetings, D to none.
      for (const [name, attended] of [
        [NAMES.orgA, 3],
        [NAMES.orgB, 2],
        [NAMES.orgC, 1],
        [NAMES.orgD, 0],
      ] as const) {
        expect({ name, found: follows(name, labels.attendedOf(attended, 3)) }).toEqual({ name, found: true });
      }
    });
  });

  it('writes the network’s CSV for a coordinator: one row per table not archived, by name, then one per Quebec region, with the figures of networkReport', async () => {
    const coordinator = n.people.coordinator;
    const f = REPORT_LABELS.FR.fields;
    const text = await download(`/reports/network.csv${query}`, coordinator.token, 'text/csv; charset=utf-8');
    expect(markersIn(text)).toEqual([]);
    expect(text).not.toContain(NAMES.archived);
    const r = await t.gql(NETWORK_REPORT, PERIOD, coordinator.token);
    expect(r.errors).toBeUndefined();
    const report = r.data.networkReport;
    const lines = records(parseCsv(text));
    expect(lines).toHaveLength(report.tables.length + 17);

    const tables = lines.slice(0, report.tables.length);
    expect(tables.map((line) => line[f.name])).toEqual([NAMES.national, NAMES.provincial, NAMES.tableT, NAMES.tableU, NAMES.tableV]);
    tables.forEach((line, i) => {
      const table = report.tables[i];
      const cells: Array<[string, number | null]> = [
        [f.meetingsHeld, table.meetingsHeld],
        [f.meetingsCancelled, table.meetingsCancelled],
        [f.quorumMissed, table.quorumMissed],
        [f.attendanceRate, table.attendanceRate],
        [f.decisions, table.decisions],
        [f.votes, table.votes],
        [f.actionItemsCreated, table.actionItems.created],
        [f.actionItemsCompleted, table.actionItems.completed],
        [f.actionItemsOverdue, table.actionItems.overdue],
        [f.medianDaysToComplete, table.actionItems.medianDaysToComplete],
        [f.referralsSent, table.referralsSent],
        [f.referralsReceived, table.referralsReceived],
        [f.referralsAnswered, table.referralsAnswered],
        [f.medianDaysToAnswerReferral, table.medianDaysToAnswerReferral],
        [f.consultationsRun, table.consultationsRun],
        [f.consultationResponseRate, table.consultationResponseRate],
      ];
      expect({ table: line[f.name], cells: cells.map(([label]) => [label, figure(line[label])]) }).toEqual({ table: table.table.name, cells });
    });
    const t0 = tables[2];
    expect([t0[f.meetingsHeld], t0[f.attendanceRate], t0[f.medianDaysToComplete], t0[f.consultationResponseRate]].map(figure)).toEqual([3, 0.5, 7, 0.5]);

    const regions = lines.slice(report.tables.length);
    expect(regions.map((line) => line[f.name])).toEqual(report.regions.map((region: { region: { name: string } }) => region.region.name));
    expect(regions[0][f.name]).toBe('Bas-Saint-Laurent');
    expect(regions[1][f.name]).toBe('Saguenay–Lac-Saint-Jean');
    regions.forEach((line, i) => {
      const region = report.regions[i];
      expect([line[f.tables], line[f.meetingsHeld], line[f.attendanceRate], line[f.protocolsAdopted]].map(figure)).toEqual([
        region.tables,
        region.meetingsHeld,
        region.attendanceRate,
        region.protocolsAdopted,
      ]);
    });
    const montreal = regions.find((line) => line[f.name] === 'Montréal')!;
    expect([montreal[f.tables], montreal[f.meetingsHeld], montreal[f.attendanceRate], montreal[f.protocolsAdopted]].map(figure)).toEqual([2, 4, 0.625, 2]);
  });

  it('names the regions in English for an English reader', async () => {
    const f = REPORT_LABELS.EN.fields;
    const lines = records(parseCsv(await download(`/reports/network.csv${query}`, n.people.coordinatorEn.token, 'text/csv; charset=utf-8')));
    expect(lines.find((line) => line[f.name] === 'Montreal')).toBeDefined();
    expect(lines.some((line) => line[f.name] === 'Montréal')).toBe(false);
  });
});
