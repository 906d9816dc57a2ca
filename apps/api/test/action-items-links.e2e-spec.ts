import { codeOf, startTestApp, type TestApp } from './support/test-app';
import { tableWithCast } from './support/fixtures';
import { countStatements } from './support/inspect';
import { insertItem, insertMeeting } from './support/meeting-fixtures';

const CREATE = `mutation($input: CreateActionItemInput!) { createActionItem(input: $input) { id meeting { id } agendaItem { id } decision { id } } }`;
const MEETING = `query($id: ID!) { meeting(id: $id) {
  actionItems { id title decision { id } }
  agenda { id actionItems { id } }
  decisions { id actionItems { id title } }
} }`;
const ONE = `query($id: ID!) { actionItem(id: $id) { id decision { id } meeting { id } } }`;
const SECRET_TITLE = 'Action fictive à huis clos';

async function insertDecision(t: TestApp, meetingId: string, agendaItemId: string | null): Promise<string> {
  const rows = await t.dataSource.query(
    `INSERT INTO decision (meeting_id, agenda_item_id, text, outcome) VALUES ($1, $2, 'Décision fictive', 'ADOPTED') RETURNING id`,
    [meetingId, agendaItemId],
  );
  return rows[0].id;
}

describe('action items linked to meetings, agenda items and decisions', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('takes the meeting and agenda item from the decision, checks they agree, and refuses a decision of another table', async () => {
    const c = await tableWithCast(t);
    const meetingId = await insertMeeting(t, c.tableId);
    const itemId = await insertItem(t, meetingId);
    const otherItem = await insertItem(t, meetingId);
    const decisionId = await insertDecision(t, meetingId, itemId);
    const made = await t.gql(CREATE, { input: { tableId: c.tableId, decisionId, title: 'Suite fictive' } }, c.chair.token);
    expect(made.errors).toBeUndefined();
    expect(made.data.createActionItem).toMatchObject({ meeting: { id: meetingId }, agendaItem: { id: itemId }, decision: { id: decisionId } });

    const base = { tableId: c.tableId, decisionId, title: 'Suite fictive' };
    expect(codeOf(await t.gql(CREATE, { input: { ...base, agendaItemId: otherItem } }, c.chair.token))).toBe('BAD_USER_INPUT');
    const otherMeeting = await insertMeeting(t, c.tableId);
    expect(codeOf(await t.gql(CREATE, { input: { ...base, meetingId: otherMeeting } }, c.chair.token))).toBe('BAD_USER_INPUT');
    expect(codeOf(await t.gql(CREATE, { input: { ...base, decisionId: 'not-a-uuid' } }, c.chair.token))).toBe('NOT_FOUND');
    const other = await tableWithCast(t);
    const foreignDecision = await insertDecision(t, await insertMeeting(t, other.tableId), null);
    expect(codeOf(await t.gql(CREATE, { input: { ...base, decisionId: foreignDecision } }, c.chair.token))).toBe('BAD_USER_INPUT');
    // The foreign key holds: no action item may point at a decision that does not exist.
    await expect(t.dataSource.query(`UPDATE action_item SET decision_id = gen_random_uuid() WHERE id = $1`, [made.data.createActionItem.id])).rejects.toThrow();
  });

  it('lists Meeting/AgendaItem/Decision.actionItems as each viewer may read them, without one query per row', async () => {
    const c = await tableWithCast(t);
    const meetingId = await insertMeeting(t, c.tableId);
    const openItem = await insertItem(t, meetingId, { title: 'Point public fictif' });
    const secretItem = await insertItem(t, meetingId, { title: 'Point fictif confidentiel', confidentiality: 'IN_CAMERA' });
    const openDecision = await insertDecision(t, meetingId, openItem);
    const secretDecision = await insertDecision(t, meetingId, secretItem);
    const ids: string[] = [];
    for (const input of [
      { decisionId: openDecision, title: 'Action publique fictive 1' },
      { decisionId: openDecision, title: 'Action publique fictive 2' },
      { agendaItemId: openItem, title: 'Action publique fictive 3' },
      { decisionId: secretDecision, title: SECRET_TITLE, assigneeId: c.observer.id },
    ]) {
      const r = await t.gql(CREATE, { input: { tableId: c.tableId, ...input } }, c.secretary.token);
      expect(r.errors).toBeUndefined();
      ids.push(r.data.createActionItem.id);
    }
    const member = (await t.gql(MEETING, { id: meetingId }, c.member.token)).data.meeting;
    expect(member.actionItems.map((i: { id: string }) => i.id)).toEqual(ids);
    expect(member.agenda.map((a: { actionItems: Array<{ id: string }> }) => a.actionItems.map((i) => i.id))).toEqual([ids.slice(0, 3), [ids[3]]]);
    const byDecision = Object.fromEntries(
      member.decisions.map((d: { id: string; actionItems: Array<{ id: string }> }) => [d.id, d.actionItems.map((i) => i.id)]),
    );
    expect(byDecision).toEqual({ [openDecision]: ids.slice(0, 2), [secretDecision]: [ids[3]] });

    // The observer (even as its assignee) does not read the in-camera item, nor its decision.
    const observer = await t.gql(MEETING, { id: meetingId }, c.observer.token);
    expect(observer.errors).toBeUndefined();
    expect(observer.data.meeting.actionItems.map((i: { id: string }) => i.id)).toEqual(ids.slice(0, 3));
    expect(JSON.stringify(observer.data)).not.toContain(SECRET_TITLE);
    expect(codeOf(await t.gql(ONE, { id: ids[3] }, c.observer.token))).toBe('FORBIDDEN');
    // A user of the assignee organization who does not sit at the table reads the item, not its decision or meeting.
    const org = await t.gql(
      CREATE,
      { input: { tableId: c.tableId, decisionId: openDecision, title: 'Action fictive de l’organisme', assigneeOrganizationId: c.organizationId } },
      c.chair.token,
    );
    const colleague = await t.gql(ONE, { id: org.data.createActionItem.id }, c.colleague.token);
    expect(colleague.data.actionItem).toEqual({ id: org.data.createActionItem.id, decision: null, meeting: null });

    // Adding more items does not add queries.
    const before = await countStatements(t, () => t.gql(MEETING, { id: meetingId }, c.member.token));
    for (let i = 0; i < 3; i++) await t.gql(CREATE, { input: { tableId: c.tableId, decisionId: openDecision, title: `Action en plus ${i}` } }, c.chair.token);
    const after = await countStatements(t, () => t.gql(MEETING, { id: meetingId }, c.member.token));
    expect(after).toBe(before);
  });
});
