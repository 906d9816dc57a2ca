import { codeOf, startTestApp, type TestApp } from './support/test-app';
import { addMembership, createOrganization, createTable, createUser, seat, tableWithCast } from './support/fixtures';
import { auditEvents } from './support/inspect';
import { insertMeeting } from './support/meeting-fixtures';

const UNKNOWN_ID = '6f1c1d2e-3b4a-4c5d-8e9f-0a1b2c3d4e5f';
const RESPOND = `mutation($id: ID!, $response: RsvpResponse!) {
  respondToInvitation(meetingId: $id, response: $response) { response respondedAt participant { id user { id } role } }
}`;
const RECORD = `mutation($id: ID!, $userId: ID!, $status: AttendanceStatus!) {
  recordAttendance(meetingId: $id, userId: $userId, status: $status) { status recordedAt user { id } organization { id } }
}`;
const MEETING = `query($id: ID!) { meeting(id: $id) {
  viewerRsvp rsvps { response participant { user { id } } }
  attendance { status user { id } organization { id } }
  quorum { required present reached }
} }`;

describe('invitations, attendance and quorum', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const rsvpRows = async (meetingId: string) =>
    t.dataSource.query(`SELECT participant_id, response FROM rsvp WHERE meeting_id = $1 ORDER BY participant_id`, [meetingId]);

  describe('respondToInvitation', () => {
    it('lets anyone who sits at the table answer for their own seat, the last answer counting', async () => {
      const c = await tableWithCast(t);
      const id = await insertMeeting(t, c.tableId);
      for (const [viewer, participantId] of [
        [c.chair, c.participants.chair],
        [c.observer, c.participants.observer],
        [c.member, c.participants.member],
      ] as const) {
        const r = await t.gql(RESPOND, { id, response: 'TENTATIVE' }, viewer.token);
        expect(r.errors).toBeUndefined();
        expect(r.data.respondToInvitation).toMatchObject({ response: 'TENTATIVE', participant: { id: participantId, user: { id: viewer.id } } });
      }
      const changed = await t.gql(RESPOND, { id, response: 'DECLINED' }, c.member.token);
      expect(changed.data.respondToInvitation.response).toBe('DECLINED');
      expect(await rsvpRows(id)).toHaveLength(3);
      const seen = (await t.gql(MEETING, { id }, c.member.token)).data.meeting;
      expect(seen.viewerRsvp).toBe('DECLINED');
      expect(seen.rsvps.map((r: any) => [r.participant.user.id, r.response]).sort()).toEqual(
        [
          [c.chair.id, 'TENTATIVE'],
          [c.observer.id, 'TENTATIVE'],
          [c.member.id, 'DECLINED'],
        ].sort(),
      );
      expect((await t.gql(MEETING, { id }, c.secretary.token)).data.meeting.viewerRsvp).toBeNull();
      expect((await auditEvents(t, id)).map((e) => [e.action, e.actor_id, e.entity_type])).toEqual([
        ['rsvp.recorded', c.chair.id, 'meeting'],
        ['rsvp.recorded', c.observer.id, 'meeting'],
        ['rsvp.recorded', c.member.id, 'meeting'],
        ['rsvp.recorded', c.member.id, 'meeting'],
      ]);
    });

    it('refuses those who do not sit there, unknown meetings, bad answers, and cancelled or adjourned meetings', async () => {
      const c = await tableWithCast(t);
      const id = await insertMeeting(t, c.tableId);
      for (const viewer of [c.colleague, c.outsider, c.coordinator])
        expect(codeOf(await t.gql(RESPOND, { id, response: 'ATTENDING' }, viewer.token))).toBe('FORBIDDEN');
      expect(codeOf(await t.gql(RESPOND, { id, response: 'ATTENDING' }))).toBe('UNAUTHENTICATED');
      expect(codeOf(await t.gql(RESPOND, { id, response: 'MAYBE' }, c.member.token))).toBe('BAD_USER_INPUT');
      expect(codeOf(await t.gql(RESPOND, { id: UNKNOWN_ID, response: 'ATTENDING' }, c.member.token))).toBe('NOT_FOUND');
      expect(codeOf(await t.gql(RESPOND, { id: 'meeting', response: 'ATTENDING' }, c.member.token))).toBe('NOT_FOUND');
      for (const status of ['CANCELLED', 'ADJOURNED']) {
        const closed = await insertMeeting(t, c.tableId, { status });
        expect(codeOf(await t.gql(RESPOND, { id: closed, response: 'ATTENDING' }, c.member.token))).toBe('FORBIDDEN');
        expect(await rsvpRows(closed)).toEqual([]);
      }
      expect(await rsvpRows(id)).toEqual([]);
    });
  });

  describe('recordAttendance', () => {
    it('lets officers record anyone who sits at the table, with the organization they sit for', async () => {
      const c = await tableWithCast(t);
      const id = await insertMeeting(t, c.tableId, { status: 'IN_PROGRESS' });
      for (const viewer of [c.member, c.observer, c.outsider, c.coordinator]) {
        expect(codeOf(await t.gql(RECORD, { id, userId: c.member.id, status: 'PRESENT' }, viewer.token))).toBe('FORBIDDEN');
      }
      const r = await t.gql(RECORD, { id, userId: c.member.id, status: 'EXCUSED' }, c.secretary.token);
      expect(r.data.recordAttendance).toMatchObject({ status: 'EXCUSED', user: { id: c.member.id }, organization: { id: c.organizationId } });
      expect((await t.gql(RECORD, { id, userId: c.member.id, status: 'PRESENT' }, c.chair.token)).data.recordAttendance.status).toBe('PRESENT');
      await t.gql(RECORD, { id, userId: c.observer.id, status: 'ABSENT' }, c.chair.token);
      const seen = (await t.gql(MEETING, { id }, c.observer.token)).data.meeting;
      expect(seen.attendance.map((a: any) => [a.user.id, a.status]).sort()).toEqual(
        [
          [c.member.id, 'PRESENT'],
          [c.observer.id, 'ABSENT'],
        ].sort(),
      );
      expect((await auditEvents(t, id)).map((e) => [e.action, e.actor_id, e.entity_type])).toEqual([
        ['attendance.recorded', c.secretary.id, 'meeting'],
        ['attendance.recorded', c.chair.id, 'meeting'],
        ['attendance.recorded', c.chair.id, 'meeting'],
      ]);
    });

    it('refuses someone who does not sit at the table with BAD_USER_INPUT, unknown people with NOT_FOUND, a cancelled meeting with FORBIDDEN', async () => {
      const c = await tableWithCast(t);
      const id = await insertMeeting(t, c.tableId);
      for (const user of [c.colleague, c.outsider, c.coordinator]) {
        expect(codeOf(await t.gql(RECORD, { id, userId: user.id, status: 'PRESENT' }, c.chair.token))).toBe('BAD_USER_INPUT');
      }
      expect(codeOf(await t.gql(RECORD, { id, userId: UNKNOWN_ID, status: 'PRESENT' }, c.chair.token))).toBe('NOT_FOUND');
      expect(codeOf(await t.gql(RECORD, { id, userId: 'user', status: 'PRESENT' }, c.chair.token))).toBe('NOT_FOUND');
      expect(codeOf(await t.gql(RECORD, { id, userId: c.member.id, status: 'LATE' }, c.chair.token))).toBe('BAD_USER_INPUT');
      const cancelled = await insertMeeting(t, c.tableId, { status: 'CANCELLED' });
      expect(codeOf(await t.gql(RECORD, { id: cancelled, userId: c.member.id, status: 'PRESENT' }, c.chair.token))).toBe('FORBIDDEN');
      // An adjourned meeting still takes corrections before its minutes.
      const adjourned = await insertMeeting(t, c.tableId, { status: 'ADJOURNED' });
      expect((await t.gql(RECORD, { id: adjourned, userId: c.member.id, status: 'PRESENT' }, c.chair.token)).data.recordAttendance.status).toBe('PRESENT');
      expect((await t.dataSource.query(`SELECT count(*)::int AS n FROM attendance WHERE meeting_id IN ($1, $2)`, [id, cancelled]))[0].n).toBe(0);
    });
  });

  describe('quorum', () => {
    it("counts distinct ACTIVE member organizations with someone PRESENT, against a majority or the table's own quorum", async () => {
      const tableId = await createTable(t);
      const orgs = [await createOrganization(t), await createOrganization(t), await createOrganization(t), await createOrganization(t)];
      for (const org of orgs) await addMembership(t, tableId, org);
      const pendingOrg = await createOrganization(t);
      await addMembership(t, tableId, pendingOrg, 'PENDING');
      const people = [];
      for (const org of [orgs[0], orgs[0], orgs[1], orgs[2], orgs[3]]) {
        const user = await createUser(t, { organizationId: org });
        await seat(t, tableId, user.id, people.length === 0 ? 'CHAIR' : 'MEMBER', org);
        people.push(user);
      }
      const chair = people[0];
      const id = await insertMeeting(t, tableId, { status: 'IN_PROGRESS' });
      const quorum = async () => (await t.gql(MEETING, { id }, chair.token)).data.meeting.quorum;
      const record = async (user: { id: string }, status: string) => {
        const r = await t.gql(RECORD, { id, userId: user.id, status }, chair.token);
        expect(r.errors).toBeUndefined();
      };
      // 4 ACTIVE members (the pending one does not count): a majority is 3.
      expect(await quorum()).toEqual({ required: 3, present: 0, reached: false });
      await record(people[0], 'PRESENT');
      await record(people[1], 'PRESENT');
      expect(await quorum()).toEqual({ required: 3, present: 1, reached: false });
      await record(people[2], 'PRESENT');
      await record(people[3], 'EXCUSED');
      await record(people[4], 'ABSENT');
      expect(await quorum()).toEqual({ required: 3, present: 2, reached: false });
      await record(people[3], 'PRESENT');
      expect(await quorum()).toEqual({ required: 3, present: 3, reached: true });
      // An organization that withdrew no longer counts, present or not; the majority shrinks with it.
      await t.dataSource.query(`UPDATE table_membership SET status = 'WITHDRAWN' WHERE table_id = $1 AND organization_id = $2`, [tableId, orgs[2]]);
      expect(await quorum()).toEqual({ required: 2, present: 2, reached: true });
      await t.dataSource.query(`UPDATE round_table SET quorum = 3 WHERE id = $1`, [tableId]);
      expect(await quorum()).toEqual({ required: 3, present: 2, reached: false });
    });
  });
});
