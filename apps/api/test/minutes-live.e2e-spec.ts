import { Topics } from '../src/core/pubsub/topics';
import { tableWithCast } from './support/fixtures';
import { liveSockets, type LiveSubscription, quietFor, waitForListener } from './support/live';
import { insertItem, insertMeeting } from './support/meeting-fixtures';
import { startTestApp, type TestApp } from './support/test-app';

/** Everything an event could reveal of the minutes: notes, decisions and action items, on the meeting and on each item. */
const EVENTS = `subscription ($id: ID!) {
  meetingEvents(meetingId: $id) {
    kind actor { id }
    meeting {
      id
      minutes { version summary markdown }
      agenda { id title notes decisions { text } actionItems { title status } }
      decisions { text agendaItem { id title } }
      actionItems { title status agendaItem { id } decision { text } }
    }
  }
}`;
const EDIT = `mutation($id: ID!, $v: Int!, $input: MinutesInput!) { editMinutes(meetingId: $id, expectedVersion: $v, input: $input) { version } }`;
const DECIDE = `mutation($input: DecisionInput!) { recordDecision(input: $input) { id } }`;
const CREATE = `mutation($input: CreateActionItemInput!) { createActionItem(input: $input) { id } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateActionItemInput!) { updateActionItem(id: $id, input: $input) { id } }`;

const SECRET_TITLE = 'Dossier fictif à huis clos';
const SECRET_NOTES = 'Notes confidentielles fictives';
const SECRET_DECISION = 'Décision confidentielle fictive';
const SECRET_ACTION = 'Action confidentielle fictive';
const SECRET_ACTION_RENAMED = 'Action confidentielle fictive renommée';
const SECRETS = [SECRET_TITLE, SECRET_NOTES, SECRET_DECISION, SECRET_ACTION, SECRET_ACTION_RENAMED];

describe('meetingEvents for minutes, decisions and action items', () => {
  let t: TestApp;
  const sockets = liveSockets();

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const follow = (token: string, meetingId: string): Promise<LiveSubscription> => sockets.follow(t, token, EVENTS, { id: meetingId });

  /** The next event of each subscription, which must be of `kind` and without errors. */
  async function nextOf(subs: LiveSubscription[], kind: string) {
    const events = [];
    for (const sub of subs) {
      const result = await sub.next();
      expect(result.errors).toBeUndefined();
      expect(result.data.meetingEvents.kind).toBe(kind);
      events.push(result.data.meetingEvents);
    }
    return events;
  }

  it('tells a member and an observer of each change, and never shows the observer what was said in camera', async () => {
    const c = await tableWithCast(t);
    const meetingId = await insertMeeting(t, c.tableId, {
      title: 'Réunion fictive en cours',
      status: 'IN_PROGRESS',
      startsAt: new Date(Date.now() - 3600_000),
    });
    const publicItem = await insertItem(t, meetingId, { title: 'Point public fictif' });
    const secretItem = await insertItem(t, meetingId, { title: SECRET_TITLE, confidentiality: 'IN_CAMERA' });
    const member = await follow(c.member.token, meetingId);
    const observer = await follow(c.observer.token, meetingId);
    await waitForListener(t.app, Topics.meeting(meetingId), 2);
    const both = [member, observer];

    // editMinutes → MINUTES_CHANGED
    const notes = [
      { agendaItemId: publicItem, notes: 'Notes publiques fictives' },
      { agendaItemId: secretItem, notes: SECRET_NOTES },
    ];
    expect((await t.gql(EDIT, { id: meetingId, v: 1, input: { summary: 'Résumé fictif', itemNotes: notes } }, c.secretary.token)).errors).toBeUndefined();
    const [m1, o1] = await nextOf(both, 'MINUTES_CHANGED');
    expect(m1.actor).toEqual({ id: c.secretary.id });
    expect(m1.meeting.minutes).toMatchObject({ version: 2, summary: 'Résumé fictif' });
    expect(m1.meeting.agenda.map((i: any) => i.notes)).toEqual(['Notes publiques fictives', SECRET_NOTES]);
    expect(o1.meeting.minutes).toMatchObject({ version: 2, summary: 'Résumé fictif' });
    expect(o1.meeting.agenda.map((i: any) => [i.title, i.notes])).toEqual([['Point public fictif', 'Notes publiques fictives']]);

    // recordDecision → DECISION_RECORDED, on the public item then on the in-camera one
    const decide = (agendaItemId: string, text: string) =>
      t.gql(DECIDE, { input: { meetingId, agendaItemId, text, outcome: 'ADOPTED', votesFor: 3, votesAgainst: 0, abstentions: 0 } }, c.chair.token);
    expect((await decide(publicItem, 'Décision publique fictive')).errors).toBeUndefined();
    const [m2, o2] = await nextOf(both, 'DECISION_RECORDED');
    expect(m2.meeting.decisions.map((d: any) => d.text)).toEqual(['Décision publique fictive']);
    expect(o2.meeting.decisions.map((d: any) => d.text)).toEqual(['Décision publique fictive']);
    const secretDecision = (await decide(secretItem, SECRET_DECISION)).data.recordDecision.id;
    const [m3, o3] = await nextOf(both, 'DECISION_RECORDED');
    expect(m3.meeting.decisions.map((d: any) => d.text)).toEqual(['Décision publique fictive', SECRET_DECISION]);
    expect(o3.meeting.decisions.map((d: any) => d.text)).toEqual(['Décision publique fictive']);

    // createActionItem and updateActionItem → ACTION_ITEM_CHANGED
    const create = (input: Record<string, unknown>) => t.gql(CREATE, { input: { tableId: c.tableId, ...input } }, c.chair.token);
    expect((await create({ meetingId, agendaItemId: publicItem, title: 'Action publique fictive' })).errors).toBeUndefined();
    const [m4, o4] = await nextOf(both, 'ACTION_ITEM_CHANGED');
    expect(m4.meeting.actionItems.map((a: any) => a.title)).toEqual(['Action publique fictive']);
    expect(o4.meeting.actionItems.map((a: any) => a.title)).toEqual(['Action publique fictive']);
    const created = await create({ decisionId: secretDecision, title: SECRET_ACTION, assigneeId: c.member.id });
    expect(created.errors).toBeUndefined();
    const [m5, o5] = await nextOf(both, 'ACTION_ITEM_CHANGED');
    expect(m5.meeting.actionItems.map((a: any) => a.title)).toEqual(['Action publique fictive', SECRET_ACTION]);
    expect(o5.meeting.actionItems.map((a: any) => a.title)).toEqual(['Action publique fictive']);
    const updated = await t.gql(
      UPDATE,
      { id: created.data.createActionItem.id, input: { title: SECRET_ACTION_RENAMED, status: 'IN_PROGRESS' } },
      c.chair.token,
    );
    expect(updated.errors).toBeUndefined();
    const [m6, o6] = await nextOf(both, 'ACTION_ITEM_CHANGED');
    expect(m6.meeting.actionItems).toContainEqual(expect.objectContaining({ title: SECRET_ACTION_RENAMED, status: 'IN_PROGRESS' }));
    expect(o6.meeting.actionItems.map((a: any) => a.title)).toEqual(['Action publique fictive']);

    // Nothing more came, and nothing the observer received names what was said in camera.
    await quietFor(300);
    expect(observer.received).toHaveLength(6);
    const seen = JSON.stringify(observer.received);
    for (const secret of SECRETS) expect(seen).not.toContain(secret);
    expect(JSON.stringify(member.received)).toContain(SECRET_ACTION_RENAMED);
  });
});
