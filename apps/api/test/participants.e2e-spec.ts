import { codeOf, startTestApp, type TestApp } from './support/test-app';
import { addMembership, createOrganization, createTable, createUser, seat, tableWithCast, type FixtureUser } from './support/fixtures';
import { auditEvents } from './support/inspect';

const UNKNOWN_ID = '6f1c1d2e-3b4a-4c5d-8e9f-0a1b2c3d4e5f';

const ADD = `mutation($tableId: ID!, $userId: ID!, $role: TableRole!) {
  addParticipant(tableId: $tableId, userId: $userId, role: $role) { id role since table { id } user { id } organization { id } }
}`;
const CHANGE = `mutation($id: ID!, $role: TableRole!) { changeParticipantRole(participantId: $id, role: $role) { id role user { id } } }`;
const REMOVE = `mutation($id: ID!) { removeParticipant(participantId: $id) }`;
const PARTICIPANTS = `query($id: ID!) { table(id: $id) { viewerRole participants { id role user { id } } } }`;

describe('participants', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const seatCount = async (tableId: string, userId: string) =>
    (await t.dataSource.query(`SELECT count(*)::int AS n FROM table_participant WHERE table_id = $1 AND user_id = $2`, [tableId, userId]))[0].n;

  describe('addParticipant', () => {
    it('lets the chair and coordinators seat a user of an ACTIVE member organization, nobody else', async () => {
      const c = await tableWithCast(t);
      const vars = { tableId: c.tableId, userId: c.colleague.id, role: 'OBSERVER' };
      expect(codeOf(await t.gql(ADD, vars))).toBe('UNAUTHENTICATED');
      for (const viewer of [c.secretary, c.member, c.observer, c.colleague, c.outsider]) {
        expect(codeOf(await t.gql(ADD, vars, viewer.token))).toBe('FORBIDDEN');
      }
      expect(await seatCount(c.tableId, c.colleague.id)).toBe(0);
      const r = await t.gql(ADD, vars, c.chair.token);
      expect(r.errors).toBeUndefined();
      const p = r.data.addParticipant;
      expect(p).toMatchObject({ role: 'OBSERVER', table: { id: c.tableId }, user: { id: c.colleague.id }, organization: { id: c.organizationId } });
      expect((await t.gql(PARTICIPANTS, { id: c.tableId }, c.colleague.token)).data.table.viewerRole).toBe('OBSERVER');
      expect(await auditEvents(t, p.id)).toEqual([{ action: 'participant.added', actor_id: c.chair.id, table_id: c.tableId, entity_type: 'participant' }]);

      const another = await createUser(t, { organizationId: c.organizationId });
      const byCoordinator = await t.gql(ADD, { tableId: c.tableId, userId: another.id, role: 'SECRETARY' }, c.coordinator.token);
      expect(byCoordinator.data.addParticipant.role).toBe('SECRETARY');
    });

    it('refuses a user whose organization is not an ACTIVE member, or who has none, with BAD_USER_INPUT', async () => {
      const c = await tableWithCast(t);
      const pendingOrg = await createOrganization(t);
      await addMembership(t, c.tableId, pendingOrg, 'PENDING');
      const pendingUser = await createUser(t, { organizationId: pendingOrg });
      const nobody = await createUser(t);
      const claimant = await createUser(t, { pendingOrganizationId: c.organizationId });
      for (const user of [c.outsider, pendingUser, nobody, claimant]) {
        expect(codeOf(await t.gql(ADD, { tableId: c.tableId, userId: user.id, role: 'MEMBER' }, c.chair.token))).toBe('BAD_USER_INPUT');
        expect(await seatCount(c.tableId, user.id)).toBe(0);
      }
    });

    it('refuses someone already seated with CONFLICT', async () => {
      const c = await tableWithCast(t);
      expect(codeOf(await t.gql(ADD, { tableId: c.tableId, userId: c.member.id, role: 'OBSERVER' }, c.chair.token))).toBe('CONFLICT');
      expect(codeOf(await t.gql(ADD, { tableId: c.tableId, userId: c.chair.id, role: 'MEMBER' }, c.coordinator.token))).toBe('CONFLICT');
      expect(await seatCount(c.tableId, c.member.id)).toBe(1);
    });

    it('answers NOT_FOUND for unknown or malformed ids, FORBIDDEN at an archived table, BAD_USER_INPUT for an unknown role', async () => {
      const c = await tableWithCast(t);
      const cases: Array<[Record<string, unknown>, string]> = [
        [{ tableId: UNKNOWN_ID, userId: c.colleague.id, role: 'MEMBER' }, 'NOT_FOUND'],
        [{ tableId: 'table', userId: c.colleague.id, role: 'MEMBER' }, 'NOT_FOUND'],
        [{ tableId: c.tableId, userId: UNKNOWN_ID, role: 'MEMBER' }, 'NOT_FOUND'],
        [{ tableId: c.tableId, userId: 'user', role: 'MEMBER' }, 'NOT_FOUND'],
        [{ tableId: c.tableId, userId: c.colleague.id, role: 'KING' }, 'BAD_USER_INPUT'],
      ];
      for (const [vars, code] of cases) expect([vars, codeOf(await t.gql(ADD, vars, c.coordinator.token))]).toEqual([vars, code]);
      await t.dataSource.query(`UPDATE round_table SET archived_at = now() WHERE id = $1`, [c.tableId]);
      expect(codeOf(await t.gql(ADD, { tableId: c.tableId, userId: c.colleague.id, role: 'MEMBER' }, c.chair.token))).toBe('FORBIDDEN');
      expect(codeOf(await t.gql(ADD, { tableId: c.tableId, userId: c.colleague.id, role: 'MEMBER' }, c.coordinator.token))).toBe('FORBIDDEN');
      expect(await seatCount(c.tableId, c.colleague.id)).toBe(0);
    });
  });

  describe('changeParticipantRole', () => {
    it('lets the chair and coordinators change a role, audits it, and refuses others', async () => {
      const c = await tableWithCast(t);
      const id = c.participants.observer;
      expect(codeOf(await t.gql(CHANGE, { id, role: 'MEMBER' }))).toBe('UNAUTHENTICATED');
      for (const viewer of [c.secretary, c.member, c.observer, c.colleague, c.outsider]) {
        expect(codeOf(await t.gql(CHANGE, { id, role: 'CHAIR' }, viewer.token))).toBe('FORBIDDEN');
      }
      expect((await t.gql(PARTICIPANTS, { id: c.tableId }, c.observer.token)).data.table.viewerRole).toBe('OBSERVER');
      expect((await t.gql(CHANGE, { id, role: 'MEMBER' }, c.chair.token)).data.changeParticipantRole).toEqual({
        id,
        role: 'MEMBER',
        user: { id: c.observer.id },
      });
      expect((await t.gql(CHANGE, { id, role: 'SECRETARY' }, c.coordinator.token)).data.changeParticipantRole.role).toBe('SECRETARY');
      expect((await t.gql(PARTICIPANTS, { id: c.tableId }, c.observer.token)).data.table.viewerRole).toBe('SECRETARY');
      expect((await auditEvents(t, id)).map((e) => [e.action, e.actor_id])).toEqual([
        ['participant.role_changed', c.chair.id],
        ['participant.role_changed', c.coordinator.id],
      ]);
    });

    it('answers NOT_FOUND for unknown and malformed ids and FORBIDDEN at an archived table', async () => {
      const c = await tableWithCast(t);
      expect(codeOf(await t.gql(CHANGE, { id: UNKNOWN_ID, role: 'MEMBER' }, c.coordinator.token))).toBe('NOT_FOUND');
      expect(codeOf(await t.gql(CHANGE, { id: 'seat', role: 'MEMBER' }, c.coordinator.token))).toBe('NOT_FOUND');
      await t.dataSource.query(`UPDATE round_table SET archived_at = now() WHERE id = $1`, [c.tableId]);
      expect(codeOf(await t.gql(CHANGE, { id: c.participants.member, role: 'OBSERVER' }, c.chair.token))).toBe('FORBIDDEN');
    });
  });

  describe('removeParticipant', () => {
    it('lets the chair and coordinators remove a seat, audits it, and refuses others', async () => {
      const c = await tableWithCast(t);
      for (const viewer of [c.secretary, c.member, c.observer, c.colleague, c.outsider]) {
        expect(codeOf(await t.gql(REMOVE, { id: c.participants.member }, viewer.token))).toBe('FORBIDDEN');
      }
      expect(codeOf(await t.gql(REMOVE, { id: c.participants.member }))).toBe('UNAUTHENTICATED');
      expect((await t.gql(REMOVE, { id: c.participants.member }, c.chair.token)).data.removeParticipant).toBe(true);
      expect(await seatCount(c.tableId, c.member.id)).toBe(0);
      expect((await t.gql(PARTICIPANTS, { id: c.tableId }, c.member.token)).data.table).toEqual({ viewerRole: null, participants: [] });
      expect((await t.gql(REMOVE, { id: c.participants.observer }, c.coordinator.token)).data.removeParticipant).toBe(true);
      expect((await auditEvents(t, c.participants.member)).map((e) => [e.action, e.actor_id, e.table_id])).toEqual([
        ['participant.removed', c.chair.id, c.tableId],
      ]);
      expect(codeOf(await t.gql(REMOVE, { id: c.participants.member }, c.chair.token))).toBe('NOT_FOUND');
      expect(codeOf(await t.gql(REMOVE, { id: 'x' }, c.chair.token))).toBe('NOT_FOUND');
    });

    it('refuses changes at an archived table', async () => {
      const c = await tableWithCast(t);
      await t.dataSource.query(`UPDATE round_table SET archived_at = now() WHERE id = $1`, [c.tableId]);
      expect(codeOf(await t.gql(REMOVE, { id: c.participants.member }, c.coordinator.token))).toBe('FORBIDDEN');
      expect(await seatCount(c.tableId, c.member.id)).toBe(1);
    });
  });

  describe('who sees the participants', () => {
    it('hides them from people who do not sit at the table, coordinators excepted', async () => {
      const c = await tableWithCast(t);
      const otherTable = await createTable(t);
      await addMembership(t, otherTable, c.otherOrganizationId);
      await seat(t, otherTable, c.outsider.id, 'CHAIR', c.otherOrganizationId);
      const visible = async (viewer: FixtureUser) => (await t.gql(PARTICIPANTS, { id: c.tableId }, viewer.token)).data.table.participants.length;
      expect(await visible(c.observer)).toBe(4);
      expect(await visible(c.coordinator)).toBe(4);
      expect(await visible(c.colleague)).toBe(0);
      // Chairing another table gives no view of this one.
      expect(await visible(c.outsider)).toBe(0);
    });
  });
});
