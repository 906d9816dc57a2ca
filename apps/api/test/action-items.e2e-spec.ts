import { codeOf, startTestApp, type TestApp } from './support/test-app';
import { createUser, seat, tableWithCast } from './support/fixtures';
import { auditActions } from './support/inspect';
import { insertItem, insertMeeting } from './support/meeting-fixtures';

const UNKNOWN_ID = '6f1c1d2e-3b4a-4c5d-8e9f-0a1b2c3d4e5f';
const FIELDS = `id title description status dueOn overdue version completedAt assignee { id } assigneeOrganization { id } meeting { id } agendaItem { id } updates { status body author { id } }`;
const CREATE = `mutation($input: CreateActionItemInput!) { createActionItem(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateActionItemInput!, $v: Int) { updateActionItem(id: $id, input: $input, expectedVersion: $v) { ${FIELDS} } }`;
const POST = `mutation($id: ID!, $body: String, $status: ActionItemStatus) { postActionItemUpdate(id: $id, body: $body, status: $status) { ${FIELDS} } }`;
const ONE = `query($id: ID!) { actionItem(id: $id) { ${FIELDS} } }`;
const MINE = `query($filter: ActionItemFilter, $first: Int, $after: String) { myActionItems(filter: $filter, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id title overdue } } } }`;
const TABLE = `query($id: ID!, $filter: ActionItemFilter) { table(id: $id) { actionItems(filter: $filter) { totalCount edges { node { id title } } } } }`;
const TABLE_PAGE = `query($id: ID!, $first: Int, $after: String) { table(id: $id) { actionItems(first: $first, after: $after) { pageInfo { hasNextPage endCursor } edges { node { title } } } } }`;

/** A calendar day some days from today (UTC): far enough from the table's own today not to cross it. */
const dayIn = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

describe('action items', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('lets officers create items, refuses others, validates links and assignees, notifies and audits', async () => {
    const c = await tableWithCast(t);
    const input = { tableId: c.tableId, title: ' Préparer le bilan fictif ', assigneeId: c.member.id, dueOn: '2030-03-01' };
    for (const viewer of [c.member, c.observer, c.colleague, c.outsider, c.coordinator]) {
      expect(codeOf(await t.gql(CREATE, { input }, viewer.token))).toBe('FORBIDDEN');
    }
    expect(codeOf(await t.gql(CREATE, { input: { ...input, tableId: 'nope' } }, c.chair.token))).toBe('NOT_FOUND');
    expect(codeOf(await t.gql(CREATE, { input: { ...input, title: '  ' } }, c.chair.token))).toBe('BAD_USER_INPUT');
    expect(codeOf(await t.gql(CREATE, { input: { ...input, title: 'x'.repeat(201) } }, c.chair.token))).toBe('BAD_USER_INPUT');
    expect(codeOf(await t.gql(CREATE, { input: { ...input, dueOn: '2030-02-30' } }, c.chair.token))).toBe('BAD_USER_INPUT');
    expect(codeOf(await t.gql(CREATE, { input: { ...input, assigneeId: c.outsider.id } }, c.chair.token))).toBe('BAD_USER_INPUT');
    expect(codeOf(await t.gql(CREATE, { input: { ...input, assigneeId: UNKNOWN_ID } }, c.chair.token))).toBe('NOT_FOUND');
    expect(codeOf(await t.gql(CREATE, { input: { ...input, assigneeId: null, assigneeOrganizationId: c.otherOrganizationId } }, c.chair.token))).toBe(
      'BAD_USER_INPUT',
    );
    expect(codeOf(await t.gql(CREATE, { input: { ...input, decisionId: UNKNOWN_ID } }, c.chair.token))).toBe('NOT_FOUND');
    const other = await tableWithCast(t);
    const foreignMeeting = await insertMeeting(t, other.tableId);
    expect(codeOf(await t.gql(CREATE, { input: { ...input, meetingId: foreignMeeting } }, c.chair.token))).toBe('BAD_USER_INPUT');

    const meetingId = await insertMeeting(t, c.tableId);
    const agendaItemId = await insertItem(t, meetingId);
    const res = await t.gql(CREATE, { input: { ...input, agendaItemId } }, c.secretary.token);
    expect(res.errors).toBeUndefined();
    const item = res.data.createActionItem;
    expect(item).toMatchObject({
      title: 'Préparer le bilan fictif',
      status: 'OPEN',
      dueOn: '2030-03-01',
      version: 1,
      overdue: false,
      completedAt: null,
      assignee: { id: c.member.id },
      meeting: { id: meetingId },
      agendaItem: { id: agendaItemId },
      updates: [],
    });
    expect(await auditActions(t, item.id)).toEqual(['actionItem.created']);
    const notes = await t.dataSource.query(`SELECT user_id, kind FROM notification WHERE kind = 'ACTION_ITEM_ASSIGNED' AND table_id = $1`, [c.tableId]);
    expect(notes).toEqual([{ user_id: c.member.id, kind: 'ACTION_ITEM_ASSIGNED' }]);
    // The notification names the item, so that a click on it leads there.
    const listed = await t.gql('{ notifications(first: 5) { edges { node { kind subjectId } } } }', {}, c.member.token);
    expect(listed.data.notifications.edges.map((e: any) => e.node)).toContainEqual({ kind: 'ACTION_ITEM_ASSIGNED', subjectId: item.id });

    // An organization's item goes to its people at the table.
    const orgItem = await t.gql(CREATE, { input: { tableId: c.tableId, title: 'Action fictive', assigneeOrganizationId: c.organizationId } }, c.chair.token);
    expect(orgItem.errors).toBeUndefined();
    const orgNotes = await t.dataSource.query(
      `SELECT user_id FROM notification WHERE kind = 'ACTION_ITEM_ASSIGNED' AND table_id = $1 AND user_id <> $2 ORDER BY user_id`,
      [c.tableId, c.member.id],
    );
    expect(orgNotes.map((r: { user_id: string }) => r.user_id).sort()).toEqual([c.secretary.id, c.observer.id].sort());
  });

  it('lets assignees change only the status, checks expectedVersion, logs status changes and completedAt', async () => {
    const c = await tableWithCast(t);
    const created = (await t.gql(CREATE, { input: { tableId: c.tableId, title: 'Action fictive', assigneeOrganizationId: c.organizationId } }, c.chair.token))
      .data.createActionItem;
    expect(codeOf(await t.gql(UPDATE, { id: created.id, input: { title: 'Autre' } }, c.colleague.token))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(UPDATE, { id: created.id, input: { status: 'DONE' } }, c.outsider.token))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(UPDATE, { id: 'bad', input: { status: 'DONE' } }, c.chair.token))).toBe('NOT_FOUND');
    expect(codeOf(await t.gql(UPDATE, { id: created.id, input: { status: 'DONE' }, v: 2 }, c.colleague.token))).toBe('CONFLICT');

    const done = await t.gql(UPDATE, { id: created.id, input: { status: 'DONE' }, v: 1 }, c.colleague.token);
    expect(done.errors).toBeUndefined();
    expect(done.data.updateActionItem).toMatchObject({ status: 'DONE', version: 2, updates: [{ status: 'DONE', author: { id: c.colleague.id } }] });
    expect(done.data.updateActionItem.completedAt).not.toBeNull();
    expect(codeOf(await t.gql(UPDATE, { id: created.id, input: { title: 'Stale' }, v: 1 }, c.chair.token))).toBe('CONFLICT');

    const reopened = (await t.gql(UPDATE, { id: created.id, input: { status: 'IN_PROGRESS', dueOn: '2020-01-01' }, v: 2 }, c.chair.token)).data
      .updateActionItem;
    expect(reopened).toMatchObject({ status: 'IN_PROGRESS', version: 3, completedAt: null, dueOn: '2020-01-01', overdue: true });
    expect(reopened.updates.map((u: { status: string }) => u.status)).toEqual(['IN_PROGRESS', 'DONE']);

    const posted = (await t.gql(POST, { id: created.id, body: 'Bilan fictif envoyé', status: 'BLOCKED' }, c.member.token)).data.postActionItemUpdate;
    expect(posted).toMatchObject({ status: 'BLOCKED', version: 4 });
    expect(posted.updates[0]).toMatchObject({ status: 'BLOCKED', body: 'Bilan fictif envoyé' });
    expect(codeOf(await t.gql(POST, { id: created.id, body: 'non' }, c.outsider.token))).toBe('FORBIDDEN');
    expect(await auditActions(t, created.id)).toEqual(['actionItem.created', 'actionItem.updated', 'actionItem.updated', 'actionItem.progressed']);
  });

  it('reads: actionItem, table lists and myActionItems with filters, pagination and in-camera hiding', async () => {
    const c = await tableWithCast(t);
    const meetingId = await insertMeeting(t, c.tableId);
    const secret = await insertItem(t, meetingId, { confidentiality: 'IN_CAMERA' });
    const mk = async (fields: Record<string, unknown>) =>
      (await t.gql(CREATE, { input: { tableId: c.tableId, ...fields } }, c.chair.token)).data.createActionItem.id as string;
    const a = await mk({ title: 'A fictive', assigneeId: c.member.id, dueOn: '2020-01-01' });
    const b = await mk({ title: 'B fictive', assigneeOrganizationId: c.organizationId, dueOn: '2099-01-01' });
    const hidden = await mk({ title: 'Huis clos fictif', agendaItemId: secret, assigneeId: c.member.id });

    expect(codeOf(await t.gql(ONE, { id: UNKNOWN_ID }, c.member.token))).toBe('NOT_FOUND');
    expect(codeOf(await t.gql(ONE, { id: 'x' }, c.member.token))).toBe('NOT_FOUND');
    expect(codeOf(await t.gql(ONE, { id: a }, c.outsider.token))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(ONE, { id: a }, c.coordinator.token))).toBe('FORBIDDEN');
    const denied = await t.gql(ONE, { id: hidden }, c.observer.token);
    expect(codeOf(denied)).toBe('FORBIDDEN');
    expect(JSON.stringify(denied)).not.toContain('Huis clos');
    expect((await t.gql(ONE, { id: b }, c.colleague.token)).data.actionItem.id).toBe(b);

    const observerList = (await t.gql(TABLE, { id: c.tableId }, c.observer.token)).data.table.actionItems;
    expect(observerList.totalCount).toBe(2);
    expect(JSON.stringify(observerList)).not.toContain('Huis clos');
    expect((await t.gql(TABLE, { id: c.tableId }, c.member.token)).data.table.actionItems.totalCount).toBe(3);
    expect((await t.gql(TABLE, { id: c.tableId }, c.outsider.token)).data.table.actionItems.totalCount).toBe(0);
    expect((await t.gql(TABLE, { id: c.tableId, filter: { overdue: true } }, c.member.token)).data.table.actionItems.edges.map((e: any) => e.node.id)).toEqual([
      a,
    ]);
    expect((await t.gql(TABLE, { id: c.tableId, filter: { dueBefore: '2030-01-01' } }, c.member.token)).data.table.actionItems.totalCount).toBe(1);
    expect((await t.gql(TABLE, { id: c.tableId, filter: { assigneeId: c.member.id } }, c.member.token)).data.table.actionItems.totalCount).toBe(2);

    // Mine: the member's own and the organization's; the colleague sees the organization's only.
    const first = (await t.gql(MINE, { first: 2 }, c.member.token)).data.myActionItems;
    expect(first.totalCount).toBe(3);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = (await t.gql(MINE, { first: 2, after: first.pageInfo.endCursor }, c.member.token)).data.myActionItems;
    expect([...first.edges, ...second.edges].map((e: any) => e.node.id).sort()).toEqual([a, b, hidden].sort());
    expect(second.pageInfo.hasNextPage).toBe(false);
    expect((await t.gql(MINE, {}, c.colleague.token)).data.myActionItems.edges.map((e: any) => e.node.id)).toEqual([b]);
    expect((await t.gql(MINE, { filter: { status: ['DONE'] } }, c.member.token)).data.myActionItems.totalCount).toBe(0);
    // Across tables, one table at a time.
    expect((await t.gql(MINE, { filter: { tableId: c.tableId } }, c.member.token)).data.myActionItems.totalCount).toBe(3);
    const elsewhere = await tableWithCast(t);
    expect((await t.gql(MINE, { filter: { tableId: elsewhere.tableId } }, c.member.token)).data.myActionItems.totalCount).toBe(0);
    expect(codeOf(await t.gql(MINE, { filter: { tableId: 'x' } }, c.member.token))).toBe('NOT_FOUND');
    const stranger = await createUser(t);
    await seat(t, c.tableId, stranger.id, 'OBSERVER', null);
    expect((await t.gql(MINE, {}, stranger.token)).data.myActionItems.totalCount).toBe(0);
  });

  it('lists by urgency: overdue (oldest first), due soon, later, undated, then done or cancelled; pages keep that order', async () => {
    const c = await tableWithCast(t);
    const mk = async (title: string, dueOn: string | null, status?: 'DONE' | 'CANCELLED' | 'BLOCKED') => {
      const created = (await t.gql(CREATE, { input: { tableId: c.tableId, title, assigneeId: c.member.id, dueOn } }, c.chair.token)).data.createActionItem;
      if (status) expect((await t.gql(UPDATE, { id: created.id, input: { status } }, c.chair.token)).errors).toBeUndefined();
    };
    // Created out of order on purpose: neither creation nor title decides.
    await mk('Plus tard fictif', '2099-06-01');
    await mk('Terminée fictive', '2019-01-01', 'DONE');
    await mk('Sans échéance fictive', null);
    await mk('Retard récent fictif', '2021-05-01', 'BLOCKED');
    await mk('Annulée fictive', null, 'CANCELLED');
    await mk('Bientôt fictif', dayIn(3));
    await mk('Retard ancien fictif', '2020-01-01');
    await mk('Plus tard aussi fictif', '2099-06-01');
    const expected = [
      'Retard ancien fictif',
      'Retard récent fictif',
      'Bientôt fictif',
      'Plus tard fictif',
      // Same day: the one created first comes first.
      'Plus tard aussi fictif',
      'Sans échéance fictive',
      'Terminée fictive',
      'Annulée fictive',
    ];

    const whole = (await t.gql(TABLE, { id: c.tableId }, c.member.token)).data.table.actionItems;
    expect(whole.edges.map((e: any) => e.node.title)).toEqual(expected);

    // Page by page, three at a time, for the table's board and for « my action items ».
    const pages = async (read: (after: string | null) => Promise<{ pageInfo: { hasNextPage: boolean; endCursor: string }; edges: any[] }>) => {
      const titles: string[] = [];
      let after: string | null = null;
      for (let guard = 0; guard < 10; guard++) {
        const page = await read(after);
        titles.push(...page.edges.map((e) => e.node.title));
        if (!page.pageInfo.hasNextPage) return titles;
        after = page.pageInfo.endCursor;
      }
      throw new Error('the pages never ended');
    };
    expect(await pages(async (after) => (await t.gql(TABLE_PAGE, { id: c.tableId, first: 3, after }, c.member.token)).data.table.actionItems)).toEqual(
      expected,
    );
    expect(await pages(async (after) => (await t.gql(MINE, { first: 3, after }, c.member.token)).data.myActionItems)).toEqual(expected);

    // A cursor of another shape is refused, not misread.
    const stale = Buffer.from(JSON.stringify(['2026-01-01T00:00:00.000000', UNKNOWN_ID])).toString('base64url');
    expect(codeOf(await t.gql(MINE, { first: 3, after: stale }, c.member.token))).toBe('BAD_USER_INPUT');
  });
});
