import { codeOf, startTestApp, type TestApp } from './support/test-app';
import { addMembership, createOrganization, createTable, createUser, seat, tableWithCast } from './support/fixtures';
import { auditEvents, storedNotifications } from './support/inspect';
import { insertMeeting, localTime, MEETING_FIELDS, meetingRow, scheduleVia } from './support/meeting-fixtures';

const UNKNOWN_ID = '6f1c1d2e-3b4a-4c5d-8e9f-0a1b2c3d4e5f';
const SCHEDULE = `mutation($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { ${MEETING_FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateMeetingInput!) { updateMeeting(id: $id, input: $input) { ${MEETING_FIELDS} } }`;
const CANCEL = `mutation($id: ID!, $reason: String) { cancelMeeting(id: $id, reason: $reason) { id status cancelledReason } }`;
const START = `mutation($id: ID!) { startMeeting(id: $id) { id status } }`;
const ADJOURN = `mutation($id: ID!) { adjournMeeting(id: $id) { id status currentItem { id } } }`;

// 2030-01-08 is the second Tuesday of January; 09:00 in Toronto is 14:00 UTC in winter.
const BASE = { title: 'Réunion fictive de concertation', startsAt: '2030-01-08T14:00:00.000Z', endsAt: '2030-01-08T16:00:00.000Z' };

describe('meetings: scheduling and status moves', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const meetingCount = async (tableId: string) =>
    (await t.dataSource.query(`SELECT count(*)::int AS n FROM meeting WHERE table_id = $1`, [tableId]))[0].n as number;
  const notifications = async (userId: string) =>
    storedNotifications<{ kind: string; table_id: string; meeting_id: string }>(t, `n.user_id = $1`, [userId], ['kind', 'table_id', 'meeting_id']);

  describe('scheduleMeeting', () => {
    it("lets officers schedule a DRAFT meeting in the zone of the table's first region, and nobody else", async () => {
      const c = await tableWithCast(t);
      const input = { ...BASE, tableId: c.tableId, location: ' Salle fictive 2 ', onlineUrl: 'https://video.exemple.test/salle' };
      expect(codeOf(await t.gql(SCHEDULE, { input }))).toBe('UNAUTHENTICATED');
      for (const viewer of [c.member, c.observer, c.colleague, c.outsider, c.coordinator]) {
        expect(codeOf(await t.gql(SCHEDULE, { input }, viewer.token))).toBe('FORBIDDEN');
      }
      expect(await meetingCount(c.tableId)).toBe(0);
      const [meeting] = await scheduleVia(t, c.chair.token, input);
      expect(meeting).toMatchObject({
        title: BASE.title,
        status: 'DRAFT',
        startsAt: BASE.startsAt,
        endsAt: BASE.endsAt,
        timeZone: 'America/Toronto',
        location: 'Salle fictive 2',
        onlineUrl: 'https://video.exemple.test/salle',
        seriesId: null,
        agendaPublishedAt: null,
        table: { id: c.tableId },
      });
      expect(await scheduleVia(t, c.secretary.token, input)).toHaveLength(1);

      const pacific = await createTable(t, { regionCodes: ['CA-BC', 'CA-QC'] });
      await addMembership(t, pacific, c.organizationId);
      await seat(t, pacific, c.member.id, 'SECRETARY', c.organizationId);
      const [west] = await scheduleVia(t, c.member.token, { ...BASE, tableId: pacific });
      expect(west.timeZone).toBe('America/Vancouver');
      const [explicit] = await scheduleVia(t, c.member.token, { ...BASE, tableId: pacific, timeZone: 'America/Halifax' });
      expect(explicit.timeZone).toBe('America/Halifax');
    });

    it('refuses bad input with BAD_USER_INPUT and creates nothing', async () => {
      const c = await tableWithCast(t);
      const cases: Array<Record<string, unknown>> = [
        { title: '   ' },
        { title: 'x'.repeat(201) },
        { endsAt: BASE.startsAt },
        { endsAt: '2030-01-08T13:00:00.000Z' },
        { startsAt: 'not a date' },
        { timeZone: 'Mars/Olympus_Mons' },
        { timeZone: 'EST; DROP TABLE meeting' },
        { location: 'x'.repeat(501) },
        { onlineUrl: 'ftp://video.exemple.test' },
        { onlineUrl: 'javascript:alert(1)' },
        { onlineUrl: `https://video.exemple.test/${'x'.repeat(1000)}` },
        { recurrence: 'FREQ=SOMETIMES' },
        { recurrence: 'FREQ=MONTHLY;BYDAY=XX' },
        { recurrence: 'FREQ=HOURLY' },
        { recurrence: 'FREQ=MONTHLY;BYMONTHDAY=31;BYMONTH=2' },
        { recurrence: 'FREQ=WEEKLY', occurrences: 53 },
        { recurrence: 'FREQ=WEEKLY', occurrences: 0 },
        { occurrences: 53 },
      ];
      for (const change of cases) {
        const r = await t.gql(SCHEDULE, { input: { ...BASE, tableId: c.tableId, ...change } }, c.chair.token);
        expect([change, codeOf(r)]).toEqual([change, 'BAD_USER_INPUT']);
      }
      expect(await meetingCount(c.tableId)).toBe(0);
    });

    it('answers NOT_FOUND for an unknown or malformed table and FORBIDDEN at an archived one', async () => {
      const c = await tableWithCast(t);
      expect(codeOf(await t.gql(SCHEDULE, { input: { ...BASE, tableId: UNKNOWN_ID } }, c.chair.token))).toBe('NOT_FOUND');
      expect(codeOf(await t.gql(SCHEDULE, { input: { ...BASE, tableId: 'table' } }, c.chair.token))).toBe('NOT_FOUND');
      await t.dataSource.query(`UPDATE round_table SET archived_at = now() WHERE id = $1`, [c.tableId]);
      expect(codeOf(await t.gql(SCHEDULE, { input: { ...BASE, tableId: c.tableId } }, c.chair.token))).toBe('FORBIDDEN');
      expect(await meetingCount(c.tableId)).toBe(0);
    });

    it("expands a monthly rule in the meeting's zone: 09:00 local across the March and November changes", async () => {
      const c = await tableWithCast(t);
      const meetings = await scheduleVia(t, c.chair.token, { ...BASE, tableId: c.tableId, timeZone: 'America/Toronto', recurrence: 'FREQ=MONTHLY;BYDAY=2TU' });
      expect(meetings).toHaveLength(12);
      expect(meetings.map((m) => localTime(m.startsAt, 'America/Toronto'))).toEqual([
        '2030-01-08 09:00',
        '2030-02-12 09:00',
        '2030-03-12 09:00',
        '2030-04-09 09:00',
        '2030-05-14 09:00',
        '2030-06-11 09:00',
        '2030-07-09 09:00',
        '2030-08-13 09:00',
        '2030-09-10 09:00',
        '2030-10-08 09:00',
        '2030-11-12 09:00',
        '2030-12-10 09:00',
      ]);
      // Daylight saving moves the instant, not the wall time: 14:00Z in winter, 13:00Z from March to early November.
      expect(meetings.map((m) => new Date(m.startsAt).getUTCHours())).toEqual([14, 14, 13, 13, 13, 13, 13, 13, 13, 13, 14, 14]);
      for (const m of meetings) {
        expect(new Date(m.endsAt).getTime() - new Date(m.startsAt).getTime()).toBe(2 * 3600_000);
        expect(localTime(m.endsAt, 'America/Toronto').slice(11)).toBe('11:00');
        expect(m.status).toBe('DRAFT');
      }
      const series = new Set(meetings.map((m) => m.seriesId));
      expect(series.size).toBe(1);
      expect([...series][0]).toMatch(/^[0-9a-f-]{36}$/);
      expect(new Set(meetings.map((m) => m.id)).size).toBe(12);
      expect(await meetingCount(c.tableId)).toBe(12);
    });

    it('caps a series at occurrences (default 12, at most 52) and honours COUNT', async () => {
      const c = await tableWithCast(t);
      expect(await scheduleVia(t, c.chair.token, { ...BASE, tableId: c.tableId, recurrence: 'FREQ=WEEKLY', occurrences: 52 })).toHaveLength(52);
      expect(await scheduleVia(t, c.chair.token, { ...BASE, tableId: c.tableId, recurrence: 'RRULE:FREQ=WEEKLY;INTERVAL=2;COUNT=3' })).toHaveLength(3);
      expect(await scheduleVia(t, c.chair.token, { ...BASE, tableId: c.tableId, recurrence: 'FREQ=DAILY', occurrences: 5 })).toHaveLength(5);
    });

    it('audits each meeting and tells everyone at the table but the actor, once per series', async () => {
      const c = await tableWithCast(t);
      const meetings = await scheduleVia(t, c.secretary.token, { ...BASE, tableId: c.tableId, recurrence: 'FREQ=MONTHLY;BYDAY=2TU', occurrences: 3 });
      for (const m of meetings) {
        expect(await auditEvents(t, m.id)).toEqual([{ action: 'meeting.scheduled', actor_id: c.secretary.id, table_id: c.tableId, entity_type: 'meeting' }]);
      }
      for (const person of [c.chair, c.member, c.observer]) {
        const received = await notifications(person.id);
        expect(received).toEqual([expect.objectContaining({ kind: 'MEETING_SCHEDULED', table_id: c.tableId, meeting_id: meetings[0].id })]);
        expect(received[0].title).toContain(BASE.title);
        expect(received[0].body).toContain('3');
      }
      for (const person of [c.secretary, c.colleague, c.outsider, c.coordinator]) expect(await notifications(person.id)).toEqual([]);
    });
  });

  describe('updateMeeting', () => {
    it('keeps absent fields, clears location and onlineUrl with null, moves DRAFT to SCHEDULED and bumps the sequence', async () => {
      const c = await tableWithCast(t);
      const [meeting] = await scheduleVia(t, c.chair.token, { ...BASE, tableId: c.tableId, location: 'Salle A', onlineUrl: 'https://v.exemple.test/a' });
      expect((await meetingRow(t, meeting.id)).sequence).toBe(0);
      for (const viewer of [c.member, c.observer, c.outsider, c.coordinator]) {
        expect(codeOf(await t.gql(UPDATE, { id: meeting.id, input: { title: 'Pris' } }, viewer.token))).toBe('FORBIDDEN');
      }
      const r = await t.gql(UPDATE, { id: meeting.id, input: { title: 'Réunion renommée', location: null } }, c.secretary.token);
      expect(r.errors).toBeUndefined();
      expect(r.data.updateMeeting).toMatchObject({
        title: 'Réunion renommée',
        status: 'SCHEDULED',
        startsAt: BASE.startsAt,
        endsAt: BASE.endsAt,
        location: null,
        onlineUrl: 'https://v.exemple.test/a',
        timeZone: 'America/Toronto',
      });
      const moved = await t.gql(
        UPDATE,
        { id: meeting.id, input: { startsAt: '2030-01-09T14:00:00.000Z', endsAt: '2030-01-09T15:30:00.000Z', onlineUrl: null, timeZone: 'America/Halifax' } },
        c.chair.token,
      );
      expect(moved.data.updateMeeting).toMatchObject({
        startsAt: '2030-01-09T14:00:00.000Z',
        endsAt: '2030-01-09T15:30:00.000Z',
        onlineUrl: null,
        timeZone: 'America/Halifax',
        title: 'Réunion renommée',
      });
      expect((await meetingRow(t, meeting.id)).sequence).toBe(2);
      expect((await auditEvents(t, meeting.id)).map((e) => [e.action, e.actor_id])).toEqual([
        ['meeting.scheduled', c.chair.id],
        ['meeting.updated', c.secretary.id],
        ['meeting.updated', c.chair.id],
      ]);
      const memberNotes = await notifications(c.member.id);
      expect(memberNotes.map((n: { kind: string }) => n.kind)).toEqual(['MEETING_SCHEDULED', 'MEETING_CHANGED', 'MEETING_CHANGED']);
      expect((await notifications(c.secretary.id)).map((n: { kind: string }) => n.kind)).toEqual(['MEETING_SCHEDULED', 'MEETING_CHANGED']);
    });

    it('refuses null for fields that cannot be cleared, and an end before the start', async () => {
      const c = await tableWithCast(t);
      const [meeting] = await scheduleVia(t, c.chair.token, { ...BASE, tableId: c.tableId });
      for (const input of [
        { title: null },
        { title: ' ' },
        { startsAt: null },
        { endsAt: null },
        { timeZone: null },
        { timeZone: 'Nowhere/City' },
        { endsAt: '2030-01-08T13:00:00.000Z' },
        { startsAt: '2030-01-08T16:00:00.000Z' },
        { onlineUrl: 'mailto:a@exemple.test' },
      ]) {
        expect([input, codeOf(await t.gql(UPDATE, { id: meeting.id, input }, c.chair.token))]).toEqual([input, 'BAD_USER_INPUT']);
      }
      expect(await meetingRow(t, meeting.id)).toMatchObject({ status: 'DRAFT', sequence: 0 });
      expect(codeOf(await t.gql(UPDATE, { id: UNKNOWN_ID, input: { title: 'X' } }, c.chair.token))).toBe('NOT_FOUND');
      expect(codeOf(await t.gql(UPDATE, { id: 'meeting-1', input: { title: 'X' } }, c.chair.token))).toBe('NOT_FOUND');
    });

    it('refuses to change a cancelled or adjourned meeting with FORBIDDEN', async () => {
      const c = await tableWithCast(t);
      for (const status of ['CANCELLED', 'ADJOURNED']) {
        const id = await insertMeeting(t, c.tableId, { status });
        expect(codeOf(await t.gql(UPDATE, { id, input: { title: 'Trop tard' } }, c.chair.token))).toBe('FORBIDDEN');
        expect((await meetingRow(t, id)).status).toBe(status);
      }
    });
  });

  describe('status moves', () => {
    it('starts a SCHEDULED or DRAFT meeting, adjourns one in progress, and refuses the other moves with FORBIDDEN', async () => {
      const c = await tableWithCast(t);
      const scheduled = await insertMeeting(t, c.tableId, { status: 'SCHEDULED' });
      const draft = await insertMeeting(t, c.tableId, { status: 'DRAFT' });
      for (const viewer of [c.member, c.observer, c.outsider, c.coordinator]) {
        expect(codeOf(await t.gql(START, { id: scheduled }, viewer.token))).toBe('FORBIDDEN');
      }
      expect(codeOf(await t.gql(ADJOURN, { id: scheduled }, c.chair.token))).toBe('FORBIDDEN');
      expect((await t.gql(START, { id: scheduled }, c.chair.token)).data.startMeeting.status).toBe('IN_PROGRESS');
      expect((await t.gql(START, { id: draft }, c.secretary.token)).data.startMeeting.status).toBe('IN_PROGRESS');
      expect(codeOf(await t.gql(START, { id: scheduled }, c.chair.token))).toBe('FORBIDDEN');
      for (const viewer of [c.member, c.observer]) expect(codeOf(await t.gql(ADJOURN, { id: scheduled }, viewer.token))).toBe('FORBIDDEN');
      expect((await t.gql(ADJOURN, { id: scheduled }, c.chair.token)).data.adjournMeeting).toEqual({ id: scheduled, status: 'ADJOURNED', currentItem: null });
      expect(codeOf(await t.gql(START, { id: scheduled }, c.chair.token))).toBe('FORBIDDEN');
      expect(codeOf(await t.gql(ADJOURN, { id: scheduled }, c.chair.token))).toBe('FORBIDDEN');
      expect(codeOf(await t.gql(CANCEL, { id: scheduled }, c.chair.token))).toBe('FORBIDDEN');
      expect((await meetingRow(t, scheduled)).status).toBe('ADJOURNED');
      expect((await auditEvents(t, scheduled)).map((e) => e.action)).toEqual(['meeting.started', 'meeting.adjourned']);
      // Starting and adjourning change nothing a calendar shows.
      expect((await meetingRow(t, scheduled)).sequence).toBe(0);
      for (const id of [UNKNOWN_ID, 'nope']) {
        for (const op of [START, ADJOURN, CANCEL]) expect(codeOf(await t.gql(op, { id }, c.chair.token))).toBe('NOT_FOUND');
      }
    });

    it('cancels any meeting but an adjourned one, with its reason, bumps the sequence, tells the table, and never starts it again', async () => {
      const c = await tableWithCast(t);
      const inProgress = await insertMeeting(t, c.tableId, { status: 'IN_PROGRESS', title: 'Réunion à annuler' });
      const draft = await insertMeeting(t, c.tableId, { status: 'DRAFT' });
      for (const viewer of [c.member, c.observer, c.outsider, c.coordinator]) {
        expect(codeOf(await t.gql(CANCEL, { id: draft }, viewer.token))).toBe('FORBIDDEN');
      }
      expect(codeOf(await t.gql(CANCEL, { id: draft, reason: 'x'.repeat(20_001) }, c.chair.token))).toBe('BAD_USER_INPUT');
      const r = await t.gql(CANCEL, { id: inProgress, reason: '  Tempête fictive  ' }, c.secretary.token);
      expect(r.data.cancelMeeting).toEqual({ id: inProgress, status: 'CANCELLED', cancelledReason: 'Tempête fictive' });
      expect((await t.gql(CANCEL, { id: draft }, c.chair.token)).data.cancelMeeting).toEqual({ id: draft, status: 'CANCELLED', cancelledReason: null });
      expect(codeOf(await t.gql(CANCEL, { id: draft }, c.chair.token))).toBe('FORBIDDEN');
      expect(codeOf(await t.gql(START, { id: draft }, c.chair.token))).toBe('FORBIDDEN');
      expect((await meetingRow(t, inProgress)).sequence).toBe(1);
      expect(await auditEvents(t, inProgress)).toEqual([
        { action: 'meeting.cancelled', actor_id: c.secretary.id, table_id: c.tableId, entity_type: 'meeting' },
      ]);
      const received = (await notifications(c.observer.id)).filter((n: { meeting_id: string }) => n.meeting_id === inProgress);
      expect(received).toEqual([expect.objectContaining({ kind: 'MEETING_CANCELLED', title: 'Rencontre annulée\u202f: Réunion à annuler' })]);
      expect(received[0].body).toContain('Tempête fictive');
      expect((await notifications(c.secretary.id)).filter((n: { meeting_id: string }) => n.meeting_id === inProgress)).toEqual([]);
    });
  });

  it("keeps the table's other members out of another table's meetings", async () => {
    const c = await tableWithCast(t);
    const otherOrg = await createOrganization(t);
    const otherTable = await createTable(t);
    await addMembership(t, otherTable, otherOrg);
    const otherChair = await createUser(t, { organizationId: otherOrg });
    await seat(t, otherTable, otherChair.id, 'CHAIR', otherOrg);
    const id = await insertMeeting(t, c.tableId);
    for (const op of [START, CANCEL]) expect(codeOf(await t.gql(op, { id }, otherChair.token))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(UPDATE, { id, input: { title: 'X' } }, otherChair.token))).toBe('FORBIDDEN');
  });
});
