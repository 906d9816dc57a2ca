import { codeOf, startTestApp, type TestApp } from './support/test-app';
import { createTable, tableWithCast } from './support/fixtures';

const UNKNOWN_ID = '6f1c1d2e-3b4a-4c5d-8e9f-0a1b2c3d4e5f';
const LOG = `query($tableId: ID, $first: Int, $after: String) {
  auditLog(tableId: $tableId, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node { id action entityType entityId at actor { id } table { id name } } }
  }
}`;

describe('the audit log', () => {
  let t: TestApp;
  let c: Awaited<ReturnType<typeof tableWithCast>>;

  /** Writes events straight away, `minutesAgo` apart, so that their order is known. */
  async function event(action: string, tableId: string | null, minutesAgo: number, actorId: string | null = null): Promise<string> {
    const rows = await t.dataSource.query(
      `INSERT INTO audit_event (actor_id, action, entity_type, entity_id, table_id, at)
       VALUES ($1, $2, 'table', gen_random_uuid(), $3, now() - make_interval(mins => $4)) RETURNING id`,
      [actorId, action, tableId, minutesAgo],
    );
    return rows[0].id;
  }

  beforeAll(async () => {
    t = await startTestApp();
    c = await tableWithCast(t);
  });
  afterAll(() => t.close());

  it('needs a signed-in viewer', async () => {
    expect(codeOf(await t.gql(LOG, {}))).toBe('UNAUTHENTICATED');
    expect(codeOf(await t.gql(LOG, { tableId: c.tableId }))).toBe('UNAUTHENTICATED');
  });

  it("gives a table's log to its officers only", async () => {
    const own = await event('table.updated', c.tableId, 5, c.chair.id);
    const elsewhere = await event('table.updated', c.provincialId, 4, c.coordinator.id);
    for (const officer of [c.chair, c.secretary]) {
      const r = await t.gql(LOG, { tableId: c.tableId }, officer.token);
      expect(r.errors).toBeUndefined();
      const ids = r.data.auditLog.edges.map((e: { node: { id: string } }) => e.node.id);
      expect(ids).toContain(own);
      expect(ids).not.toContain(elsewhere);
    }
    for (const viewer of [c.member, c.observer, c.colleague, c.outsider, c.coordinator]) {
      const r = await t.gql(LOG, { tableId: c.tableId }, viewer.token);
      expect(codeOf(r)).toBe('FORBIDDEN');
      expect(r.data).toBeNull();
    }
  });

  it("gives the whole platform's log to coordinators only", async () => {
    const other = await event('organization.created', null, 3, c.coordinator.id);
    const r = await t.gql(LOG, { first: 100 }, c.coordinator.token);
    expect(r.data.auditLog.edges.map((e: { node: { id: string } }) => e.node.id)).toContain(other);
    for (const viewer of [c.chair, c.secretary, c.member, c.outsider]) expect(codeOf(await t.gql(LOG, {}, viewer.token))).toBe('FORBIDDEN');
  });

  it('answers NOT_FOUND for an unknown or malformed table', async () => {
    expect(codeOf(await t.gql(LOG, { tableId: UNKNOWN_ID }, c.coordinator.token))).toBe('NOT_FOUND');
    expect(codeOf(await t.gql(LOG, { tableId: 'table' }, c.chair.token))).toBe('NOT_FOUND');
  });

  it('lists newest first with cursor pagination, totalCount, actor and table', async () => {
    const table = await createTable(t, { name: 'Table auditée (fictive)' });
    const seat = await t.dataSource.query(
      `INSERT INTO table_participant (table_id, user_id, organization_id, role) VALUES ($1, $2, $3, 'SECRETARY') RETURNING id`,
      [table, c.secretary.id, c.organizationId],
    );
    expect(seat).toHaveLength(1);
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) ids.push(await event(`test.step${i}`, table, 50 - i, c.chair.id));
    const anonymous = await event('test.system', table, 1, null);
    const newestFirst = [anonymous, ...[...ids].reverse()];

    const first = (await t.gql(LOG, { tableId: table, first: 4 }, c.secretary.token)).data.auditLog;
    expect(first.totalCount).toBe(6);
    expect(first.pageInfo.hasNextPage).toBe(true);
    expect(first.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual(newestFirst.slice(0, 4));
    expect(first.edges[0].node).toMatchObject({
      action: 'test.system',
      entityType: 'table',
      actor: null,
      table: { id: table, name: 'Table auditée (fictive)' },
    });
    expect(first.edges[1].node).toMatchObject({ action: 'test.step4', actor: { id: c.chair.id } });
    const second = (await t.gql(LOG, { tableId: table, first: 4, after: first.pageInfo.endCursor }, c.secretary.token)).data.auditLog;
    expect(second.totalCount).toBe(6);
    expect(second.pageInfo.hasNextPage).toBe(false);
    expect(second.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual(newestFirst.slice(4));
    expect(codeOf(await t.gql(LOG, { tableId: table, after: 'bogus' }, c.secretary.token))).toBe('BAD_USER_INPUT');
    expect(codeOf(await t.gql(LOG, { tableId: table, first: 1000 }, c.secretary.token))).toBe('BAD_USER_INPUT');
  });

  it('records the mutations of this issue as they happen, visible to the table officers', async () => {
    const cast = await tableWithCast(t);
    await t.gql(`mutation($id: ID!) { updateTable(id: $id, input: { quorum: 2 }) { id } }`, { id: cast.tableId }, cast.chair.token);
    await t.gql(`mutation($id: ID!) { changeParticipantRole(participantId: $id, role: MEMBER) { id } }`, { id: cast.participants.observer }, cast.chair.token);
    const log = (await t.gql(LOG, { tableId: cast.tableId }, cast.secretary.token)).data.auditLog;
    expect(log.edges.map((e: { node: { action: string } }) => e.node.action).sort()).toEqual(['participant.role_changed', 'table.updated']);
    expect(log.edges.find((e: { node: { action: string } }) => e.node.action === 'participant.role_changed').node.entityId).toBe(cast.participants.observer);
  });
});
