import { MeetingEventKind } from '@concertation/shared-domain';
import { LiveConnections } from '../src/core/live/live-connections';
import { LiveEventsService } from '../src/modules/live-events/live-events.service';
import { EventBus } from '../src/core/pubsub/event-bus';
import { Topics } from '../src/core/pubsub/topics';
import { createUser, seat, signIn, tableWithCast } from './support/fixtures';
import { countStatements } from './support/inspect';
import { liveSockets, type LiveSubscription, quietFor, waitForListener } from './support/live';
import { insertItem, insertMeeting } from './support/meeting-fixtures';
import { startTestApp, type TestApp } from './support/test-app';

const EVENTS = `subscription ($id: ID!) {
  meetingEvents(meetingId: $id) {
    kind at actor { id }
    meeting { id title agenda { id title confidentiality } currentItem { id title } }
  }
}`;
const ADD_ITEM = `mutation ($id: ID!, $input: AgendaItemInput!) { addAgendaItem(meetingId: $id, input: $input) { id } }`;
const SET_CURRENT = `mutation ($id: ID!, $item: ID) { setCurrentAgendaItem(meetingId: $id, itemId: $item) { id } }`;
const SECRET_TITLE = 'Dossier fictif à huis clos';

describe('meetingEvents over graphql-ws', () => {
  let t: TestApp;
  const sockets = liveSockets();

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  async function room() {
    const cast = await tableWithCast(t);
    const meetingId = await insertMeeting(t, cast.tableId, { title: 'Réunion fictive du comité' });
    const publicItem = await insertItem(t, meetingId, { title: 'Point public fictif' });
    const secretItem = await insertItem(t, meetingId, { title: SECRET_TITLE, confidentiality: 'IN_CAMERA' });
    return { ...cast, meetingId, publicItem, secretItem };
  }

  const follow = (token: string, meetingId: string): Promise<LiveSubscription> => sockets.follow(t, token, EVENTS, { id: meetingId });

  /** Subscribes each one and waits until the server listens for all of them. */
  async function followAll(tokens: string[], meetingId: string): Promise<LiveSubscription[]> {
    const subs = [];
    for (const token of tokens) subs.push(await follow(token, meetingId));
    await waitForListener(t.app, Topics.meeting(meetingId), tokens.length);
    return subs;
  }

  const titlesOf = (result: { data?: any }) => (result.data.meetingEvents.meeting.agenda as Array<{ title: string }>).map((i) => i.title);

  it('refuses at subscribe time: NOT_FOUND for an unknown or malformed id, FORBIDDEN to whoever does not sit at the table', async () => {
    const r = await room();
    const cases: Array<[string, string, string]> = [
      [r.outsider.token, r.meetingId, 'FORBIDDEN'],
      [r.coordinator.token, r.meetingId, 'FORBIDDEN'],
      [r.colleague.token, r.meetingId, 'FORBIDDEN'],
      [r.member.token, '6f1c1d2e-3b4a-4c5d-8e9f-0a1b2c3d4e5f', 'NOT_FOUND'],
      [r.member.token, 'not-a-uuid', 'NOT_FOUND'],
    ];
    for (const [token, id, code] of cases) {
      const sub = await follow(token, id);
      const first = await sub.next();
      expect(first.errors?.[0]?.extensions?.code).toBe(code);
      expect(first.data ?? null).toBeNull();
      expect((await sub.ended()).how).toBe('complete');
    }
  });

  it('delivers each change to everyone who sits there, resolved with each one’s rights: no in-camera title for an observer', async () => {
    const r = await room();
    const [member, observer, secretary] = await followAll([r.member.token, r.observer.token, r.secretary.token], r.meetingId);

    const added = await t.gql(ADD_ITEM, { id: r.meetingId, input: { title: 'Point ajouté en direct' } }, r.chair.token);
    expect(added.errors).toBeUndefined();
    for (const sub of [member, observer, secretary]) {
      const event = await sub.next();
      expect(event.errors).toBeUndefined();
      expect(event.data.meetingEvents).toMatchObject({ kind: 'AGENDA_CHANGED', actor: { id: r.chair.id }, meeting: { id: r.meetingId } });
      expect(new Date(event.data.meetingEvents.at).getTime()).toBeGreaterThan(Date.now() - 60_000);
    }
    expect(titlesOf(member.received[0])).toEqual(['Point public fictif', SECRET_TITLE, 'Point ajouté en direct']);
    expect(titlesOf(secretary.received[0])).toContain(SECRET_TITLE);
    expect(titlesOf(observer.received[0])).toEqual(['Point public fictif', 'Point ajouté en direct']);
    expect(JSON.stringify(observer.received[0])).not.toContain(SECRET_TITLE);

    const moved = await t.gql(SET_CURRENT, { id: r.meetingId, item: r.secretItem }, r.chair.token);
    expect(moved.errors).toBeUndefined();
    const [forMember, forObserver] = [await member.next(), await observer.next()];
    expect(forMember.data.meetingEvents).toMatchObject({ kind: 'CURRENT_ITEM_CHANGED', meeting: { currentItem: { id: r.secretItem, title: SECRET_TITLE } } });
    expect(forObserver.data.meetingEvents).toMatchObject({ kind: 'CURRENT_ITEM_CHANGED', meeting: { currentItem: null } });
    expect(JSON.stringify(forObserver)).not.toContain(SECRET_TITLE);
  });

  it('reads permissions afresh at each event (no loader kept from an earlier one)', async () => {
    const r = await room();
    const [member, observer] = await followAll([r.member.token, r.observer.token], r.meetingId);
    const bus = t.app.get(EventBus);
    const publish = () =>
      bus.publishAfterCommit(null, Topics.meeting(r.meetingId), {
        kind: MeetingEventKind.MEETING_UPDATED,
        meetingId: r.meetingId,
        tableId: r.tableId,
        actorId: null,
        at: new Date(),
      });

    publish();
    expect(titlesOf(await member.next())).toContain(SECRET_TITLE);
    expect(titlesOf(await observer.next())).not.toContain(SECRET_TITLE);

    // The member becomes an observer, the observer a member; the meeting and the item are renamed.
    await t.dataSource.query(`UPDATE table_participant SET role = CASE role WHEN 'MEMBER' THEN 'OBSERVER' ELSE 'MEMBER' END WHERE id = ANY($1::uuid[])`, [
      [r.participants.member, r.participants.observer],
    ]);
    await t.dataSource.query(`UPDATE meeting SET title = 'Réunion fictive renommée' WHERE id = $1`, [r.meetingId]);
    await t.dataSource.query(`UPDATE agenda_item SET title = 'Point public renommé' WHERE id = $1`, [r.publicItem]);
    publish();
    const nowObserver = await member.next();
    const nowMember = await observer.next();
    expect(titlesOf(nowObserver)).toEqual(['Point public renommé']);
    expect(nowObserver.data.meetingEvents.meeting.title).toBe('Réunion fictive renommée');
    expect(nowObserver.data.meetingEvents.actor).toBeNull();
    expect(titlesOf(nowMember)).toEqual(['Point public renommé', SECRET_TITLE]);
  });

  it('stops at once for someone removed from the table: their subscription ends and hears nothing more', async () => {
    const r = await room();
    const [member, observer] = await followAll([r.member.token, r.observer.token], r.meetingId);
    const removed = await t.gql(`mutation ($id: ID!) { removeParticipant(participantId: $id) }`, { id: r.participants.observer }, r.chair.token);
    expect(removed.errors).toBeUndefined();

    await t.gql(ADD_ITEM, { id: r.meetingId, input: { title: 'Point après le départ' } }, r.chair.token);
    expect(titlesOf(await member.next())).toContain('Point après le départ');
    expect((await observer.ended()).how).toBe('complete');
    expect(observer.received).toHaveLength(0);
  });

  it('ends, at the periodic re-check, the subscription of someone removed even when nothing happens at the meeting', async () => {
    const r = await room();
    const [member, observer] = await followAll([r.member.token, r.observer.token], r.meetingId);
    await t.dataSource.query(`DELETE FROM table_participant WHERE id = $1`, [r.participants.observer]);
    await t.app.get(LiveConnections).sweep();
    expect((await observer.ended()).how).toBe('complete');
    await quietFor(100);
    expect(member.isEnded()).toBe(false);
    // The server no longer listens for the removed one.
    await waitForListener(t.app, Topics.meeting(r.meetingId), 1);
  });

  it('never delivers an event of one meeting to the subscribers of another', async () => {
    const r = await room();
    const other = await insertMeeting(t, r.tableId, { title: 'Autre réunion fictive' });
    const [sub] = await followAll([r.member.token], r.meetingId);
    await t.gql(ADD_ITEM, { id: other, input: { title: 'Point d’une autre réunion' } }, r.chair.token);
    await quietFor(300);
    expect(sub.received).toHaveLength(0);
  });

  it('costs the same few statements per event for 3 subscribers or 15, each still resolved with their own rights', async () => {
    const r = await room();
    const observers = [];
    for (let i = 0; i < 12; i++) {
      const user = await createUser(t, { organizationId: r.organizationId });
      await seat(t, r.tableId, user.id, 'OBSERVER', r.organizationId);
      observers.push(await signIn(t, user.id));
    }
    const bus = t.app.get(EventBus);
    const deliver = async (subs: LiveSubscription[]) => {
      let results: Array<{ data?: any }> = [];
      const statements = await countStatements(t, async () => {
        bus.publishAfterCommit(null, Topics.meeting(r.meetingId), {
          kind: MeetingEventKind.MEETING_UPDATED,
          meetingId: r.meetingId,
          tableId: r.tableId,
          actorId: r.chair.id,
          at: new Date(),
        });
        results = await Promise.all(subs.map((s) => s.next()));
      });
      return { statements, results };
    };

    const few = await followAll([r.member.token, r.observer.token, r.secretary.token], r.meetingId);
    const small = await deliver(few);
    const many = [...few, ...(await followAll(observers, r.meetingId).then((subs) => subs))];
    await waitForListener(t.app, Topics.meeting(r.meetingId), 15);
    const large = await deliver(many);

    // Admission, meeting, agenda, current item and actor: read once per event for everyone, with
    // all the seats in one query (a periodic re-check landing in the window adds at most three).
    expect(small.statements).toBeLessThanOrEqual(10);
    expect(large.statements).toBeLessThanOrEqual(10);
    // Shared rows, not shared answers: the in-camera item only for those whose role sees it.
    expect(titlesOf(large.results[0])).toContain(SECRET_TITLE);
    expect(titlesOf(large.results[2])).toContain(SECRET_TITLE);
    for (const result of [large.results[1], ...large.results.slice(3)]) {
      expect(titlesOf(result)).toEqual(['Point public fictif']);
      expect(result.data.meetingEvents.actor).toEqual({ id: r.chair.id });
    }
  });

  it('executes a document once per access class when all its fields are the same within a class, once per subscriber otherwise', async () => {
    const r = await room();
    const observers = [];
    for (let i = 0; i < 6; i++) {
      const user = await createUser(t, { organizationId: r.organizationId });
      await seat(t, r.tableId, user.id, 'OBSERVER', r.organizationId);
      observers.push(await signIn(t, user.id));
    }
    const people = [r.member.token, r.secretary.token, r.observer.token, ...observers];
    const OWN_ROLE = `subscription ($id: ID!) { meetingEvents(meetingId: $id) { kind meeting { id viewerRole agenda { title } } } }`;
    const shared = await followAll(people, r.meetingId);
    const own: LiveSubscription[] = [];
    for (const token of people) own.push(await sockets.follow(t, token, OWN_ROLE, { id: r.meetingId }));
    await waitForListener(t.app, Topics.meeting(r.meetingId), people.length * 2);

    const meetingReads = jest.spyOn(t.app.get(LiveEventsService), 'meetingOf');
    try {
      t.app.get(EventBus).publishAfterCommit(null, Topics.meeting(r.meetingId), {
        kind: MeetingEventKind.MEETING_UPDATED,
        meetingId: r.meetingId,
        tableId: r.tableId,
        actorId: r.chair.id,
        at: new Date(),
      });
      const sharedResults = await Promise.all(shared.map((sub) => sub.next()));
      const ownResults = await Promise.all(own.map((sub) => sub.next()));
      // Three classes (member, secretary, observer) for the first document; nine people for the second.
      expect(meetingReads).toHaveBeenCalledTimes(3 + people.length);
      // One answer per class: the in-camera item still only for the roles that see it.
      expect(titlesOf(sharedResults[0])).toContain(SECRET_TITLE);
      expect(titlesOf(sharedResults[1])).toContain(SECRET_TITLE);
      for (const result of sharedResults.slice(2)) expect(titlesOf(result)).toEqual(['Point public fictif']);
      expect(ownResults.map((result) => result.data.meetingEvents.meeting.viewerRole)).toEqual([
        'MEMBER',
        'SECRETARY',
        ...people.slice(2).map(() => 'OBSERVER'),
      ]);
      for (const result of ownResults.slice(2)) expect(JSON.stringify(result)).not.toContain(SECRET_TITLE);
    } finally {
      meetingReads.mockRestore();
    }
  });
});
