import { DEMO_MONTREAL_CHAIR_EMAIL, DEMO_PASSWORD } from '../src/startup/demo-data';
import { startTestApp, type TestApp } from './support/test-app';
import { localTime } from './support/meeting-fixtures';

const MONTREAL = 'Table régionale de Montréal (fictive)';
const TABLE_MEETINGS = `query($id: ID!) { table(id: $id) { nextMeeting { id title status agendaPublishedAt agenda { position title confidentiality } }
  meetings { id status startsAt agenda { title } attendance { status } rsvps { response } quorum { required present reached } } } }`;

describe('the demo data set: meetings', () => {
  let t: TestApp;
  const login = async (email: string): Promise<string> =>
    (await t.gql(`mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }`, { e: email, p: DEMO_PASSWORD })).data.login.accessToken;
  const tableId = async (name: string): Promise<string> => (await t.dataSource.query(`SELECT id FROM round_table WHERE name = $1`, [name]))[0].id;

  beforeAll(async () => {
    t = await startTestApp({ DEMO_DATA: '1' });
  });
  afterAll(() => t.close());

  it('has past (adjourned) and upcoming (scheduled, agenda published) meetings at Montréal and at another table, some items in camera', async () => {
    const rows: Array<{ name: string; status: string; upcoming: boolean; published: boolean; items: number; in_camera: number }> = await t.dataSource.query(
      `SELECT t.name, m.status, m.starts_at > now() AS upcoming, m.agenda_published_at IS NOT NULL AS published,
              (SELECT count(*)::int FROM agenda_item a WHERE a.meeting_id = m.id) AS items,
              (SELECT count(*)::int FROM agenda_item a WHERE a.meeting_id = m.id AND a.confidentiality = 'IN_CAMERA') AS in_camera
         FROM meeting m JOIN round_table t ON t.id = m.table_id WHERE m.series_id IS NULL`,
    );
    const tablesWith = (test: (r: (typeof rows)[number]) => boolean) => new Set(rows.filter(test).map((r) => r.name));
    const past = tablesWith((r) => r.status === 'ADJOURNED' && !r.upcoming && r.items > 0);
    const upcoming = tablesWith((r) => r.status === 'SCHEDULED' && r.upcoming && r.published && r.items > 0);
    expect(past.has(MONTREAL)).toBe(true);
    expect(upcoming.has(MONTREAL)).toBe(true);
    expect(past.size).toBeGreaterThanOrEqual(2);
    expect(upcoming.size).toBeGreaterThanOrEqual(2);
    expect(rows.filter((r) => r.in_camera > 0).length).toBeGreaterThanOrEqual(2);
    const titles: Array<{ title: string }> = await t.dataSource.query(`SELECT title FROM meeting UNION ALL SELECT title FROM agenda_item`);
    expect(titles.length).toBeGreaterThan(10);
  });

  it('has RSVPs and attendance for the past Montréal meeting, with quorum reached', async () => {
    const chair = await login(DEMO_MONTREAL_CHAIR_EMAIL);
    const table = (await t.gql(TABLE_MEETINGS, { id: await tableId(MONTREAL) }, chair)).data.table;
    const past = table.meetings.find((m: { status: string }) => m.status === 'ADJOURNED');
    expect(past.rsvps.length).toBeGreaterThanOrEqual(3);
    expect(past.attendance.filter((a: { status: string }) => a.status === 'PRESENT').length).toBeGreaterThanOrEqual(3);
    expect(past.quorum.reached).toBe(true);
  });

  it('gives the Montréal chair an upcoming meeting of at least three items, one in camera, which an observer sees without it', async () => {
    const chair = await login(DEMO_MONTREAL_CHAIR_EMAIL);
    const id = await tableId(MONTREAL);
    const next = (await t.gql(TABLE_MEETINGS, { id }, chair)).data.table.nextMeeting;
    expect(next.status).toBe('SCHEDULED');
    expect(next.agendaPublishedAt).not.toBeNull();
    expect(next.agenda.length).toBeGreaterThanOrEqual(3);
    const secret = next.agenda.filter((i: { confidentiality: string }) => i.confidentiality === 'IN_CAMERA');
    expect(secret).toHaveLength(1);
    const observer = await login('observation.montreal@exemple.test');
    const seen = (await t.gql(TABLE_MEETINGS, { id }, observer)).data.table.nextMeeting;
    expect(seen.agenda.map((i: { position: number }) => i.position)).toEqual(next.agenda.slice(1).map((_: unknown, i: number) => i + 1));
    expect(JSON.stringify(seen)).not.toContain(secret[0].title);
    // The observer's notification of that agenda leaves the in-camera title out too.
    const notice = await t.gql(`{ notifications { edges { node { kind body meeting { id } } } } }`, {}, observer);
    const published = notice.data.notifications.edges.map((e: any) => e.node).filter((n: any) => n.kind === 'AGENDA_PUBLISHED' && n.meeting?.id === next.id);
    expect(published).toHaveLength(1);
    expect(published[0].body).not.toContain(secret[0].title);
  });

  it('has a monthly series at 09:00 local time, sharing one seriesId', async () => {
    const series: Array<{ series_id: string; starts_at: Date; time_zone: string }> = await t.dataSource.query(
      `SELECT series_id, starts_at, time_zone FROM meeting WHERE series_id IS NOT NULL ORDER BY starts_at`,
    );
    expect(series.length).toBeGreaterThanOrEqual(3);
    expect(new Set(series.map((s) => s.series_id)).size).toBe(1);
    for (const s of series) expect(localTime(s.starts_at, s.time_zone).slice(11)).toBe('09:00');
  });
});
