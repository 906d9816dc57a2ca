import { tallyVote } from '@concertation/shared-domain';
import { DEMO_MONTREAL_CHAIR_EMAIL, DEMO_PASSWORD } from '../src/startup/demo-data';
import { DEMO_HISTORY_CONSULTATIONS, DEMO_HISTORY_REFERRALS, DEMO_HISTORY_TABLES } from '../src/startup/demo-history.set';
import { startTestApp, type TestApp } from './support/test-app';

const MONTREAL = 'Table régionale de Montréal (fictive)';
const YEAR_AGO = `now() - interval '1 year'`;
/** The meetings of the year of history: their titles are theirs alone (the other demo meetings are of the last weeks). */
const HISTORY_TITLES = DEMO_HISTORY_TABLES.map((t) => t.title);

describe('the demo data set: a year of history', () => {
  let t: TestApp;
  const login = async (email: string): Promise<string> =>
    (await t.gql(`mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }`, { e: email, p: DEMO_PASSWORD })).data.login
      .accessToken;
  const tableId = async (name: string): Promise<string> => (await t.dataSource.query(`SELECT id FROM round_table WHERE name = $1`, [name]))[0].id;

  beforeAll(async () => {
    t = await startTestApp({ DEMO_DATA: '1' });
  });
  afterAll(() => t.close());

  it('holds about one meeting a month at Montréal, the other regional tables and the provincial one, on weekdays, with a few cancelled', async () => {
    const rows: Array<{ name: string; level: string; held: number; months: number; cancelled: number; reasons: number; weekend: number }> =
      await t.dataSource.query(
        `SELECT t.name, t.level,
                count(*) FILTER (WHERE m.status = 'ADJOURNED')::int AS held,
                count(DISTINCT to_char(m.starts_at AT TIME ZONE m.time_zone, 'YYYY-MM')) FILTER (WHERE m.status = 'ADJOURNED')::int AS months,
                count(*) FILTER (WHERE m.status = 'CANCELLED')::int AS cancelled,
                count(*) FILTER (WHERE m.status = 'CANCELLED' AND m.cancelled_reason <> '')::int AS reasons,
                count(*) FILTER (WHERE m.title = ANY($1) AND extract(isodow FROM m.starts_at AT TIME ZONE m.time_zone) > 5)::int AS weekend
           FROM round_table t JOIN meeting m ON m.table_id = t.id
          WHERE m.starts_at >= ${YEAR_AGO} AND m.starts_at < now()
          GROUP BY t.name, t.level`,
        [HISTORY_TITLES],
      );
    const montreal = rows.find((r) => r.name === MONTREAL);
    expect(montreal?.held).toBeGreaterThanOrEqual(10);
    const monthly = rows.filter((r) => r.level === 'REGIONAL' || r.level === 'PROVINCIAL');
    expect(monthly).toHaveLength(4);
    for (const r of monthly) {
      expect([r.name, r.held >= 9, r.months >= 8]).toEqual([r.name, true, true]);
    }
    expect(rows.reduce((n, r) => n + r.cancelled, 0)).toBeGreaterThanOrEqual(2);
    for (const r of rows) expect([r.name, r.cancelled, r.weekend]).toEqual([r.name, r.reasons, 0]);
  });

  it('records who attended each held meeting, rates differing by organization, and one meeting short of quorum (as the API counts it)', async () => {
    const missing = await t.dataSource.query(
      `SELECT m.id FROM meeting m WHERE m.title = ANY($1) AND m.status = 'ADJOURNED'
          AND (NOT EXISTS (SELECT 1 FROM attendance a WHERE a.meeting_id = m.id) OR NOT EXISTS (SELECT 1 FROM rsvp r WHERE r.meeting_id = m.id))`,
      [HISTORY_TITLES],
    );
    expect(missing).toEqual([]);
    const id = await tableId(MONTREAL);
    const rates: Array<{ name: string; attended: number }> = await t.dataSource.query(
      `SELECT o.name, count(DISTINCT a.meeting_id) FILTER (WHERE a.status = 'PRESENT')::int AS attended
         FROM table_membership tm JOIN organization o ON o.id = tm.organization_id
         LEFT JOIN attendance a ON a.organization_id = tm.organization_id
              AND a.meeting_id IN (SELECT id FROM meeting WHERE table_id = $1 AND status = 'ADJOURNED' AND starts_at >= ${YEAR_AGO})
        WHERE tm.table_id = $1 AND tm.status = 'ACTIVE' GROUP BY o.name`,
      [id],
    );
    expect(rates).toHaveLength(4);
    expect(new Set(rates.map((r) => r.attended)).size).toBeGreaterThanOrEqual(3);
    const statuses: Array<{ status: string }> = await t.dataSource.query(
      `SELECT DISTINCT status FROM attendance WHERE meeting_id IN (SELECT id FROM meeting WHERE title = ANY($1))`,
      [HISTORY_TITLES],
    );
    expect(statuses.map((s) => s.status).sort()).toEqual(['ABSENT', 'EXCUSED', 'PRESENT']);

    const from = new Date(Date.now() - 365 * 86_400_000).toISOString();
    const r = await t.gql(
      `query($id: ID!, $from: DateTime, $to: DateTime) { table(id: $id) { meetings(from: $from, to: $to, status: ADJOURNED) { title quorum { reached } } } }`,
      { id, from, to: new Date().toISOString() },
      await login(DEMO_MONTREAL_CHAIR_EMAIL),
    );
    expect(r.errors).toBeUndefined();
    const quorum = r.data.table.meetings.map((m: { quorum: { reached: boolean } }) => m.quorum.reached);
    expect(quorum.filter((reached: boolean) => !reached)).toHaveLength(1);
    expect(quorum.filter((reached: boolean) => reached).length).toBeGreaterThanOrEqual(9);
  });

  it('has decisions and closed votes whose ballots come from the organizations present, counted as closeVote counts', async () => {
    const votes: Array<{
      id: string;
      meeting_id: string;
      results: Array<{ option: string; count: number }>;
      passed: boolean;
      outcome: string;
      counts: number[];
    }> = await t.dataSource.query(
      `SELECT v.id, v.meeting_id, v.results, v.passed, d.outcome, ARRAY[d.votes_for, d.votes_against, d.abstentions] AS counts
           FROM vote v JOIN meeting m ON m.id = v.meeting_id JOIN decision d ON d.id = v.decision_id
          WHERE m.title = ANY($1) AND v.status = 'CLOSED'`,
      [HISTORY_TITLES],
    );
    expect(votes.length).toBeGreaterThanOrEqual(8);
    for (const v of votes) {
      const ballots: Array<{ choice: string; present: boolean }> = await t.dataSource.query(
        `SELECT b.choice, EXISTS (SELECT 1 FROM attendance a WHERE a.meeting_id = $2 AND a.user_id = b.cast_by_id AND a.organization_id = b.organization_id AND a.status = 'PRESENT') AS present
           FROM ballot b WHERE b.vote_id = $1`,
        [v.id, v.meeting_id],
      );
      expect(ballots.length).toBeGreaterThanOrEqual(2);
      expect(ballots.every((b) => b.present)).toBe(true);
      const tally = tallyVote(
        'YES_NO_ABSTAIN',
        ['YES', 'NO', 'ABSTAIN'],
        'SIMPLE_MAJORITY',
        ballots.map((b) => b.choice),
      );
      expect(v.results).toEqual(tally.results);
      expect([v.passed, v.outcome]).toEqual([tally.passed, tally.passed ? 'ADOPTED' : 'REJECTED']);
      expect(v.counts).toEqual(tally.results.map((x) => x.count));
    }
    const outcomes: Array<{ outcome: string }> = await t.dataSource.query(
      `SELECT DISTINCT d.outcome FROM decision d JOIN meeting m ON m.id = d.meeting_id WHERE m.title = ANY($1)`,
      [HISTORY_TITLES],
    );
    expect(outcomes.map((o) => o.outcome).sort()).toEqual(['ADOPTED', 'CONSENSUS', 'DEFERRED', 'REJECTED']);
  });

  it('has action items created and completed month after month, with different delays, and a few still open and overdue', async () => {
    const items: Array<{ status: string; created: string; completed: string | null; days: number | null; overdue: boolean }> = await t.dataSource.query(
      `SELECT x.status, to_char(x.created_at, 'YYYY-MM') AS created, to_char(x.completed_at, 'YYYY-MM') AS completed,
              round(extract(epoch FROM x.completed_at - x.created_at) / 86400)::int AS days,
              x.due_on < (now() AT TIME ZONE 'America/Toronto')::date AS overdue
         FROM action_item x JOIN meeting m ON m.id = x.meeting_id WHERE m.title = ANY($1)`,
      [HISTORY_TITLES],
    );
    const done = items.filter((i) => i.status === 'DONE');
    expect(done.length).toBeGreaterThanOrEqual(15);
    expect(new Set(done.map((i) => i.completed)).size).toBeGreaterThanOrEqual(6);
    expect(new Set(items.map((i) => i.created)).size).toBeGreaterThanOrEqual(9);
    expect(new Set(done.map((i) => i.days)).size).toBeGreaterThanOrEqual(8);
    for (const i of done) expect(i.days).toBeGreaterThan(0);
    const open = items.filter((i) => ['OPEN', 'IN_PROGRESS', 'BLOCKED'].includes(i.status));
    expect(open.length).toBeGreaterThanOrEqual(3);
    expect(open.every((i) => i.overdue)).toBe(true);
    expect(items.some((i) => i.status === 'CANCELLED')).toBe(true);
  });

  it('has referrals sent up and answered after different delays, and closed consultations with their responses', async () => {
    const referrals: Array<{ status: string; days: number; from_level: string }> = await t.dataSource.query(
      `SELECT r.status, round(extract(epoch FROM r.decided_at - r.referred_at) / 86400)::int AS days, f.level AS from_level
         FROM referral r JOIN round_table f ON f.id = r.from_table_id WHERE r.title = ANY($1)`,
      [DEMO_HISTORY_REFERRALS.map((r) => r.title)],
    );
    expect(referrals).toHaveLength(DEMO_HISTORY_REFERRALS.length);
    expect(new Set(referrals.map((r) => r.status))).toEqual(new Set(['ACCEPTED', 'DECLINED']));
    expect(new Set(referrals.map((r) => r.days)).size).toBeGreaterThanOrEqual(6);
    expect(new Set(referrals.map((r) => r.from_level))).toEqual(new Set(['REGIONAL', 'PROVINCIAL']));

    const consultations: Array<{ status: string; closed_in_year: boolean; invited: number; responses: number }> = await t.dataSource.query(
      `SELECT c.status, c.closed_at >= ${YEAR_AGO} AS closed_in_year,
              (SELECT count(*)::int FROM consultation_invitation i WHERE i.consultation_id = c.id) AS invited,
              (SELECT count(*)::int FROM consultation_response r WHERE r.consultation_id = c.id) AS responses
         FROM consultation c WHERE c.title = ANY($1)`,
      [DEMO_HISTORY_CONSULTATIONS.map((c) => c.title)],
    );
    expect(consultations).toHaveLength(DEMO_HISTORY_CONSULTATIONS.length);
    for (const c of consultations) {
      expect(c).toEqual({ status: 'CLOSED', closed_in_year: true, invited: expect.any(Number), responses: expect.any(Number) });
      expect(c.responses).toBeGreaterThan(0);
      expect(c.responses).toBeLessThanOrEqual(c.invited);
    }
  });

  it('sends no notification about the past year, and leaves the home page to what is current', async () => {
    // The reminders job's ACTION_ITEM_DUE about overdue items is the job's, not the history's (and does not run in tests).
    const [{ n }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM notification n
        WHERE n.kind <> 'ACTION_ITEM_DUE' AND (
              n.meeting_id IN (SELECT id FROM meeting WHERE title = ANY($1))
           OR n.subject_id IN (SELECT id FROM referral WHERE title = ANY($2))
           OR n.subject_id IN (SELECT id FROM consultation WHERE title = ANY($3))
           OR n.subject_id IN (SELECT x.id FROM action_item x JOIN meeting m ON m.id = x.meeting_id WHERE m.title = ANY($1)))`,
      [HISTORY_TITLES, DEMO_HISTORY_REFERRALS.map((r) => r.title), DEMO_HISTORY_CONSULTATIONS.map((c) => c.title)],
    );
    expect(n).toBe(0);
    const home = await t.gql(`{ whatNeedsMe { decisions { kind } nextMeetings { startsAt } } }`, {}, await login('presidence.quebec@exemple.test'));
    expect(home.errors).toBeUndefined();
    // The answered referrals of the year wait for no one: the Québec chair has the one pending referral only.
    expect(home.data.whatNeedsMe.decisions.filter((d: { kind: string }) => d.kind === 'REFERRAL')).toHaveLength(1);
    for (const m of home.data.whatNeedsMe.nextMeetings) expect(new Date(m.startsAt).getTime()).toBeGreaterThan(Date.now() - 3 * 3600_000);
  });

  it('gives the Montréal table a report of the last twelve months with something in every figure', async () => {
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Toronto' }).format(new Date());
    const yearBefore = new Date(`${today}T12:00:00Z`);
    yearBefore.setUTCFullYear(yearBefore.getUTCFullYear() - 1);
    yearBefore.setUTCDate(yearBefore.getUTCDate() + 1);
    const r = await t.gql(
      `query($id: ID!, $from: Date!, $to: Date!) { tableReport(tableId: $id, from: $from, to: $to) {
        meetingsHeld meetingsCancelled quorumMissed attendanceRate decisions votes
        actionItems { created completed overdue medianDaysToComplete }
        referralsSent referralsReceived referralsAnswered medianDaysToAnswerReferral consultationsRun consultationResponseRate
        organizations { meetingsAttended meetingsHeld actionItemsCompleted ballotsCast }
        months { month meetingsHeld decisions actionItemsCreated actionItemsCompleted } } }`,
      { id: await tableId(MONTREAL), from: yearBefore.toISOString().slice(0, 10), to: today },
      await login(DEMO_MONTREAL_CHAIR_EMAIL),
    );
    expect(r.errors).toBeUndefined();
    const report = r.data.tableReport;
    expect(report.meetingsHeld).toBeGreaterThanOrEqual(12);
    expect(report.meetingsCancelled).toBeGreaterThanOrEqual(1);
    expect(report.quorumMissed).toBe(1);
    expect(report.attendanceRate).toBeGreaterThan(0.5);
    expect(report.attendanceRate).toBeLessThan(1);
    expect(report.decisions).toBeGreaterThanOrEqual(8);
    expect(report.votes).toBeGreaterThanOrEqual(5);
    expect(report.actionItems.completed).toBeGreaterThanOrEqual(7);
    expect(report.actionItems.overdue).toBeGreaterThanOrEqual(2);
    expect(report.actionItems.medianDaysToComplete).toBeGreaterThan(0);
    expect(report.referralsSent).toBeGreaterThanOrEqual(4);
    expect(report.organizations).toHaveLength(4);
    expect(new Set(report.organizations.map((o: { meetingsAttended: number }) => o.meetingsAttended)).size).toBeGreaterThanOrEqual(3);
    expect(report.organizations.every((o: { ballotsCast: number }) => o.ballotsCast > 0)).toBe(true);
    expect(report.months.length).toBeGreaterThanOrEqual(12);
    expect(report.months.filter((m: { meetingsHeld: number }) => m.meetingsHeld > 0).length).toBeGreaterThanOrEqual(9);
    expect(report.months.filter((m: { actionItemsCompleted: number }) => m.actionItemsCompleted > 0).length).toBeGreaterThanOrEqual(5);
  });

  it('gives the coordinator a network report where the provincial table answered referrals and regional tables ran consultations', async () => {
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Toronto' }).format(new Date());
    const r = await t.gql(
      `query($from: Date!, $to: Date!) { networkReport(from: $from, to: $to) {
        tables { table { name level } meetingsHeld referralsReceived referralsAnswered medianDaysToAnswerReferral consultationsRun consultationResponseRate }
        regions { meetingsHeld } } }`,
      { from: `${Number(today.slice(0, 4)) - 1}${today.slice(4)}`, to: today },
      await login('coordination@exemple.test'),
    );
    expect(r.errors).toBeUndefined();
    const { tables, regions } = r.data.networkReport;
    const quebec = tables.find((x: { table: { level: string } }) => x.table.level === 'PROVINCIAL');
    expect(quebec.referralsReceived).toBeGreaterThanOrEqual(DEMO_HISTORY_REFERRALS.filter((x) => x.to === 'quebec').length);
    expect(quebec.referralsAnswered).toBeGreaterThanOrEqual(7);
    expect(quebec.medianDaysToAnswerReferral).toBeGreaterThan(1);
    const consulting = tables.filter(
      (x: { table: { level: string }; consultationResponseRate: number | null }) => x.table.level === 'REGIONAL' && x.consultationResponseRate !== null,
    );
    expect(consulting.length).toBeGreaterThanOrEqual(2);
    for (const x of tables) expect([x.table.name, x.meetingsHeld > 0]).toEqual([x.table.name, true]);
    expect(regions.filter((x: { meetingsHeld: number }) => x.meetingsHeld > 0).length).toBeGreaterThanOrEqual(3);
  });

  it('seats everyone and admits every member before the year begins', async () => {
    const [{ late }] = await t.dataSource.query(
      `SELECT (SELECT count(*) FROM table_participant WHERE since > ${YEAR_AGO} - interval '1 day')
            + (SELECT count(*) FROM table_membership WHERE status = 'ACTIVE' AND decided_at > ${YEAR_AGO} - interval '1 day')
            + (SELECT count(*) FROM round_table WHERE created_at > ${YEAR_AGO} - interval '1 day') AS late`,
    );
    expect(Number(late)).toBe(0);
    const [{ before }] = await t.dataSource.query(
      `SELECT count(*)::int AS before FROM meeting m JOIN round_table t ON t.id = m.table_id WHERE m.starts_at < t.created_at OR m.created_at < t.created_at`,
    );
    expect(before).toBe(0);
  });
});
