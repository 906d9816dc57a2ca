import { addMembership, createOrganization, createUser, seat, tableWithCast, type FixtureUser } from './support/fixtures';
import { storedNotifications } from './support/inspect';
import { liveSockets, waitForListener } from './support/live';
import { insertItem, insertMeeting } from './support/meeting-fixtures';
import { codeOf, startTestApp, type TestApp } from './support/test-app';
import { Topics } from '../src/core/pubsub/topics';

const SEND = `mutation($m: ID!, $o: ID!, $u: ID!, $note: String) {
  sendSubstitute(meetingId: $m, organizationId: $o, userId: $u, note: $note) {
    id note createdAt meeting { id } organization { id } substitute { id } replaces { id } createdBy { id }
  }
}`;
const WITHDRAW = `mutation($id: ID!) { withdrawSubstitute(id: $id) }`;
const MEETING = `query($id: ID!) {
  meeting(id: $id) {
    id viewerRole agenda { title confidentiality } substitutions { id substitute { id } organization { id } }
    viewerRsvp rsvps { response participant { id role user { id } organization { id } } }
    viewerBallotOrganizations { id }
    quorum { present }
  }
}`;
const MY_MEETINGS = `query { myMeetings { id } }`;
const TABLE_MEETINGS = `query($id: ID!) { table(id: $id) { meetings { id } } }`;
const RESPOND = `mutation($m: ID!) { respondToInvitation(meetingId: $m, response: ATTENDING) { response participant { id role user { id } } } }`;
const ATTEND = `mutation($m: ID!, $u: ID!) { recordAttendance(meetingId: $m, userId: $u, status: PRESENT) { organization { id } } }`;
const SEARCH = `query($q: String!) { search(query: $q) { edges { node { hit { __typename ... on AgendaItem { title } ... on Meeting { id } } } } } }`;
const EVENTS = `subscription($id: ID!) { meetingEvents(meetingId: $id) { kind } }`;

describe('substitutes: a colleague sent to one meeting reads and acts there as a member, and nowhere else', () => {
  let t: TestApp;
  let cast: Awaited<ReturnType<typeof tableWithCast>>;
  const sockets = liveSockets();

  beforeAll(async () => {
    t = await startTestApp();
    cast = await tableWithCast(t);
    // The police service's delegate is the member of the cast.
    await t.dataSource.query(`UPDATE table_membership SET delegate_participant_id = $1 WHERE table_id = $2 AND organization_id = $3`, [
      cast.participants.member,
      cast.tableId,
      cast.organizationId,
    ]);
  });
  afterAll(() => t.close());

  const send = (token: string, m: string, u: string, o = cast.organizationId, note?: string) => t.gql(SEND, { m, o, u, note }, token);
  const read = (token: string, id: string) => t.gql(MEETING, { id }, token);

  /** A meeting with a public and an in-camera item, and another meeting of the same table. */
  async function twoMeetings(secret: string) {
    const sentTo = await insertMeeting(t, cast.tableId, { title: `Rencontre fictive ${secret}` });
    await insertItem(t, sentTo, { title: 'Point public fictif' });
    await insertItem(t, sentTo, { title: `Dossier fictif ${secret}`, confidentiality: 'IN_CAMERA' });
    const other = await insertMeeting(t, cast.tableId, { title: 'Autre rencontre fictive' });
    await insertItem(t, other, { title: `Autre dossier fictif ${secret}`, confidentiality: 'IN_CAMERA' });
    return { sentTo, other };
  }

  it('lets the delegate send a colleague: the meeting shows it, the colleague is told, the audit records it', async () => {
    const { sentTo } = await twoMeetings('quetzal');
    const r = await send(cast.member.token, sentTo, cast.colleague.id, cast.organizationId, 'Merci de présenter notre bilan fictif.');
    expect(r.errors).toBeUndefined();
    expect(r.data.sendSubstitute).toMatchObject({
      note: 'Merci de présenter notre bilan fictif.',
      meeting: { id: sentTo },
      organization: { id: cast.organizationId },
      substitute: { id: cast.colleague.id },
      replaces: { id: cast.member.id },
      createdBy: { id: cast.member.id },
    });
    const shown = await read(cast.observer.token, sentTo);
    expect(shown.data.meeting.substitutions).toEqual([
      { id: r.data.sendSubstitute.id, substitute: { id: cast.colleague.id }, organization: { id: cast.organizationId } },
    ]);

    const told = await storedNotifications(t, `n.kind = 'SUBSTITUTE_INVITED' AND n.meeting_id = $1`, [sentTo], ['user_id']);
    expect(told.map((n) => n.user_id)).toEqual([cast.colleague.id]);
    expect(told[0].title).toBe('Vous représentez Service de police fictif\u202f: Rencontre fictive quetzal');
    expect(told[0].body).toContain('Merci de présenter notre bilan fictif.');
    const audit = await t.dataSource.query(`SELECT action, entity_type, table_id FROM audit_event WHERE entity_id = $1`, [r.data.sendSubstitute.id]);
    expect(audit).toEqual([{ action: 'substitution.sent', entity_type: 'substitution', table_id: cast.tableId }]);
  });

  it('seats the substitute at that meeting as a member, in-camera items included, and at no other meeting of the table', async () => {
    const { sentTo, other } = await twoMeetings('zanzibar');
    const substitute = await colleagueOf(cast.organizationId);
    expect((await send(cast.chair.token, sentTo, substitute.id)).errors).toBeUndefined();

    const seen = await read(substitute.token, sentTo);
    expect(seen.errors).toBeUndefined();
    expect(seen.data.meeting.viewerRole).toBe('MEMBER');
    expect(seen.data.meeting.agenda.map((i: { title: string }) => i.title)).toEqual(['Point public fictif', 'Dossier fictif zanzibar']);
    expect(codeOf(await read(substitute.token, other))).toBe('FORBIDDEN');
    expect((await t.gql(MY_MEETINGS, {}, substitute.token)).data.myMeetings).toEqual([{ id: sentTo }]);
    expect((await t.gql(TABLE_MEETINGS, { id: cast.tableId }, substitute.token)).data.table.meetings).toEqual([]);

    // Search finds the in-camera item of that meeting, not the other meeting's.
    const hits = (await t.gql(SEARCH, { q: 'zanzibar' }, substitute.token)).data.search.edges.map((e: any) => e.node.hit);
    expect(hits).toContainEqual({ __typename: 'AgendaItem', title: 'Dossier fictif zanzibar' });
    expect(hits).not.toContainEqual({ __typename: 'AgendaItem', title: 'Autre dossier fictif zanzibar' });

    // The same over HTTP: the meeting's calendar file and minutes, and nothing of the other meeting.
    const get = (path: string) => fetch(`${t.url}${path}`, { headers: { authorization: `Bearer ${substitute.token}` } });
    const ics = await get(`/meetings/${sentTo}.ics`);
    expect(ics.status).toBe(200);
    expect(await ics.text()).toContain('SUMMARY:Rencontre fictive zanzibar');
    expect((await get(`/meetings/${other}.ics`)).status).toBe(403);
    expect((await get(`/meetings/${sentTo}/minutes.md`)).status).not.toBe(403);
    expect((await get(`/meetings/${other}/minutes.md`)).status).toBe(403);
  });

  it('lets the substitute answer the invitation and be marked present for the organization, which then counts toward quorum and may vote', async () => {
    const { sentTo } = await twoMeetings('answer');
    const substitute = await colleagueOf(cast.organizationId);
    await send(cast.member.token, sentTo, substitute.id);
    expect((await read(substitute.token, sentTo)).data.meeting.viewerBallotOrganizations).toEqual([]);

    const answered = await t.gql(RESPOND, { m: sentTo }, substitute.token);
    expect(answered.errors).toBeUndefined();
    expect(answered.data.respondToInvitation).toMatchObject({ response: 'ATTENDING', participant: { role: 'MEMBER', user: { id: substitute.id } } });
    const asChair = await read(cast.chair.token, sentTo);
    expect(asChair.data.meeting.rsvps).toContainEqual({
      response: 'ATTENDING',
      participant: expect.objectContaining({ role: 'MEMBER', user: { id: substitute.id }, organization: { id: cast.organizationId } }),
    });
    expect((await read(substitute.token, sentTo)).data.meeting.viewerRsvp).toBe('ATTENDING');

    const attended = await t.gql(ATTEND, { m: sentTo, u: substitute.id }, cast.chair.token);
    expect(attended.data.recordAttendance).toEqual({ organization: { id: cast.organizationId } });
    const after = await read(substitute.token, sentTo);
    expect(after.data.meeting.quorum.present).toBe(1);
    expect(after.data.meeting.viewerBallotOrganizations).toEqual([{ id: cast.organizationId }]);

    // The attendance sheet says in which capacity each came: the substitute, the delegate, another person of the organization.
    for (const person of [cast.member, cast.secretary]) await t.gql(ATTEND, { m: sentTo, u: person.id }, cast.chair.token);
    const sheet = await t.gql(`query($id: ID!) { meeting(id: $id) { attendance { user { id } capacity } } }`, { id: sentTo }, cast.chair.token);
    expect(sheet.data.meeting.attendance).toEqual(
      expect.arrayContaining([
        { user: { id: substitute.id }, capacity: 'SUBSTITUTE' },
        { user: { id: cast.member.id }, capacity: 'DELEGATE' },
        { user: { id: cast.secretary.id }, capacity: 'PARTICIPANT' },
      ]),
    );
  });

  it('ends the substitute’s access at once when withdrawn, open subscriptions included; the attendance stays', async () => {
    const { sentTo } = await twoMeetings('withdrawn');
    const substitute = await colleagueOf(cast.organizationId);
    const sent = (await send(cast.member.token, sentTo, substitute.id)).data.sendSubstitute;
    await t.gql(ATTEND, { m: sentTo, u: substitute.id }, cast.chair.token);

    const live = await sockets.follow(t, substitute.token, EVENTS, { id: sentTo });
    await waitForListener(t.app, Topics.meeting(sentTo));
    expect((await t.gql(WITHDRAW, { id: sent.id }, cast.member.token)).data.withdrawSubstitute).toBe(true);
    expect((await live.ended()).how).toBe('complete');
    expect(codeOf(await read(substitute.token, sentTo))).toBe('FORBIDDEN');
    expect((await t.gql(MY_MEETINGS, {}, substitute.token)).data.myMeetings).toEqual([]);
    expect((await t.gql(WITHDRAW, { id: sent.id }, cast.member.token)).data.withdrawSubstitute).toBe(false);
    expect((await read(cast.chair.token, sentTo)).data.meeting.quorum.present).toBe(1);
    const actions = await t.dataSource.query(`SELECT action FROM audit_event WHERE entity_id = $1 ORDER BY at`, [sent.id]);
    expect(actions.map((a: { action: string }) => a.action)).toEqual(['substitution.sent', 'substitution.withdrawn']);
  });

  it('tells the substitute, with the table, when their meeting changes', async () => {
    const { sentTo } = await twoMeetings('moved');
    const substitute = await colleagueOf(cast.organizationId);
    await send(cast.member.token, sentTo, substitute.id);
    const moved = await t.gql(`mutation($id: ID!) { updateMeeting(id: $id, input: { location: "Salle fictive 2" }) { id } }`, { id: sentTo }, cast.chair.token);
    expect(moved.errors).toBeUndefined();
    const told = await storedNotifications(t, `n.kind = 'MEETING_CHANGED' AND n.meeting_id = $1`, [sentTo], ['user_id']);
    expect(told.map((n) => n.user_id)).toContain(substitute.id);
  });

  it('replaces an earlier substitute of the same organization, who loses access', async () => {
    const { sentTo } = await twoMeetings('replaced');
    const first = await colleagueOf(cast.organizationId);
    const second = await colleagueOf(cast.organizationId);
    await send(cast.member.token, sentTo, first.id);
    expect((await send(cast.member.token, sentTo, second.id)).errors).toBeUndefined();
    expect(codeOf(await read(first.token, sentTo))).toBe('FORBIDDEN');
    expect((await read(second.token, sentTo)).data.meeting.substitutions.map((s: any) => s.substitute.id)).toEqual([second.id]);
  });

  it('ends the organization’s substitutions and proxies when it leaves the table', async () => {
    const { sentTo } = await twoMeetings('leaving');
    const leaving = await createOrganization(t, { name: 'Organisme fictif sur le départ' });
    const membershipId = await addMembership(t, cast.tableId, leaving);
    const delegate = await createUser(t, { organizationId: leaving });
    await seat(t, cast.tableId, delegate.id, 'MEMBER', leaving);
    const colleague = await colleagueOf(leaving);
    expect((await send(delegate.token, sentTo, colleague.id, leaving)).errors).toBeUndefined();
    const proxy = `mutation($m: ID!, $f: ID!, $to: ID!) { grantProxy(meetingId: $m, fromOrganizationId: $f, toOrganizationId: $to) { id } }`;
    expect((await t.gql(proxy, { m: sentTo, f: leaving, to: cast.organizationId }, delegate.token)).errors).toBeUndefined();
    expect(
      (await t.gql(`mutation($id: ID!) { withdrawMembership(membershipId: $id) { status } }`, { id: membershipId }, cast.chair.token)).errors,
    ).toBeUndefined();
    expect(codeOf(await read(colleague.token, sentTo))).toBe('FORBIDDEN');
    const left = await t.gql(`query($id: ID!) { meeting(id: $id) { substitutions { id } proxies { id } } }`, { id: sentTo }, cast.chair.token);
    expect(left.data.meeting).toEqual({ substitutions: [], proxies: [] });
  });

  it('holds the rules, each with its code', async () => {
    const { sentTo } = await twoMeetings('rules');
    const otherOrg = await createOrganization(t, { name: 'Centre jeunesse fictif' });
    await addMembership(t, cast.tableId, otherOrg);
    const otherPerson = await createUser(t, { organizationId: otherOrg });
    await seat(t, cast.tableId, otherPerson.id, 'MEMBER', otherOrg);
    const stranger = await createUser(t, {});
    const colleague = await colleagueOf(cast.organizationId);

    const field = (r: any) => [codeOf(r), r.errors?.[0]?.extensions?.field];
    // Not of the organization, not confirmed, or already sitting at the table.
    expect(field(await send(cast.member.token, sentTo, cast.outsider.id))).toEqual(['BAD_USER_INPUT', 'userId']);
    expect(field(await send(cast.member.token, sentTo, stranger.id))).toEqual(['BAD_USER_INPUT', 'userId']);
    expect(field(await send(cast.member.token, sentTo, cast.observer.id))).toEqual(['BAD_USER_INPUT', 'userId']);
    // An organization that is not an ACTIVE member.
    const pending = await createOrganization(t);
    await addMembership(t, cast.tableId, pending, 'PENDING');
    const pendingPerson = await createUser(t, { organizationId: pending });
    expect(field(await send(cast.chair.token, sentTo, pendingPerson.id, pending))).toEqual(['BAD_USER_INPUT', 'organizationId']);
    // Only officers and the organization's own people at the table.
    expect(codeOf(await send(otherPerson.token, sentTo, colleague.id))).toBe('FORBIDDEN');
    expect(codeOf(await send(cast.coordinator.token, sentTo, colleague.id))).toBe('FORBIDDEN');
    expect(codeOf(await send(cast.outsider.token, sentTo, colleague.id))).toBe('FORBIDDEN');
    expect(codeOf(await send(colleague.token, sentTo, colleague.id))).toBe('FORBIDDEN');
    // The observer of the organization sits at the table: it may.
    const byObserver = await send(cast.observer.token, sentTo, colleague.id);
    expect(byObserver.errors).toBeUndefined();
    expect(codeOf(await t.gql(WITHDRAW, { id: byObserver.data.sendSubstitute.id }, otherPerson.token))).toBe('FORBIDDEN');
    // A note too long.
    expect(field(await send(cast.member.token, sentTo, colleague.id, cast.organizationId, 'x'.repeat(1001)))).toEqual(['BAD_USER_INPUT', 'note']);
    // A closed meeting; unknown ids.
    for (const status of ['CANCELLED', 'ADJOURNED']) {
      const closed = await insertMeeting(t, cast.tableId, { status });
      expect(codeOf(await send(cast.member.token, closed, colleague.id))).toBe('FORBIDDEN');
    }
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect(codeOf(await send(cast.member.token, unknown, colleague.id))).toBe('NOT_FOUND');
    expect(codeOf(await send(cast.member.token, sentTo, unknown))).toBe('NOT_FOUND');
    expect(codeOf(await send(cast.member.token, sentTo, colleague.id, unknown))).toBe('NOT_FOUND');
    expect(codeOf(await t.gql(WITHDRAW, { id: unknown }, cast.member.token))).toBe('NOT_FOUND');
    expect(codeOf(await t.gql(WITHDRAW, { id: 'pas-un-id' }, cast.member.token))).toBe('NOT_FOUND');
  });

  /** A confirmed person of the organization who does not sit at the table. */
  function colleagueOf(organizationId: string): Promise<FixtureUser> {
    return createUser(t, { organizationId });
  }
});
