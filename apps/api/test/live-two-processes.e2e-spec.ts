import { LiveConnections } from '../src/core/live/live-connections';
import { Topics } from '../src/core/pubsub/topics';
import { createOrganization, createUser, tableWithCast } from './support/fixtures';
import { liveSockets, listenersOf, quietFor, waitForListener, waitUntil } from './support/live';
import { insertItem, insertMeeting } from './support/meeting-fixtures';
import { assertRedisUp } from './support/redis';
import { testRedisUrl, testStore } from './support/stores';
import { startTestApp, type TestApp } from './support/test-app';

const NOTIFICATIONS = `subscription { notificationReceived { id kind createdAt table { id } } }`;
const EVENTS = `subscription ($id: ID!) { meetingEvents(meetingId: $id) { kind at actor { id } meeting { id agenda { title } currentItem { title } } } }`;
const SECRET_TITLE = 'Dossier fictif à huis clos';

// Two API processes need one database server: PGlite is one process's embedded database.
const onPostgres = testStore() === 'postgres';
const describeTwoProcesses = onPostgres ? describe : describe.skip;

describeTwoProcesses('two API processes on one PostgreSQL and one Redis', () => {
  let first: TestApp;
  let second: TestApp;
  const sockets = liveSockets();

  beforeAll(async () => {
    const redisUrl = testRedisUrl();
    await assertRedisUp(redisUrl);
    first = await startTestApp({ REDIS_URL: redisUrl });
    second = await startTestApp({ REDIS_URL: redisUrl }, { shareDatabaseWith: first });
    // Both listen for session revocations before anything is revoked.
    await waitUntil(async () => (await listenersOf(first.app, Topics.sessionRevocations)) >= 2, 'both processes to listen for revocations');
  });
  afterAll(async () => {
    // The first app owns the database: the second leaves it first.
    await second?.close();
    await first?.close();
  });

  it('delivers to a subscriber of the first process the notification of a mutation sent to the second', async () => {
    const cast = await tableWithCast(first);
    const organizationId = await createOrganization(first);
    const applicant = await createUser(first, { organizationId });
    const chair = await sockets.follow(first, cast.chair.token, NOTIFICATIONS);
    await waitForListener(first.app, Topics.notifications(cast.chair.id));
    const member = await sockets.follow(second, cast.member.token, NOTIFICATIONS);
    await waitForListener(second.app, Topics.notifications(cast.member.id));

    const result = await second.gql(
      `mutation ($t: ID!, $o: ID!) { requestMembership(tableId: $t, organizationId: $o) { id } }`,
      { t: cast.tableId, o: organizationId },
      applicant.token,
    );
    expect(result.errors).toBeUndefined();
    const event = await chair.next();
    expect(event.errors).toBeUndefined();
    expect(event.data.notificationReceived).toMatchObject({ kind: 'MEMBERSHIP_REQUESTED', table: { id: cast.tableId } });
    // Through Redis as JSON and back: the instant is still a DateTime.
    expect(new Date(event.data.notificationReceived.createdAt).getTime()).toBeGreaterThan(Date.now() - 60_000);
    await quietFor(300);
    expect(member.received).toHaveLength(0);
  });

  it('delivers a meeting event from the second process to subscribers of both, each with their own rights', async () => {
    const cast = await tableWithCast(first);
    const meetingId = await insertMeeting(first, cast.tableId);
    await insertItem(first, meetingId, { title: 'Point public fictif' });
    const secretItem = await insertItem(first, meetingId, { title: SECRET_TITLE, confidentiality: 'IN_CAMERA' });
    const member = await sockets.follow(first, cast.member.token, EVENTS, { id: meetingId });
    const observer = await sockets.follow(second, cast.observer.token, EVENTS, { id: meetingId });
    // One Redis subscription per process.
    await waitForListener(first.app, Topics.meeting(meetingId), 2);

    const moved = await second.gql(
      `mutation ($m: ID!, $i: ID) { setCurrentAgendaItem(meetingId: $m, itemId: $i) { id } }`,
      { m: meetingId, i: secretItem },
      cast.chair.token,
    );
    expect(moved.errors).toBeUndefined();
    const forMember = (await member.next()).data.meetingEvents;
    expect(forMember).toMatchObject({
      kind: 'CURRENT_ITEM_CHANGED',
      actor: { id: cast.chair.id },
      meeting: { id: meetingId, currentItem: { title: SECRET_TITLE } },
    });
    expect(forMember.meeting.agenda.map((i: { title: string }) => i.title)).toContain(SECRET_TITLE);
    expect(new Date(forMember.at).getTime()).toBeGreaterThan(Date.now() - 60_000);
    const forObserver = await observer.next();
    expect(forObserver.data.meetingEvents).toMatchObject({ kind: 'CURRENT_ITEM_CHANGED', meeting: { currentItem: null } });
    expect(JSON.stringify(forObserver)).not.toContain(SECRET_TITLE);
  });

  it('carries a vote’s turnout from a ballot cast on the second process to the room on the first, without its choice', async () => {
    const cast = await tableWithCast(first);
    const meetingId = await insertMeeting(first, cast.tableId, { status: 'IN_PROGRESS' });
    const itemId = await insertItem(first, meetingId, { title: 'Budget fictif' });
    const attend = `mutation ($m: ID!, $u: ID!) { recordAttendance(meetingId: $m, userId: $u, status: PRESENT) { status } }`;
    for (const person of [cast.chair, cast.member]) await first.gql(attend, { m: meetingId, u: person.id }, cast.chair.token);
    const opened = await first.gql(
      `mutation ($item: ID!) { openVote(input: { agendaItemId: $item, question: "Adopter le budget fictif ?", method: YES_NO_ABSTAIN, threshold: SIMPLE_MAJORITY }) { id } }`,
      { item: itemId },
      cast.chair.token,
    );
    const room = await sockets.follow(
      first,
      cast.observer.token,
      `subscription ($id: ID!) { meetingEvents(meetingId: $id) { kind meeting { votes { votedOrganizations { id } ballots { choice } } } } }`,
      {
        id: meetingId,
      },
    );
    await waitForListener(first.app, Topics.meeting(meetingId));
    const ballot = await second.gql(
      `mutation ($v: ID!, $o: ID!) { castBallot(voteId: $v, organizationId: $o, choice: "NO") { choice } }`,
      { v: opened.data.openVote.id, o: cast.organizationId },
      cast.member.token,
    );
    expect(ballot.errors).toBeUndefined();
    expect((await room.next()).data.meetingEvents).toEqual({
      kind: 'VOTE_UPDATED',
      meeting: { votes: [{ votedOrganizations: [{ id: cast.organizationId }], ballots: [] }] },
    });
  });

  it('closes, from a signOut sent to the second process, the socket of that session open on the first', async () => {
    // Only the revocation message may close it: the periodic re-check is switched off meanwhile.
    const sweep = jest.spyOn(first.app.get(LiveConnections), 'sweep').mockResolvedValue(undefined);
    const user = await createUser(first);
    const socket = await sockets.open(first, user.token);
    expect((await second.gql(`mutation { signOut }`, {}, user.token)).data.signOut).toBe(true);
    expect(await socket.closed()).toBe(4403);
    sweep.mockRestore();
  });
});

if (!onPostgres) {
  it('two API processes: skipped on PGlite, one process’s embedded database; run with TEST_STORE=postgres', () => {
    expect(testStore()).toBe('pglite');
  });
}
