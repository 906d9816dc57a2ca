import { addMembership, createOrganization, createUser, seat, tableWithCast, type FixtureUser } from './support/fixtures';
import { liveSockets, waitForListener } from './support/live';
import { insertItem, insertMeeting } from './support/meeting-fixtures';
import { codeOf, startTestApp, type TestApp } from './support/test-app';
import { Topics } from '../src/core/pubsub/topics';

const REQUEST = `mutation($m: ID!) { requestToSpeak(meetingId: $m) { id status user { id } organization { id } agendaItem { id } } }`;
const WITHDRAW = `mutation($id: ID!) { withdrawRequestToSpeak(id: $id) { status } }`;
const GIVE = `mutation($id: ID!) { giveFloor(id: $id) { status startedAt } }`;
const END = `mutation($m: ID!) { endSpeech(meetingId: $m) { id } }`;
const LIST = `query($id: ID!) { meeting(id: $id) { speakers { id status user { id } startedAt endedAt } } }`;

describe("the speakers' list: every organization heard before anyone speaks twice", () => {
  let t: TestApp;
  let cast: Awaited<ReturnType<typeof tableWithCast>>;
  let orgB: string;
  let personB: FixtureUser;
  const sockets = liveSockets();

  beforeAll(async () => {
    t = await startTestApp();
    cast = await tableWithCast(t);
    orgB = await createOrganization(t, { name: 'Centre jeunesse fictif' });
    await addMembership(t, cast.tableId, orgB);
    personB = await createUser(t, { organizationId: orgB });
    await seat(t, cast.tableId, personB.id, 'MEMBER', orgB);
  });
  afterAll(() => t.close());

  /** A meeting in progress whose current item is `confidentiality`. */
  async function running(confidentiality: 'MEMBERS' | 'IN_CAMERA' = 'MEMBERS') {
    const meetingId = await insertMeeting(t, cast.tableId, { status: 'IN_PROGRESS' });
    const itemId = await insertItem(t, meetingId, { confidentiality });
    await t.dataSource.query(`UPDATE meeting SET current_item_id = $2, current_item_started_at = now() WHERE id = $1`, [meetingId, itemId]);
    return { meetingId, itemId };
  }
  const ask = (token: string, m: string) => t.gql(REQUEST, { m }, token);
  const list = async (meetingId: string, token = cast.observer.token) =>
    (await t.gql(LIST, { id: meetingId }, token)).data.meeting.speakers.map((s: { user: { id: string }; status: string }) => [s.user.id, s.status]);

  it('orders the queue by organization not yet heard, then request time; the floor goes and ends with times', async () => {
    const { meetingId, itemId } = await running();
    const first = (await ask(cast.member.token, meetingId)).data.requestToSpeak;
    expect(first).toMatchObject({ status: 'WAITING', user: { id: cast.member.id }, organization: { id: cast.organizationId }, agendaItem: { id: itemId } });
    expect((await t.gql(GIVE, { id: first.id }, cast.chair.token)).data.giveFloor.status).toBe('SPEAKING');
    // The police service has now spoken: its second person waits behind the youth centre, who asked later.
    const second = (await ask(cast.secretary.token, meetingId)).data.requestToSpeak;
    const third = (await ask(personB.token, meetingId)).data.requestToSpeak;
    expect(await list(meetingId)).toEqual([
      [cast.member.id, 'SPEAKING'],
      [personB.id, 'WAITING'],
      [cast.secretary.id, 'WAITING'],
    ]);
    await t.gql(GIVE, { id: third.id }, cast.chair.token);
    expect(await list(meetingId)).toEqual([
      [personB.id, 'SPEAKING'],
      [cast.secretary.id, 'WAITING'],
      [cast.member.id, 'DONE'],
    ]);
    await t.gql(END, { m: meetingId }, cast.chair.token);
    const done = (await t.gql(LIST, { id: meetingId }, cast.chair.token)).data.meeting.speakers.filter((s: { status: string }) => s.status === 'DONE');
    expect(done).toHaveLength(2);
    for (const s of done) expect(new Date(s.endedAt).getTime()).toBeGreaterThanOrEqual(new Date(s.startedAt).getTime());
    expect((await t.gql(WITHDRAW, { id: second.id }, cast.secretary.token)).data.withdrawRequestToSpeak.status).toBe('WITHDRAWN');
    const actions = await t.dataSource.query(`SELECT action FROM audit_event WHERE entity_type = 'speakerRequest' AND entity_id = $1 ORDER BY at`, [first.id]);
    expect(actions.map((a: { action: string }) => a.action)).toEqual(['speaker.requested', 'speaker.called']);
  });

  it('holds the rules: one open request per person and item, a current item of a meeting in progress, officers call', async () => {
    const { meetingId } = await running();
    const mine = (await ask(cast.member.token, meetingId)).data.requestToSpeak;
    expect(codeOf(await ask(cast.member.token, meetingId))).toBe('CONFLICT');
    expect(codeOf(await t.gql(GIVE, { id: mine.id }, cast.member.token))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(END, { m: meetingId }, cast.member.token))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(WITHDRAW, { id: mine.id }, personB.token))).toBe('FORBIDDEN');
    expect((await t.gql(WITHDRAW, { id: mine.id }, cast.chair.token)).data.withdrawRequestToSpeak.status).toBe('WITHDRAWN');
    expect(codeOf(await t.gql(WITHDRAW, { id: mine.id }, cast.member.token))).toBe('FORBIDDEN');
    // Asking again after withdrawing is allowed.
    expect((await ask(cast.member.token, meetingId)).errors).toBeUndefined();
    expect(codeOf(await ask(cast.outsider.token, meetingId))).toBe('FORBIDDEN');
    expect(codeOf(await ask(cast.coordinator.token, meetingId))).toBe('FORBIDDEN');
    const scheduled = await insertMeeting(t, cast.tableId);
    expect(codeOf(await ask(cast.member.token, scheduled))).toBe('FORBIDDEN');
    const noItem = await insertMeeting(t, cast.tableId, { status: 'IN_PROGRESS' });
    expect(codeOf(await ask(cast.member.token, noItem))).toBe('FORBIDDEN');
    expect(codeOf(await ask(cast.member.token, '00000000-0000-4000-8000-000000000000'))).toBe('NOT_FOUND');
    expect(codeOf(await t.gql(GIVE, { id: 'pas-un-id' }, cast.chair.token))).toBe('NOT_FOUND');
  });

  it('lets observers ask on a public item, not on an in-camera one, whose list they do not see', async () => {
    const open = await running();
    expect((await ask(cast.observer.token, open.meetingId)).errors).toBeUndefined();
    const closed = await running('IN_CAMERA');
    expect(codeOf(await ask(cast.observer.token, closed.meetingId))).toBe('FORBIDDEN');
    await ask(cast.member.token, closed.meetingId);
    expect(await list(closed.meetingId, cast.observer.token)).toEqual([]);
    expect(await list(closed.meetingId, cast.chair.token)).toEqual([[cast.member.id, 'WAITING']]);
  });

  it('lets a substitute ask to speak for their organization, and tells the room live', async () => {
    const { meetingId } = await running();
    const colleague = await createUser(t, { organizationId: cast.organizationId });
    await t.gql(
      `mutation($m: ID!, $o: ID!, $u: ID!) { sendSubstitute(meetingId: $m, organizationId: $o, userId: $u) { id } }`,
      { m: meetingId, o: cast.organizationId, u: colleague.id },
      cast.member.token,
    );
    const live = await sockets.follow(
      t,
      cast.chair.token,
      `subscription($id: ID!) { meetingEvents(meetingId: $id) { kind meeting { speakers { user { id } } } } }`,
      { id: meetingId },
    );
    await waitForListener(t.app, Topics.meeting(meetingId));
    const asked = await ask(colleague.token, meetingId);
    expect(asked.data.requestToSpeak.organization).toEqual({ id: cast.organizationId });
    const event = (await live.next()).data?.meetingEvents;
    expect(event).toEqual({ kind: 'SPEAKERS_CHANGED', meeting: { speakers: [{ user: { id: colleague.id } }] } });
  });

  it("leaves a substitute's request to the officers once the substitute is withdrawn: they no longer hold a seat there", async () => {
    const { meetingId } = await running();
    const colleague = await createUser(t, { organizationId: cast.organizationId });
    const sent = await t.gql(
      `mutation($m: ID!, $o: ID!, $u: ID!) { sendSubstitute(meetingId: $m, organizationId: $o, userId: $u) { id } }`,
      { m: meetingId, o: cast.organizationId, u: colleague.id },
      cast.member.token,
    );
    const request = (await ask(colleague.token, meetingId)).data.requestToSpeak.id;
    await t.gql(`mutation($id: ID!) { withdrawSubstitute(id: $id) }`, { id: sent.data.sendSubstitute.id }, cast.member.token);
    // Taking it back would hand them the request with its meeting and item.
    const refused = await t.gql(
      `mutation($id: ID!) { withdrawRequestToSpeak(id: $id) { status agendaItem { title } meeting { title } } }`,
      { id: request },
      colleague.token,
    );
    expect([codeOf(refused), refused.data?.withdrawRequestToSpeak ?? null]).toEqual(['FORBIDDEN', null]);
    expect((await t.gql(WITHDRAW, { id: request }, cast.chair.token)).data.withdrawRequestToSpeak.status).toBe('WITHDRAWN');
  });
});
