import { codeOf, startTestApp, type TestApp } from './support/test-app';
import { tableWithCast } from './support/fixtures';
import { countStatements } from './support/inspect';

const CREATE = `mutation($input: CreateActionItemInput!) { createActionItem(input: $input) { id version } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateActionItemInput!, $v: Int) { updateActionItem(id: $id, input: $input, expectedVersion: $v) { id version description dueOn assignee { id } assigneeOrganization { id } } }`;
const TABLE = `query($id: ID!) { table(id: $id) { actionItems { totalCount edges { node { id overdue assignee { id } assigneeOrganization { id } createdBy { id } updates { author { id } } } } } } }`;

describe('action item rules', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('clears description, dueOn and assignees with explicit nulls, refuses a null title, keeps absent fields', async () => {
    const c = await tableWithCast(t);
    const input = {
      tableId: c.tableId,
      title: 'Action fictive',
      description: 'Détails fictifs',
      dueOn: '2031-01-01',
      assigneeId: c.member.id,
      assigneeOrganizationId: c.organizationId,
    };
    const id = (await t.gql(CREATE, { input }, c.chair.token)).data.createActionItem.id;
    expect(codeOf(await t.gql(UPDATE, { id, input: { title: null } }, c.chair.token))).toBe('BAD_USER_INPUT');
    expect(codeOf(await t.gql(UPDATE, { id, input: { title: '   ' } }, c.chair.token))).toBe('BAD_USER_INPUT');
    const kept = await t.gql(UPDATE, { id, input: { dueOn: null } }, c.chair.token);
    expect(kept.errors).toBeUndefined();
    expect(kept.data.updateActionItem).toMatchObject({
      version: 2,
      dueOn: null,
      description: 'Détails fictifs',
      assignee: { id: c.member.id },
      assigneeOrganization: { id: c.organizationId },
    });
    const cleared = await t.gql(UPDATE, { id, input: { description: null, assigneeId: null, assigneeOrganizationId: null } }, c.chair.token);
    expect(cleared.errors).toBeUndefined();
    expect(cleared.data.updateActionItem).toMatchObject({ version: 3, description: null, assignee: null, assigneeOrganization: null });
  });

  it('refuses new items on an archived table', async () => {
    const c = await tableWithCast(t);
    await t.dataSource.query(`UPDATE round_table SET archived_at = now() WHERE id = $1`, [c.tableId]);
    const r = await t.gql(CREATE, { input: { tableId: c.tableId, title: 'Action fictive' } }, c.chair.token);
    expect(codeOf(r)).toBe('FORBIDDEN');
    expect(Number((await t.dataSource.query(`SELECT count(*)::int AS n FROM action_item WHERE table_id = $1`, [c.tableId]))[0].n)).toBe(0);
  });

  it('lets exactly one of two concurrent updates with the same expectedVersion through', async () => {
    const c = await tableWithCast(t);
    const id = (await t.gql(CREATE, { input: { tableId: c.tableId, title: 'Action fictive' } }, c.chair.token)).data.createActionItem.id;
    const results = await Promise.all([
      t.gql(UPDATE, { id, input: { title: 'Version du président' }, v: 1 }, c.chair.token),
      t.gql(UPDATE, { id, input: { title: 'Version du secrétaire' }, v: 1 }, c.secretary.token),
    ]);
    expect(results.map(codeOf).sort()).toEqual(['CONFLICT', undefined].sort());
    const [row] = await t.dataSource.query(`SELECT version FROM action_item WHERE id = $1`, [id]);
    expect(Number(row.version)).toBe(2);
  });

  it("reads a table's list without one query per row", async () => {
    const c = await tableWithCast(t);
    const make = (n: number) =>
      t.gql(
        CREATE,
        { input: { tableId: c.tableId, title: `Action fictive ${n}`, assigneeId: c.member.id, assigneeOrganizationId: c.organizationId } },
        c.chair.token,
      );
    await make(1);
    const few = await countStatements(t, () => t.gql(TABLE, { id: c.tableId }, c.member.token));
    for (let n = 2; n <= 6; n++) await make(n);
    const many = await countStatements(t, () => t.gql(TABLE, { id: c.tableId }, c.member.token));
    expect((await t.gql(TABLE, { id: c.tableId }, c.member.token)).data.table.actionItems.totalCount).toBe(6);
    expect(many).toBe(few);
  });
});
