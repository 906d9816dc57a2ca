import { codeOf, startTestApp, type TestApp } from './support/test-app';
import { addMembership, createOrganization, createTable, createUser, seat, tableWithCast } from './support/fixtures';
import { countStatements } from './support/inspect';
import { insertItem, insertMeeting, scheduleVia } from './support/meeting-fixtures';

const UNKNOWN_ID = '6f1c1d2e-3b4a-4c5d-8e9f-0a1b2c3d4e5f';
const MEETING = `query($id: ID!) { meeting(id: $id) { id title table { id } } }`;
const TABLE_MEETINGS = `query($id: ID!, $from: DateTime, $to: DateTime, $status: MeetingStatus) {
  table(id: $id) { meetings(from: $from, to: $to, status: $status) { id title status } nextMeeting { id } }
}`;
const MINE = `query($from: DateTime, $to: DateTime) { myMeetings(from: $from, to: $to) { id table { id } startsAt } }`;
const at = (iso: string) => new Date(iso);

describe('meetings: reading them', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('gives a meeting to those who sit at its table, FORBIDDEN to others (coordinators too), NOT_FOUND for unknown ids', async () => {
    const c = await tableWithCast(t);
    const id = await insertMeeting(t, c.tableId, { title: 'Réunion lisible' });
    for (const viewer of [c.chair, c.secretary, c.member, c.observer]) {
      expect((await t.gql(MEETING, { id }, viewer.token)).data.meeting).toEqual({ id, title: 'Réunion lisible', table: { id: c.tableId } });
    }
    for (const viewer of [c.colleague, c.outsider, c.coordinator]) {
      const r = await t.gql(MEETING, { id }, viewer.token);
      expect(codeOf(r)).toBe('FORBIDDEN');
      expect(r.data?.meeting ?? null).toBeNull();
      expect(JSON.stringify(r)).not.toContain('Réunion lisible');
    }
    expect(codeOf(await t.gql(MEETING, { id }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await t.gql(MEETING, { id: UNKNOWN_ID }, c.chair.token))).toBe('NOT_FOUND');
    expect(codeOf(await t.gql(MEETING, { id: 'x' }, c.chair.token))).toBe('NOT_FOUND');
  });

  it("lists a table's meetings by startsAt within a window and of a status, and nothing for those who do not sit there", async () => {
    const c = await tableWithCast(t);
    const march = await insertMeeting(t, c.tableId, { title: 'Mars', startsAt: at('2030-03-12T13:00:00Z'), endsAt: at('2030-03-12T15:00:00Z') });
    const january = await insertMeeting(t, c.tableId, {
      title: 'Janvier',
      startsAt: at('2030-01-08T14:00:00Z'),
      endsAt: at('2030-01-08T16:00:00Z'),
      status: 'DRAFT',
    });
    const february = await insertMeeting(t, c.tableId, {
      title: 'Février',
      startsAt: at('2030-02-12T14:00:00Z'),
      endsAt: at('2030-02-12T16:00:00Z'),
      status: 'CANCELLED',
    });
    const past = await insertMeeting(t, c.tableId, {
      title: 'Passée',
      startsAt: at('2020-02-12T14:00:00Z'),
      endsAt: at('2020-02-12T16:00:00Z'),
      status: 'ADJOURNED',
    });
    const all = (await t.gql(TABLE_MEETINGS, { id: c.tableId }, c.observer.token)).data.table;
    expect(all.meetings.map((m: { id: string }) => m.id)).toEqual([past, january, february, march]);
    // The next one is the earliest not over, cancelled ones left aside.
    expect(all.nextMeeting).toEqual({ id: january });
    const window = await t.gql(TABLE_MEETINGS, { id: c.tableId, from: '2030-01-08T15:00:00Z', to: '2030-03-12T13:00:00Z' }, c.member.token);
    // Overlapping the window: January (still on at 15:00) and February; March starts at `to`, so it is out.
    expect(window.data.table.meetings.map((m: { id: string }) => m.id)).toEqual([january, february]);
    const cancelled = await t.gql(TABLE_MEETINGS, { id: c.tableId, status: 'CANCELLED' }, c.chair.token);
    expect(cancelled.data.table.meetings).toEqual([{ id: february, title: 'Février', status: 'CANCELLED' }]);
    for (const viewer of [c.outsider, c.coordinator, c.colleague]) {
      expect((await t.gql(TABLE_MEETINGS, { id: c.tableId }, viewer.token)).data.table).toEqual({ meetings: [], nextMeeting: null });
    }
  });

  it('lists my meetings across every table I sit at, by startsAt', async () => {
    const c = await tableWithCast(t);
    const otherTable = await createTable(t);
    await addMembership(t, otherTable, c.organizationId);
    await seat(t, otherTable, c.member.id, 'OBSERVER', c.organizationId);
    const strangerTable = await createTable(t);
    const a = await insertMeeting(t, c.tableId, { startsAt: at('2030-05-01T14:00:00Z'), endsAt: at('2030-05-01T15:00:00Z') });
    const b = await insertMeeting(t, otherTable, { startsAt: at('2030-04-01T14:00:00Z'), endsAt: at('2030-04-01T15:00:00Z') });
    const cId = await insertMeeting(t, otherTable, { startsAt: at('2030-06-01T14:00:00Z'), endsAt: at('2030-06-01T15:00:00Z') });
    await insertMeeting(t, strangerTable, { startsAt: at('2030-04-15T14:00:00Z'), endsAt: at('2030-04-15T15:00:00Z') });
    const mine = (await t.gql(MINE, {}, c.member.token)).data.myMeetings;
    expect(mine.map((m: { id: string }) => m.id)).toEqual([b, a, cId]);
    const window = (await t.gql(MINE, { from: '2030-04-15T00:00:00Z', to: '2030-05-15T00:00:00Z' }, c.member.token)).data.myMeetings;
    expect(window.map((m: { id: string }) => m.id)).toEqual([a]);
    expect((await t.gql(MINE, {}, c.outsider.token)).data.myMeetings).toEqual([]);
    expect(codeOf(await t.gql(MINE, {}))).toBe('UNAUTHENTICATED');
  });

  it('links a notification to its meeting while the reader may read it, and to nothing after they leave the table', async () => {
    const c = await tableWithCast(t);
    const [meeting] = await scheduleVia(t, c.chair.token, {
      tableId: c.tableId,
      title: 'Réunion annoncée',
      startsAt: '2030-01-08T14:00:00Z',
      endsAt: '2030-01-08T15:00:00Z',
    });
    const query = `{ notifications { edges { node { kind meeting { id title } table { id } } } } }`;
    const before = (await t.gql(query, {}, c.member.token)).data.notifications.edges;
    expect(before).toEqual([{ node: { kind: 'MEETING_SCHEDULED', meeting: { id: meeting.id, title: 'Réunion annoncée' }, table: { id: c.tableId } } }]);
    await t.dataSource.query(`DELETE FROM table_participant WHERE table_id = $1 AND user_id = $2`, [c.tableId, c.member.id]);
    const after = (await t.gql(query, {}, c.member.token)).data.notifications.edges;
    expect(after).toEqual([{ node: { kind: 'MEETING_SCHEDULED', meeting: null, table: { id: c.tableId } } }]);
  });

  it('reads a page of meetings with their agendas in the same number of statements for 10 meetings as for 40', async () => {
    const organizationId = await createOrganization(t);
    const chair = await createUser(t, { organizationId });
    const presenterOrg = await createOrganization(t);
    const build = async (meetings: number) => {
      const tableId = await createTable(t);
      await addMembership(t, tableId, organizationId);
      const participantId = await seat(t, tableId, chair.id, 'CHAIR', organizationId);
      let previousItem: string | null = null;
      for (let i = 0; i < meetings; i++) {
        const meetingId = await insertMeeting(t, tableId, { startsAt: new Date(Date.UTC(2030, 0, 1 + i, 14)), endsAt: new Date(Date.UTC(2030, 0, 1 + i, 15)) });
        const first = await insertItem(t, meetingId, { presenterId: chair.id, presenterOrganizationId: presenterOrg, carriedOverFromId: previousItem });
        await insertItem(t, meetingId, { confidentiality: 'IN_CAMERA' });
        previousItem = first;
        await t.dataSource.query(`UPDATE meeting SET current_item_id = $2 WHERE id = $1`, [meetingId, first]);
        await t.dataSource.query(`INSERT INTO rsvp (meeting_id, participant_id, response) VALUES ($1, $2, 'ATTENDING')`, [meetingId, participantId]);
        await t.dataSource.query(`INSERT INTO attendance (meeting_id, user_id, organization_id, status) VALUES ($1, $2, $3, 'PRESENT')`, [
          meetingId,
          chair.id,
          organizationId,
        ]);
      }
      return tableId;
    };
    const page = `query($id: ID!) { table(id: $id) { meetings {
      id title table { id name } viewerRsvp quorum { required present reached }
      agenda { id position title meeting { id } presenter { id displayName } presenterOrganization { id name } carriedOverFrom { id position } }
      currentItem { id title }
      rsvps { response participant { id role user { id } } }
      attendance { status user { id } organization { id } }
    } } }`;
    const run = async (tableId: string) => {
      let result: any;
      const statements = await countStatements(t, async () => {
        result = await t.gql(page, { id: tableId }, chair.token);
      });
      expect(result.errors).toBeUndefined();
      return { statements, meetings: result.data.table.meetings };
    };
    const ten = await run(await build(10));
    const forty = await run(await build(40));
    expect(ten.meetings).toHaveLength(10);
    expect(forty.meetings).toHaveLength(40);
    expect(forty.meetings[1].agenda[0].carriedOverFrom).toEqual({ id: forty.meetings[0].agenda[0].id, position: 1 });
    expect(forty.meetings[3].quorum).toEqual({ required: 1, present: 1, reached: true });
    expect(forty.statements).toBe(ten.statements);
    expect(ten.statements).toBeLessThanOrEqual(20);
  });
});
