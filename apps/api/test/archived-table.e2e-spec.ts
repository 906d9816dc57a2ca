import { codeOf, startTestApp, type TestApp } from './support/test-app';
import { tableWithCast } from './support/fixtures';
import { auditActions } from './support/inspect';
import { insertItem, insertMeeting } from './support/meeting-fixtures';

const CREATE = `mutation($input: CreateActionItemInput!) { createActionItem(input: $input) { id version } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateActionItemInput!) { updateActionItem(id: $id, input: $input) { id version } }`;
const PROGRESS = `mutation($id: ID!, $body: String, $status: ActionItemStatus) { postActionItemUpdate(id: $id, body: $body, status: $status) { id version } }`;
const EDIT = `mutation($id: ID!, $v: Int!, $input: MinutesInput!) { editMinutes(meetingId: $id, expectedVersion: $v, input: $input) { version } }`;
const CIRCULATE = `mutation($id: ID!) { circulateMinutes(meetingId: $id) { status } }`;
const APPROVE = `mutation($id: ID!) { approveMinutes(meetingId: $id) { status } }`;
const DECIDE = `mutation($input: DecisionInput!) { recordDecision(input: $input) { id } }`;
const MINUTES = `query($id: ID!) { meeting(id: $id) { minutes { id version status } } }`;

/** docs/api-guide.md, "Rules of the domain": an archived table is frozen, so what would change there fails with FORBIDDEN. */
describe('an archived table', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const archive = (tableId: string) => t.dataSource.query(`UPDATE round_table SET archived_at = now() WHERE id = $1`, [tableId]);

  it('refuses changes to its action items, from officers and owners alike, and leaves them as they were', async () => {
    const c = await tableWithCast(t);
    const created = await t.gql(CREATE, { input: { tableId: c.tableId, title: 'Action fictive', assigneeId: c.member.id } }, c.chair.token);
    expect(created.errors).toBeUndefined();
    const id = created.data.createActionItem.id;
    await archive(c.tableId);

    expect(codeOf(await t.gql(CREATE, { input: { tableId: c.tableId, title: 'Autre action fictive' } }, c.chair.token))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(UPDATE, { id, input: { title: 'Titre changé' } }, c.chair.token))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(UPDATE, { id, input: { status: 'DONE' } }, c.member.token))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(PROGRESS, { id, body: 'Commentaire fictif' }, c.member.token))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(PROGRESS, { id, status: 'IN_PROGRESS' }, c.secretary.token))).toBe('FORBIDDEN');

    const [row] = await t.dataSource.query(
      `SELECT title, status, version, (SELECT count(*)::int FROM action_item_update u WHERE u.action_item_id = x.id) AS updates FROM action_item x WHERE id = $1`,
      [id],
    );
    expect(row).toEqual({ title: 'Action fictive', status: 'OPEN', version: 1, updates: 0 });
    expect(await auditActions(t, id)).toEqual(['actionItem.created']);
    expect((await t.dataSource.query(`SELECT count(*)::int AS n FROM action_item WHERE table_id = $1`, [c.tableId]))[0].n).toBe(1);
    // Reading stays possible: the directory keeps archived tables.
    expect((await t.gql(`query($id: ID!) { actionItem(id: $id) { title } }`, { id }, c.member.token)).data.actionItem.title).toBe('Action fictive');
  });

  it('refuses editing, circulating and approving minutes, and recording decisions', async () => {
    const c = await tableWithCast(t);
    const meetingId = await insertMeeting(t, c.tableId, { status: 'ADJOURNED', startsAt: new Date(Date.now() - 7 * 86_400_000) });
    const itemId = await insertItem(t, meetingId, { title: 'Point fictif' });
    const edited = await t.gql(EDIT, { id: meetingId, v: 1, input: { summary: 'Résumé fictif' } }, c.secretary.token);
    expect(edited.errors).toBeUndefined();
    // A second meeting whose minutes were circulated before the table was archived.
    const otherId = await insertMeeting(t, c.tableId, { status: 'ADJOURNED', startsAt: new Date(Date.now() - 14 * 86_400_000) });
    expect((await t.gql(CIRCULATE, { id: otherId }, c.secretary.token)).errors).toBeUndefined();
    await archive(c.tableId);

    expect(
      codeOf(
        await t.gql(
          EDIT,
          { id: meetingId, v: 2, input: { summary: 'Résumé changé', itemNotes: [{ agendaItemId: itemId, notes: 'Notes fictives' }] } },
          c.secretary.token,
        ),
      ),
    ).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(CIRCULATE, { id: meetingId }, c.chair.token))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(APPROVE, { id: otherId }, c.chair.token))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(DECIDE, { input: { meetingId, agendaItemId: itemId, text: 'Décision fictive', outcome: 'ADOPTED' } }, c.chair.token))).toBe(
      'FORBIDDEN',
    );

    const minutes = (await t.gql(MINUTES, { id: meetingId }, c.member.token)).data.meeting.minutes;
    expect(minutes).toMatchObject({ version: 2, status: 'DRAFT' });
    expect((await t.gql(MINUTES, { id: otherId }, c.member.token)).data.meeting.minutes.status).toBe('CIRCULATED');
    expect(await auditActions(t, minutes.id)).toEqual(['minutes.edited']);
    expect((await t.dataSource.query(`SELECT notes FROM agenda_item WHERE id = $1`, [itemId]))[0].notes).toBeNull();
    expect((await t.dataSource.query(`SELECT count(*)::int AS n FROM decision WHERE meeting_id = $1`, [meetingId]))[0].n).toBe(0);
  });

  it('still refuses non-officers first with FORBIDDEN and unknown meetings with NOT_FOUND', async () => {
    const c = await tableWithCast(t);
    const meetingId = await insertMeeting(t, c.tableId, { status: 'ADJOURNED', startsAt: new Date(Date.now() - 86_400_000) });
    await archive(c.tableId);
    expect(codeOf(await t.gql(EDIT, { id: meetingId, v: 1, input: { summary: 'x' } }, c.outsider.token))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(EDIT, { id: '6f1c1d2e-3b4a-4c5d-8e9f-0a1b2c3d4e5f', v: 1, input: { summary: 'x' } }, c.secretary.token))).toBe('NOT_FOUND');
  });
});
