import { codeOf, startTestApp, type TestApp } from './support/test-app';
import { createTable, tableWithCast } from './support/fixtures';
import { insertItem, insertMeeting } from './support/meeting-fixtures';

const UNKNOWN_ID = '6f1c1d2e-3b4a-4c5d-8e9f-0a1b2c3d4e5f';
const LOG = `query($tableId: ID, $first: Int, $after: String) {
  auditLog(tableId: $tableId, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node { id action entityType entityId at actor { id } table { id name } } }
  }
}`;

const FILTERED = `query($tableId: ID, $action: String, $actorId: ID, $first: Int) {
  auditLog(tableId: $tableId, action: $action, actorId: $actorId, first: $first) {
    totalCount edges { node { id action actor { id } } }
  }
}`;
const SUBJECTS = `query($tableId: ID, $first: Int) {
  auditLog(tableId: $tableId, first: $first) { edges { node { id entityType entityId entityTitle entityPath } } }
}`;

type Node = { id: string; action: string; actor: { id: string } | null; entityTitle: string | null; entityPath: string | null };
const nodes = (r: { data: { auditLog: { edges: Array<{ node: Node }> } } }) => r.data.auditLog.edges.map((e) => e.node);

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

  /** An event about a given object. */
  async function eventAbout(action: string, entityType: string, entityId: string, tableId: string | null, actorId: string | null = null): Promise<string> {
    const rows = await t.dataSource.query(
      `INSERT INTO audit_event (actor_id, action, entity_type, entity_id, table_id) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [actorId, action, entityType, entityId, tableId],
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

  it('filters by action and by actor, together or apart, in the count too', async () => {
    const cast = await tableWithCast(t);
    const byChair = await event('agenda.published', cast.tableId, 3, cast.chair.id);
    const bySecretary = await event('agenda.published', cast.tableId, 2, cast.secretary.id);
    const otherAction = await event('meeting.scheduled', cast.tableId, 1, cast.chair.id);

    const published = (await t.gql(FILTERED, { tableId: cast.tableId, action: 'agenda.published' }, cast.chair.token)).data.auditLog;
    expect(published.totalCount).toBe(2);
    expect(published.edges.map((e: { node: Node }) => e.node.id)).toEqual([bySecretary, byChair]);

    const chairs = (await t.gql(FILTERED, { tableId: cast.tableId, actorId: cast.chair.id }, cast.chair.token)).data.auditLog;
    expect(chairs.edges.map((e: { node: Node }) => e.node.id)).toEqual([otherAction, byChair]);
    expect(chairs.edges.every((e: { node: Node }) => e.node.actor?.id === cast.chair.id)).toBe(true);

    const both = (await t.gql(FILTERED, { tableId: cast.tableId, action: 'agenda.published', actorId: cast.chair.id }, cast.chair.token)).data.auditLog;
    expect(both.totalCount).toBe(1);
    expect(both.edges.map((e: { node: Node }) => e.node.id)).toEqual([byChair]);

    const nobody = (await t.gql(FILTERED, { tableId: cast.tableId, actorId: UNKNOWN_ID }, cast.chair.token)).data.auditLog;
    expect(nobody).toMatchObject({ totalCount: 0, edges: [] });

    // The platform's log filters the same way.
    const platform = nodes(await t.gql(FILTERED, { action: 'agenda.published', actorId: cast.secretary.id, first: 100 }, cast.coordinator.token));
    expect(platform.map((n) => n.id)).toEqual([bySecretary]);
  });

  it('refuses an unknown action or a malformed actor id, before saying anything about the table', async () => {
    expect(codeOf(await t.gql(FILTERED, { tableId: c.tableId, action: 'meeting.exploded' }, c.chair.token))).toBe('BAD_USER_INPUT');
    expect(codeOf(await t.gql(FILTERED, { tableId: c.tableId, action: '' }, c.chair.token))).toBe('BAD_USER_INPUT');
    expect(codeOf(await t.gql(FILTERED, { tableId: c.tableId, actorId: 'chair' }, c.chair.token))).toBe('BAD_USER_INPUT');
    expect(codeOf(await t.gql(FILTERED, { action: 'meeting.exploded' }, c.coordinator.token))).toBe('BAD_USER_INPUT');
    // The filters do not widen who reads what.
    expect(codeOf(await t.gql(FILTERED, { tableId: c.tableId, action: 'table.updated' }, c.member.token))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(FILTERED, { action: 'table.updated' }, c.chair.token))).toBe('FORBIDDEN');
  });

  it('names each object and links to its page, never naming what the viewer may not read', async () => {
    const cast = await tableWithCast(t);
    const meetingId = await insertMeeting(t, cast.tableId, { title: 'Rencontre d’automne (fictive)' });
    const openItem = await insertItem(t, meetingId, { title: 'Bilan des signalements (fictif)' });
    const closedItem = await insertItem(t, meetingId, { title: 'Dossier nominatif (fictif)', confidentiality: 'IN_CAMERA' });
    const aboutMeeting = await eventAbout('meeting.scheduled', 'meeting', meetingId, cast.tableId, cast.chair.id);
    const aboutOpen = await eventAbout('agendaItem.added', 'agendaItem', openItem, cast.tableId, cast.chair.id);
    const aboutClosed = await eventAbout('agendaItem.read_in_camera', 'agendaItem', closedItem, cast.tableId, cast.chair.id);
    const aboutTable = await eventAbout('table.updated', 'table', cast.tableId, cast.tableId, cast.chair.id);
    const aboutSeat = await eventAbout('participant.role_changed', 'participant', cast.participants.observer, cast.tableId, cast.chair.id);
    const aboutGone = await eventAbout('actionItem.created', 'actionItem', UNKNOWN_ID, cast.tableId, cast.chair.id);

    const byId = (list: Node[]) => new Map(list.map((n) => [n.id, n]));
    const forChair = byId(nodes(await t.gql(SUBJECTS, { tableId: cast.tableId }, cast.chair.token)));
    expect(forChair.get(aboutMeeting)).toMatchObject({ entityTitle: 'Rencontre d’automne (fictive)', entityPath: `/meetings/${meetingId}` });
    expect(forChair.get(aboutOpen)).toMatchObject({ entityTitle: 'Bilan des signalements (fictif)', entityPath: `/meetings/${meetingId}#item-${openItem}` });
    // Officers see in camera.
    expect(forChair.get(aboutClosed)).toMatchObject({ entityTitle: 'Dossier nominatif (fictif)', entityPath: `/meetings/${meetingId}#item-${closedItem}` });
    expect(forChair.get(aboutTable)).toMatchObject({ entityPath: `/tables/${cast.tableId}` });
    expect(forChair.get(aboutTable)?.entityTitle).toBeTruthy();
    expect(forChair.get(aboutSeat)).toMatchObject({ entityPath: `/tables/${cast.tableId}/members` });
    expect(forChair.get(aboutSeat)?.entityTitle).toBeTruthy();
    expect(forChair.get(aboutGone)).toMatchObject({ entityTitle: null, entityPath: null });

    // A coordinator who does not sit at the table reads the platform's log: the public names only.
    const forCoordinator = byId(nodes(await t.gql(SUBJECTS, { first: 100 }, cast.coordinator.token)));
    expect(forCoordinator.get(aboutMeeting)).toMatchObject({ entityTitle: null, entityPath: `/meetings/${meetingId}` });
    expect(forCoordinator.get(aboutOpen)?.entityTitle).toBeNull();
    expect(forCoordinator.get(aboutClosed)?.entityTitle).toBeNull();
    expect(forCoordinator.get(aboutTable)?.entityTitle).toBeTruthy();
    // Coordinators read every table's participants.
    expect(forCoordinator.get(aboutSeat)?.entityTitle).toBeTruthy();
  });
});
