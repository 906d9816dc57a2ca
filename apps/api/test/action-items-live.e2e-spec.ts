import { Topics } from '../src/core/pubsub/topics';
import { tableWithCast } from './support/fixtures';
import { liveSockets, type LiveSubscription, quietFor, waitForListener } from './support/live';
import { insertItem, insertMeeting } from './support/meeting-fixtures';
import { startTestApp, type TestApp } from './support/test-app';

const CHANGED = `subscription ($tableId: ID, $mine: Boolean) {
  actionItemChanged(tableId: $tableId, mine: $mine) { id title status version agendaItem { id title } assigneeOrganization { id } }
}`;
const MEETING_EVENTS = `subscription ($id: ID!) { meetingEvents(meetingId: $id) { kind actor { id } meeting { id } } }`;
const CREATE = `mutation($input: CreateActionItemInput!) { createActionItem(input: $input) { id } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateActionItemInput!) { updateActionItem(id: $id, input: $input) { id version } }`;
const SECRET_TITLE = 'Suivi fictif à huis clos';

describe('actionItemChanged over graphql-ws', () => {
  let t: TestApp;
  const sockets = liveSockets();
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const follow = (token: string, query: string, variables: Record<string, unknown>): Promise<LiveSubscription> => sockets.follow(t, token, query, variables);

  it('refuses at subscribe time: BAD_USER_INPUT without exactly one of tableId and mine, NOT_FOUND, FORBIDDEN', async () => {
    const c = await tableWithCast(t);
    const cases: Array<[string, Record<string, unknown>, string]> = [
      [c.member.token, {}, 'BAD_USER_INPUT'],
      [c.member.token, { mine: false }, 'BAD_USER_INPUT'],
      [c.member.token, { tableId: c.tableId, mine: true }, 'BAD_USER_INPUT'],
      [c.member.token, { tableId: 'not-a-uuid' }, 'NOT_FOUND'],
      [c.member.token, { tableId: '6f1c1d2e-3b4a-4c5d-8e9f-0a1b2c3d4e5f' }, 'NOT_FOUND'],
      [c.outsider.token, { tableId: c.tableId }, 'FORBIDDEN'],
      [c.colleague.token, { tableId: c.tableId }, 'FORBIDDEN'],
      [c.coordinator.token, { tableId: c.tableId }, 'FORBIDDEN'],
    ];
    for (const [token, variables, code] of cases) {
      const sub = await follow(token, CHANGED, variables);
      const first = await sub.next();
      expect(first.errors?.[0]?.extensions?.code).toBe(code);
      expect(first.data ?? null).toBeNull();
      expect((await sub.ended()).how).toBe('complete');
    }
  });

  it("delivers a table's changes to those who sit there, with each one's rights: no in-camera item for an observer", async () => {
    const c = await tableWithCast(t);
    const meetingId = await insertMeeting(t, c.tableId);
    const secretItem = await insertItem(t, meetingId, { title: 'Point fictif confidentiel', confidentiality: 'IN_CAMERA' });
    const member = await follow(c.member.token, CHANGED, { tableId: c.tableId });
    const observer = await follow(c.observer.token, CHANGED, { tableId: c.tableId });
    const meeting = await follow(c.member.token, MEETING_EVENTS, { id: meetingId });
    await waitForListener(t.app, Topics.tableActionItems(c.tableId), 2);
    await waitForListener(t.app, Topics.meeting(meetingId), 1);

    const open = await t.gql(CREATE, { input: { tableId: c.tableId, meetingId, title: 'Action publique fictive' } }, c.chair.token);
    expect(open.errors).toBeUndefined();
    for (const sub of [member, observer]) {
      const event = await sub.next();
      expect(event.errors).toBeUndefined();
      expect(event.data.actionItemChanged).toMatchObject({ id: open.data.createActionItem.id, title: 'Action publique fictive', status: 'OPEN', version: 1 });
    }
    const meetingEvent = await meeting.next();
    expect(meetingEvent.data.meetingEvents).toMatchObject({ kind: 'ACTION_ITEM_CHANGED', actor: { id: c.chair.id }, meeting: { id: meetingId } });

    const secret = await t.gql(CREATE, { input: { tableId: c.tableId, agendaItemId: secretItem, title: SECRET_TITLE } }, c.chair.token);
    expect(secret.errors).toBeUndefined();
    expect((await member.next()).data.actionItemChanged).toMatchObject({ title: SECRET_TITLE, agendaItem: { id: secretItem } });
    await quietFor(300);
    expect(observer.received).toHaveLength(1);
    expect(JSON.stringify(observer.received)).not.toContain(SECRET_TITLE);

    // The item is re-read at each event: a change made since is what subscribers get.
    const updated = await t.gql(UPDATE, { id: open.data.createActionItem.id, input: { status: 'IN_PROGRESS' } }, c.chair.token);
    expect(updated.errors).toBeUndefined();
    expect((await observer.next()).data.actionItemChanged).toMatchObject({ status: 'IN_PROGRESS', version: 2 });
  });

  it('mine: the assignee and the users of the assignee organization hear of their items once, others nothing', async () => {
    const c = await tableWithCast(t);
    const colleague = await follow(c.colleague.token, CHANGED, { mine: true });
    const outsider = await follow(c.outsider.token, CHANGED, { mine: true });
    await waitForListener(t.app, Topics.organizationActionItems(c.organizationId), 1);
    await waitForListener(t.app, Topics.organizationActionItems(c.otherOrganizationId), 1);

    // Assigned to the colleague AND their organization: published on both topics, delivered once.
    const both = await t.gql(
      CREATE,
      { input: { tableId: c.tableId, title: 'Action fictive partagée', assigneeId: c.colleague.id, assigneeOrganizationId: c.organizationId } },
      c.chair.token,
    );
    expect(both.errors).toBeUndefined();
    const event = await colleague.next();
    expect(event.data.actionItemChanged).toMatchObject({ id: both.data.createActionItem.id, assigneeOrganization: { id: c.organizationId } });
    // Not assigned to them: the colleague (who does not sit at the table) hears nothing of it.
    const other = await t.gql(CREATE, { input: { tableId: c.tableId, title: 'Action fictive du membre', assigneeId: c.member.id } }, c.chair.token);
    expect(other.errors).toBeUndefined();
    await quietFor(300);
    expect(colleague.received).toHaveLength(1);
    expect(outsider.received).toHaveLength(0);
  });
});
