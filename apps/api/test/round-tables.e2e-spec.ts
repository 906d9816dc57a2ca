import { randomBytes } from 'node:crypto';
import { codeOf, startTestApp, type TestApp } from './support/test-app';
import { addMembership, createOrganization, createTable, createUser, regionId, seat, tableWithCast, type FixtureUser } from './support/fixtures';
import { auditEvents, countStatements } from './support/inspect';

const UNKNOWN_ID = '6f1c1d2e-3b4a-4c5d-8e9f-0a1b2c3d4e5f';
const tag = () => randomBytes(3).toString('hex');

const TABLES = `query($search: String, $level: TableLevel, $regionId: ID, $first: Int, $after: String) {
  tables(search: $search, level: $level, regionId: $regionId, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id name level archivedAt } }
  }
}`;
const TABLE = `query($id: ID!) { table(id: $id) {
  id name level mandate quorum archivedAt createdAt viewerRole
  regions { code } parent { id } children { id name archivedAt }
  memberships { id status organization { id } } participants { id role user { id } organization { id } table { id } }
} }`;
const CREATE = `mutation($input: CreateTableInput!) { createTable(input: $input) {
  id name level mandate quorum regions { code } parent { id } viewerRole
  memberships { status organization { id } } participants { role user { id } organization { id } }
} }`;
const UPDATE = `mutation($id: ID!, $input: UpdateTableInput!) { updateTable(id: $id, input: $input) {
  id name mandate quorum regions { code } parent { id }
} }`;
const ARCHIVE = `mutation($id: ID!) { archiveTable(id: $id) { id archivedAt } }`;

describe('round tables', () => {
  let t: TestApp;
  let coordinator: FixtureUser;
  let stranger: FixtureUser;
  let national: string;
  let region: (code: string) => Promise<string>;

  beforeAll(async () => {
    t = await startTestApp();
    coordinator = await createUser(t, { coordinator: true });
    stranger = await createUser(t, { organizationId: await createOrganization(t) });
    national = await createTable(t, { level: 'NATIONAL', regionCodes: ['CA-QC', 'CA-ON'] });
    region = (code) => regionId(t, code);
  });
  afterAll(() => t.close());

  describe('the directory of tables', () => {
    it('needs a signed-in viewer', async () => {
      expect(codeOf(await t.gql(TABLES, {}))).toBe('UNAUTHENTICATED');
      expect(codeOf(await t.gql(TABLE, { id: national }))).toBe('UNAUTHENTICATED');
    });

    it('keeps archived tables listed, with archivedAt', async () => {
      const x = tag();
      const open = await createTable(t, { name: `Table ouverte ${x}` });
      const archived = await createTable(t, { name: `Table archivée ${x}`, archived: true });
      const r = await t.gql(TABLES, { search: x }, stranger.token);
      const byId = new Map(r.data.tables.edges.map((e: { node: { id: string } }) => [e.node.id, e.node]));
      expect(r.data.tables.totalCount).toBe(2);
      expect((byId.get(open) as { archivedAt: string | null }).archivedAt).toBeNull();
      expect((byId.get(archived) as { archivedAt: string | null }).archivedAt).not.toBeNull();
    });

    it('finds names without regard to accents or case, and filters by level and region', async () => {
      const x = tag();
      const montreal = await createTable(t, { name: `Table régionale de Montréal ${x}`, regionCodes: ['QC-06'], parentId: national });
      const quebec = await createTable(t, { name: `Table régionale de Québec ${x}`, regionCodes: ['QC-03', 'QC-06'], parentId: national });
      const provincial = await createTable(t, { name: `Table provinciale ${x}`, level: 'PROVINCIAL', regionCodes: ['CA-QC'], parentId: national });
      const ids = async (vars: Record<string, unknown>) =>
        (await t.gql(TABLES, vars, stranger.token)).data.tables.edges.map((e: { node: { id: string } }) => e.node.id).sort();
      expect(await ids({ search: `montreal ${x}` })).toEqual([montreal]);
      expect(await ids({ search: `MONTRÉAL ${x}` })).toEqual([montreal]);
      expect(await ids({ search: `QUEBEC ${x}` })).toEqual([quebec]);
      expect(await ids({ search: x, level: 'PROVINCIAL' })).toEqual([provincial]);
      expect(await ids({ search: x, regionId: await region('QC-06') })).toEqual([montreal, quebec].sort());
      expect(await ids({ search: x, regionId: await region('QC-03') })).toEqual([quebec]);
      // A province covers its administrative regions.
      expect(await ids({ search: x, regionId: await region('CA-QC') })).toEqual([montreal, quebec, provincial].sort());
      expect(codeOf(await t.gql(TABLES, { regionId: UNKNOWN_ID }, stranger.token))).toBe('NOT_FOUND');
      expect(codeOf(await t.gql(TABLES, { regionId: 'QC-06' }, stranger.token))).toBe('NOT_FOUND');
    });

    it('pages by name with first, after, totalCount and hasNextPage', async () => {
      const x = tag();
      for (const letter of ['C', 'A', 'B']) await createTable(t, { name: `Page ${x} ${letter}` });
      const first = (await t.gql(TABLES, { search: `page ${x}`, first: 2 }, stranger.token)).data.tables;
      expect(first.totalCount).toBe(3);
      expect(first.pageInfo.hasNextPage).toBe(true);
      expect(first.edges.map((e: { node: { name: string } }) => e.node.name)).toEqual([`Page ${x} A`, `Page ${x} B`]);
      const second = (await t.gql(TABLES, { search: `page ${x}`, first: 2, after: first.pageInfo.endCursor }, stranger.token)).data.tables;
      expect(second.totalCount).toBe(3);
      expect(second.pageInfo.hasNextPage).toBe(false);
      expect(second.edges.map((e: { node: { name: string } }) => e.node.name)).toEqual([`Page ${x} C`]);
      expect(codeOf(await t.gql(TABLES, { first: -1 }, stranger.token))).toBe('BAD_USER_INPUT');
      expect(codeOf(await t.gql(TABLES, { after: 'nope' }, stranger.token))).toBe('BAD_USER_INPUT');
    });

    it('reads one table with its relations; NOT_FOUND for unknown and malformed ids', async () => {
      const parent = await createTable(t, { level: 'PROVINCIAL', regionCodes: ['CA-QC'], parentId: national });
      const table = await createTable(t, { name: 'Table lue', parentId: parent, regionCodes: ['QC-07', 'QC-06', 'QC-03'], mandate: 'Mandat fictif' });
      const childB = await createTable(t, { name: 'B enfant', level: 'REGIONAL', parentId: parent, archived: true });
      const childA = await createTable(t, { name: 'A enfant', level: 'REGIONAL', parentId: parent });
      const r = await t.gql(TABLE, { id: table }, stranger.token);
      expect(r.data.table).toMatchObject({
        id: table,
        name: 'Table lue',
        level: 'REGIONAL',
        mandate: 'Mandat fictif',
        quorum: null,
        viewerRole: null,
        archivedAt: null,
      });
      expect(r.data.table.regions.map((x: { code: string }) => x.code)).toEqual(['QC-07', 'QC-06', 'QC-03']);
      expect(r.data.table.parent).toEqual({ id: parent });
      const p = await t.gql(TABLE, { id: parent }, stranger.token);
      expect(p.data.table.children.map((c: { id: string }) => c.id)).toEqual([childA, childB, table]);
      expect(p.data.table.parent).toEqual({ id: national });
      expect(codeOf(await t.gql(TABLE, { id: UNKNOWN_ID }, stranger.token))).toBe('NOT_FOUND');
      expect(codeOf(await t.gql(TABLE, { id: '42' }, stranger.token))).toBe('NOT_FOUND');
    });
  });

  describe('what each viewer sees of a table', () => {
    it('shows participants to those who sit there and to coordinators only, and each viewer their role', async () => {
      const cast = await tableWithCast(t);
      const cases: Array<[FixtureUser, string | null, boolean]> = [
        [cast.chair, 'CHAIR', true],
        [cast.secretary, 'SECRETARY', true],
        [cast.member, 'MEMBER', true],
        [cast.observer, 'OBSERVER', true],
        [cast.coordinator, null, true],
        [cast.colleague, null, false],
        [cast.outsider, null, false],
      ];
      for (const [viewer, role, seesParticipants] of cases) {
        const table = (await t.gql(TABLE, { id: cast.tableId }, viewer.token)).data.table;
        expect(table.viewerRole).toBe(role);
        if (seesParticipants) {
          expect(table.participants.map((p: { role: string }) => p.role)).toEqual(['CHAIR', 'SECRETARY', 'MEMBER', 'OBSERVER']);
          expect(table.participants[0]).toMatchObject({ user: { id: cast.chair.id }, organization: { id: cast.organizationId }, table: { id: cast.tableId } });
        } else {
          expect(table.participants).toEqual([]);
        }
      }
    });

    it('shows ACTIVE memberships to everyone and the others to officers, coordinators and the organization', async () => {
      const cast = await tableWithCast(t);
      const asking = await createOrganization(t);
      const askingUser = await createUser(t, { organizationId: asking });
      const pending = await addMembership(t, cast.tableId, asking, 'PENDING', askingUser.id);
      const declinedOrg = await createOrganization(t);
      const declined = await addMembership(t, cast.tableId, declinedOrg, 'DECLINED');
      const q = `query($id: ID!, $status: MembershipStatus) { table(id: $id) { memberships(status: $status) { id status } } }`;
      const seen = async (viewer: FixtureUser, status?: string) =>
        (await t.gql(q, { id: cast.tableId, status }, viewer.token)).data.table.memberships.map((m: { id: string; status: string }) => m.status).sort();
      for (const viewer of [cast.member, cast.observer, cast.outsider, cast.colleague]) expect(await seen(viewer)).toEqual(['ACTIVE']);
      for (const viewer of [cast.chair, cast.secretary, cast.coordinator]) expect(await seen(viewer)).toEqual(['ACTIVE', 'DECLINED', 'PENDING']);
      expect(await seen(askingUser)).toEqual(['ACTIVE', 'PENDING']);
      expect(await seen(cast.chair, 'PENDING')).toEqual(['PENDING']);
      expect(await seen(cast.member, 'PENDING')).toEqual([]);
      void pending;
      void declined;
    });

    it('lists 20 tables with their relations in a bounded number of SQL statements', async () => {
      const viewer = await createUser(t, { coordinator: true });
      const build = async (count: number, x: string) => {
        const provincial = await createTable(t, { level: 'PROVINCIAL', name: `Parent ${x}`, regionCodes: ['CA-QC'], parentId: national });
        for (let i = 0; i < count; i++) {
          const id = await createTable(t, { name: `Lot ${x} ${String(i).padStart(2, '0')}`, parentId: provincial, regionCodes: ['QC-06', 'QC-03'] });
          const org = await createOrganization(t);
          const user = await createUser(t, { organizationId: org });
          await addMembership(t, id, org, 'ACTIVE');
          await addMembership(t, id, await createOrganization(t), 'PENDING');
          await seat(t, id, user.id, 'CHAIR', org);
        }
      };
      const q = `query($search: String) { tables(search: $search, first: 20) { totalCount edges { node {
        id name viewerRole regions { code name parent { code } } parent { name parent { name } } children { id }
        memberships { status organization { name region { code } } requestedBy { id } }
        participants { role user { id displayName } organization { name } }
      } } } }`;
      const small = tag();
      const large = tag();
      await build(3, small);
      await build(20, large);
      let result: any;
      const few = await countStatements(t, async () => (result = await t.gql(q, { search: `lot ${small}` }, viewer.token)));
      expect(result.data.tables.edges).toHaveLength(3);
      const many = await countStatements(t, async () => (result = await t.gql(q, { search: `lot ${large}` }, viewer.token)));
      expect(result.errors).toBeUndefined();
      expect(result.data.tables.edges).toHaveLength(20);
      expect(result.data.tables.edges[19].node.participants).toHaveLength(1);
      expect(result.data.tables.edges[19].node.memberships).toHaveLength(2);
      // One statement per relation and level (DataLoader waves may split by I/O timing, never by row):
      // one query per row would add dozens here.
      expect(few).toBeLessThanOrEqual(20);
      expect(many).toBeLessThanOrEqual(20);
      expect(many - few).toBeLessThanOrEqual(3);
    });
  });

  describe('createTable', () => {
    const input = (fields: Record<string, unknown>) => ({ name: `Nouvelle table ${tag()}`, level: 'REGIONAL', ...fields });

    it('is for coordinators only', async () => {
      const cast = await tableWithCast(t);
      const body = input({ regionIds: [await region('QC-06')] });
      expect(codeOf(await t.gql(CREATE, { input: body }))).toBe('UNAUTHENTICATED');
      for (const viewer of [cast.chair, cast.member, stranger]) {
        const r = await t.gql(CREATE, { input: body }, viewer.token);
        expect(codeOf(r)).toBe('FORBIDDEN');
      }
      expect((await t.dataSource.query(`SELECT count(*)::int AS n FROM round_table WHERE name = $1`, [body.name]))[0].n).toBe(0);
    });

    it('creates a table with its regions in order, its chair seated and the chair organization an ACTIVE member', async () => {
      const org = await createOrganization(t);
      const chair = await createUser(t, { organizationId: org });
      const provincial = await createTable(t, { level: 'PROVINCIAL', regionCodes: ['CA-QC'], parentId: national });
      const regionIds = [await region('QC-07'), await region('QC-06')];
      const r = await t.gql(
        CREATE,
        { input: input({ regionIds, parentId: provincial, mandate: ' Prévenir. ', quorum: 3, chairUserId: chair.id }) },
        coordinator.token,
      );
      expect(r.errors).toBeUndefined();
      const table = r.data.createTable;
      expect(table).toMatchObject({ level: 'REGIONAL', mandate: 'Prévenir.', quorum: 3, parent: { id: provincial }, viewerRole: null });
      expect(table.regions.map((x: { code: string }) => x.code)).toEqual(['QC-07', 'QC-06']);
      expect(table.memberships).toEqual([{ status: 'ACTIVE', organization: { id: org } }]);
      expect(table.participants).toEqual([{ role: 'CHAIR', user: { id: chair.id }, organization: { id: org } }]);
      expect((await t.gql(TABLE, { id: table.id }, chair.token)).data.table.viewerRole).toBe('CHAIR');
      expect(await auditEvents(t, table.id)).toEqual([{ action: 'table.created', actor_id: coordinator.id, table_id: table.id, entity_type: 'table' }]);
    });

    it('enforces the level rules with BAD_USER_INPUT', async () => {
      const qc = [await region('CA-QC')];
      const provincial = await createTable(t, { level: 'PROVINCIAL', regionCodes: ['CA-QC'], parentId: national });
      const regional = await createTable(t, { level: 'REGIONAL', parentId: provincial });
      const refused: Array<Record<string, unknown>> = [
        { level: 'NATIONAL', parentId: national },
        { level: 'NATIONAL', parentId: provincial },
        { level: 'PROVINCIAL', parentId: provincial },
        { level: 'PROVINCIAL', parentId: regional },
        { level: 'REGIONAL', parentId: regional },
      ];
      for (const fields of refused) {
        const r = await t.gql(CREATE, { input: input({ regionIds: qc, ...fields }) }, coordinator.token);
        expect([fields, codeOf(r)]).toEqual([fields, 'BAD_USER_INPUT']);
      }
      const accepted: Array<Record<string, unknown>> = [
        { level: 'NATIONAL' },
        { level: 'PROVINCIAL', parentId: national },
        { level: 'REGIONAL', parentId: national },
        { level: 'REGIONAL', parentId: provincial },
        { level: 'REGIONAL' },
      ];
      for (const fields of accepted) {
        const r = await t.gql(CREATE, { input: input({ regionIds: qc, ...fields }) }, coordinator.token);
        expect([fields, r.errors]).toEqual([fields, undefined]);
      }
    });

    it('checks its inputs: regions, parent, quorum, name and chair', async () => {
      const qc6 = await region('QC-06');
      const noOrganization = await createUser(t);
      const waiting = await createUser(t, { pendingOrganizationId: await createOrganization(t) });
      const cases: Array<[Record<string, unknown>, string]> = [
        [{ regionIds: [] }, 'BAD_USER_INPUT'],
        [{ regionIds: [qc6, qc6] }, 'BAD_USER_INPUT'],
        [{ regionIds: [UNKNOWN_ID] }, 'NOT_FOUND'],
        [{ regionIds: [qc6, 'QC-06'] }, 'NOT_FOUND'],
        [{ regionIds: [qc6], parentId: UNKNOWN_ID }, 'NOT_FOUND'],
        [{ regionIds: [qc6], parentId: 'parent' }, 'NOT_FOUND'],
        [{ regionIds: [qc6], quorum: 0 }, 'BAD_USER_INPUT'],
        [{ regionIds: [qc6], name: ' ' }, 'BAD_USER_INPUT'],
        [{ regionIds: [qc6], name: 'x'.repeat(201) }, 'BAD_USER_INPUT'],
        [{ regionIds: [qc6], mandate: 'x'.repeat(20_001) }, 'BAD_USER_INPUT'],
        [{ regionIds: [qc6], chairUserId: UNKNOWN_ID }, 'NOT_FOUND'],
        [{ regionIds: [qc6], chairUserId: 'someone' }, 'NOT_FOUND'],
        [{ regionIds: [qc6], chairUserId: noOrganization.id }, 'BAD_USER_INPUT'],
        [{ regionIds: [qc6], chairUserId: waiting.id }, 'BAD_USER_INPUT'],
      ];
      const before = (await t.dataSource.query(`SELECT count(*)::int AS n FROM round_table`))[0].n;
      for (const [fields, code] of cases) {
        const r = await t.gql(CREATE, { input: input(fields) }, coordinator.token);
        expect([fields, codeOf(r)]).toEqual([fields, code]);
      }
      expect((await t.dataSource.query(`SELECT count(*)::int AS n FROM round_table`))[0].n).toBe(before);
    });
  });

  describe('updateTable', () => {
    it('lets the chair and coordinators edit, and nobody else', async () => {
      const cast = await tableWithCast(t);
      expect(codeOf(await t.gql(UPDATE, { id: cast.tableId, input: { name: 'Pirate' } }))).toBe('UNAUTHENTICATED');
      for (const viewer of [cast.secretary, cast.member, cast.observer, cast.colleague, cast.outsider]) {
        expect(codeOf(await t.gql(UPDATE, { id: cast.tableId, input: { name: 'Pirate' } }, viewer.token))).toBe('FORBIDDEN');
      }
      const byChair = await t.gql(UPDATE, { id: cast.tableId, input: { name: 'Renommée par la présidence', quorum: 2 } }, cast.chair.token);
      expect(byChair.data.updateTable).toMatchObject({ name: 'Renommée par la présidence', quorum: 2 });
      const byCoordinator = await t.gql(UPDATE, { id: cast.tableId, input: { mandate: 'Mandat revu' } }, cast.coordinator.token);
      expect(byCoordinator.data.updateTable).toMatchObject({ name: 'Renommée par la présidence', quorum: 2, mandate: 'Mandat revu' });
      expect((await t.gql(TABLES, { search: 'renommee par la presidence' }, stranger.token)).data.tables.totalCount).toBe(1);
      expect((await auditEvents(t, cast.tableId)).map((e) => [e.action, e.actor_id])).toEqual([
        ['table.updated', cast.chair.id],
        ['table.updated', cast.coordinator.id],
      ]);
    });

    it('keeps absent fields, clears explicit nulls, and replaces regions in order', async () => {
      const cast = await tableWithCast(t);
      await t.gql(UPDATE, { id: cast.tableId, input: { mandate: 'Mandat', quorum: 4 } }, cast.coordinator.token);
      const regions = [await region('QC-03'), await region('QC-06')];
      const kept = (await t.gql(UPDATE, { id: cast.tableId, input: { regionIds: regions } }, cast.chair.token)).data.updateTable;
      expect(kept).toMatchObject({ mandate: 'Mandat', quorum: 4, parent: { id: cast.provincialId } });
      expect(kept.regions.map((r: { code: string }) => r.code)).toEqual(['QC-03', 'QC-06']);
      const cleared = (await t.gql(UPDATE, { id: cast.tableId, input: { mandate: null, quorum: null, parentId: null } }, cast.coordinator.token)).data
        .updateTable;
      expect(cleared).toMatchObject({ mandate: null, quorum: null, parent: null });
      expect(cleared.regions.map((r: { code: string }) => r.code)).toEqual(['QC-03', 'QC-06']);
      for (const input of [{ name: null }, { name: '' }, { regionIds: null }, { regionIds: [] }, { quorum: 0 }]) {
        expect([input, codeOf(await t.gql(UPDATE, { id: cast.tableId, input }, cast.coordinator.token))]).toEqual([input, 'BAD_USER_INPUT']);
      }
      expect(codeOf(await t.gql(UPDATE, { id: cast.tableId, input: { regionIds: [UNKNOWN_ID] } }, cast.coordinator.token))).toBe('NOT_FOUND');
    });

    it('lets only coordinators set the parent, within the level rules and without cycles', async () => {
      const cast = await tableWithCast(t);
      const otherProvincial = await createTable(t, { level: 'PROVINCIAL', regionCodes: ['CA-QC'], parentId: national });
      const sibling = await createTable(t, { level: 'REGIONAL', parentId: cast.provincialId });
      expect(codeOf(await t.gql(UPDATE, { id: cast.tableId, input: { parentId: otherProvincial } }, cast.chair.token))).toBe('FORBIDDEN');
      expect(codeOf(await t.gql(UPDATE, { id: cast.tableId, input: { parentId: null } }, cast.chair.token))).toBe('FORBIDDEN');
      const moved = await t.gql(UPDATE, { id: cast.tableId, input: { parentId: otherProvincial } }, cast.coordinator.token);
      expect(moved.data.updateTable.parent).toEqual({ id: otherProvincial });
      const refused: Array<[string, string | null]> = [
        [cast.tableId, sibling], // regional under regional
        [cast.tableId, cast.tableId], // itself
        [otherProvincial, cast.tableId], // under its own child
        [otherProvincial, otherProvincial],
        [national, otherProvincial], // a national table reports to none
      ];
      for (const [id, parentId] of refused) {
        expect([id, parentId, codeOf(await t.gql(UPDATE, { id, input: { parentId } }, cast.coordinator.token))]).toEqual([id, parentId, 'BAD_USER_INPUT']);
      }
      expect(codeOf(await t.gql(UPDATE, { id: cast.tableId, input: { parentId: UNKNOWN_ID } }, cast.coordinator.token))).toBe('NOT_FOUND');
      expect((await t.gql(TABLE, { id: cast.tableId }, cast.chair.token)).data.table.parent).toEqual({ id: otherProvincial });
    });

    it('refuses unknown and malformed ids with NOT_FOUND', async () => {
      expect(codeOf(await t.gql(UPDATE, { id: UNKNOWN_ID, input: { name: 'x' } }, coordinator.token))).toBe('NOT_FOUND');
      expect(codeOf(await t.gql(UPDATE, { id: 'x', input: { name: 'x' } }, coordinator.token))).toBe('NOT_FOUND');
    });
  });

  describe('archiveTable', () => {
    it('is for coordinators, sets archivedAt once, freezes the table and keeps it listed', async () => {
      const cast = await tableWithCast(t);
      expect(codeOf(await t.gql(ARCHIVE, { id: cast.tableId }))).toBe('UNAUTHENTICATED');
      for (const viewer of [cast.chair, cast.secretary, cast.member, cast.outsider]) {
        expect(codeOf(await t.gql(ARCHIVE, { id: cast.tableId }, viewer.token))).toBe('FORBIDDEN');
      }
      const r = await t.gql(ARCHIVE, { id: cast.tableId }, cast.coordinator.token);
      expect(r.data.archiveTable.archivedAt).not.toBeNull();
      expect(codeOf(await t.gql(ARCHIVE, { id: cast.tableId }, cast.coordinator.token))).toBe('FORBIDDEN');
      expect(codeOf(await t.gql(UPDATE, { id: cast.tableId, input: { name: 'Encore' } }, cast.chair.token))).toBe('FORBIDDEN');
      expect(codeOf(await t.gql(UPDATE, { id: cast.tableId, input: { name: 'Encore' } }, cast.coordinator.token))).toBe('FORBIDDEN');
      const listed = (await t.gql(TABLE, { id: cast.tableId }, stranger.token)).data.table;
      expect(listed.archivedAt).toBe(r.data.archiveTable.archivedAt);
      expect((await auditEvents(t, cast.tableId)).map((e) => e.action)).toEqual(['table.archived']);
      expect(codeOf(await t.gql(ARCHIVE, { id: UNKNOWN_ID }, cast.coordinator.token))).toBe('NOT_FOUND');
      expect(codeOf(await t.gql(ARCHIVE, { id: 'nope' }, cast.coordinator.token))).toBe('NOT_FOUND');
    });
  });
});
