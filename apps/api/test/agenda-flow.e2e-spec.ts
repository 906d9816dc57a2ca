import { EventBus } from '../src/core/pubsub/event-bus';
import { Topics } from '../src/core/pubsub/topics';
import { MeetingActivity, type MeetingEventPayload } from '../src/modules/meetings/meeting-activity';
import { codeOf, startTestApp, type TestApp } from './support/test-app';
import { addMembership, createTable, seat, tableWithCast } from './support/fixtures';
import { auditEvents } from './support/inspect';
import { agendaRows, insertItem, insertMeeting, meetingRow } from './support/meeting-fixtures';

const UNKNOWN_ID = '6f1c1d2e-3b4a-4c5d-8e9f-0a1b2c3d4e5f';
const SET_CURRENT = `mutation($meetingId: ID!, $itemId: ID) { setCurrentAgendaItem(meetingId: $meetingId, itemId: $itemId) { id currentItem { id status } } }`;
const SET_STATUS = `mutation($id: ID!, $status: AgendaItemStatus!) { setAgendaItemStatus(id: $id, status: $status) { id status } }`;
const CARRY = `mutation($from: ID!, $to: ID!) { carryOverUnfinishedItems(fromMeetingId: $from, toMeetingId: $to) { id position title status confidentiality carriedOverFrom { id } } }`;
const CURRENT = `query($id: ID!) { meeting(id: $id) { currentItem { id position title } } }`;
const SET_CURRENT_STARTED = `mutation($meetingId: ID!, $itemId: ID) { setCurrentAgendaItem(meetingId: $meetingId, itemId: $itemId) { id currentItemStartedAt } }`;
const STARTED = `query($id: ID!) { meeting(id: $id) { currentItemStartedAt } }`;

/** Collects the events published on a meeting's topic, as a subscriber of the bus would receive them. */
function listen(t: TestApp, meetingId: string) {
  const iterator = t.app.get(EventBus).asyncIterator<MeetingEventPayload>(Topics.meeting(meetingId));
  const received: MeetingEventPayload[] = [];
  let stopped = false;
  const pump = (async () => {
    while (!stopped) {
      const next = await iterator.next();
      if (next.done) return;
      received.push(next.value);
    }
  })();
  const settle = () => new Promise((resolve) => setTimeout(resolve, 100));
  return {
    received,
    settle,
    async stop() {
      stopped = true;
      await iterator.return?.();
      await pump;
    },
  };
}

describe('running an agenda', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  describe('setCurrentAgendaItem', () => {
    it('marks the item IN_PROGRESS, finishes the previous one only if it was IN_PROGRESS, and clears with null', async () => {
      const c = await tableWithCast(t);
      const meetingId = await insertMeeting(t, c.tableId, { status: 'IN_PROGRESS' });
      const [a, b, cItem] = [
        await insertItem(t, meetingId, { title: 'A' }),
        await insertItem(t, meetingId, { title: 'B' }),
        await insertItem(t, meetingId, { title: 'C' }),
      ];
      for (const viewer of [c.member, c.observer, c.outsider, c.coordinator]) {
        expect(codeOf(await t.gql(SET_CURRENT, { meetingId, itemId: a }, viewer.token))).toBe('FORBIDDEN');
      }
      expect((await t.gql(SET_CURRENT, { meetingId, itemId: a }, c.chair.token)).data.setCurrentAgendaItem.currentItem).toEqual({
        id: a,
        status: 'IN_PROGRESS',
      });
      expect((await t.gql(SET_CURRENT, { meetingId, itemId: b }, c.secretary.token)).data.setCurrentAgendaItem.currentItem).toEqual({
        id: b,
        status: 'IN_PROGRESS',
      });
      expect((await agendaRows(t, meetingId)).map((r) => r.status)).toEqual(['DONE', 'IN_PROGRESS', 'PENDING']);
      // A previous item that is no longer IN_PROGRESS keeps its status.
      await t.gql(SET_STATUS, { id: b, status: 'DEFERRED' }, c.chair.token);
      await t.gql(SET_CURRENT, { meetingId, itemId: cItem }, c.chair.token);
      expect((await agendaRows(t, meetingId)).map((r) => r.status)).toEqual(['DONE', 'DEFERRED', 'IN_PROGRESS']);
      const cleared = await t.gql(SET_CURRENT, { meetingId, itemId: null }, c.chair.token);
      expect(cleared.data.setCurrentAgendaItem.currentItem).toBeNull();
      expect((await agendaRows(t, meetingId)).map((r) => r.status)).toEqual(['DONE', 'DEFERRED', 'DONE']);
      expect((await meetingRow(t, meetingId)).current_item_id).toBeNull();
      expect((await auditEvents(t, meetingId)).map((e) => e.action)).toEqual([
        'agenda.current_item_set',
        'agenda.current_item_set',
        'agenda.current_item_set',
        'agenda.current_item_set',
      ]);
    });

    it('says since when the current item is current: the database clock, kept when chosen again, hidden with the item, null when cleared', async () => {
      const c = await tableWithCast(t);
      const meetingId = await insertMeeting(t, c.tableId, { status: 'IN_PROGRESS' });
      const [a, secret] = [
        await insertItem(t, meetingId, { title: 'A' }),
        await insertItem(t, meetingId, { title: 'Huis clos fictif', confidentiality: 'IN_CAMERA' }),
      ];
      const startedAt = async (token: string): Promise<string | null> => (await t.gql(STARTED, { id: meetingId }, token)).data.meeting.currentItemStartedAt;
      expect(await startedAt(c.member.token)).toBeNull();
      const before = Date.now();
      const set = await t.gql(SET_CURRENT_STARTED, { meetingId, itemId: a }, c.chair.token);
      const first = set.data.setCurrentAgendaItem.currentItemStartedAt as string;
      expect(Math.abs(new Date(first).getTime() - before)).toBeLessThan(60_000);
      expect(await startedAt(c.observer.token)).toBe(first);
      // An hour ago, so that a change is visible however fast the next request runs.
      await t.dataSource.query(`UPDATE meeting SET current_item_started_at = current_item_started_at - interval '1 hour' WHERE id = $1`, [meetingId]);
      const hourAgo = new Date(new Date(first).getTime() - 3600_000).toISOString();
      expect((await t.gql(SET_CURRENT_STARTED, { meetingId, itemId: a }, c.chair.token)).data.setCurrentAgendaItem.currentItemStartedAt).toBe(hourAgo);
      const next = (await t.gql(SET_CURRENT_STARTED, { meetingId, itemId: secret }, c.chair.token)).data.setCurrentAgendaItem.currentItemStartedAt as string;
      expect(new Date(next).getTime()).toBeGreaterThan(new Date(hourAgo).getTime() + 3000_000);
      expect(await startedAt(c.member.token)).toBe(next);
      // The observer may not see the in-camera item, nor learn that one is running.
      expect(await startedAt(c.observer.token)).toBeNull();
      expect((await t.gql(SET_CURRENT_STARTED, { meetingId, itemId: null }, c.chair.token)).data.setCurrentAgendaItem.currentItemStartedAt).toBeNull();
      expect((await t.dataSource.query(`SELECT current_item_started_at FROM meeting WHERE id = $1`, [meetingId]))[0].current_item_started_at).toBeNull();
      // Removing or adjourning clears it too.
      await t.gql(SET_CURRENT_STARTED, { meetingId, itemId: a }, c.chair.token);
      expect((await t.gql(`mutation($id: ID!) { removeAgendaItem(id: $id) }`, { id: a }, c.chair.token)).data.removeAgendaItem).toBe(true);
      expect((await t.dataSource.query(`SELECT current_item_id, current_item_started_at FROM meeting WHERE id = $1`, [meetingId]))[0]).toEqual({
        current_item_id: null,
        current_item_started_at: null,
      });
      await t.gql(SET_CURRENT_STARTED, { meetingId, itemId: secret }, c.chair.token);
      expect(await startedAt(c.member.token)).not.toBeNull();
      await t.gql(`mutation($id: ID!) { adjournMeeting(id: $id) { id } }`, { id: meetingId }, c.chair.token);
      expect(await startedAt(c.member.token)).toBeNull();
      expect((await t.dataSource.query(`SELECT current_item_id, current_item_started_at FROM meeting WHERE id = $1`, [meetingId]))[0]).toEqual({
        current_item_id: null,
        current_item_started_at: null,
      });
    });

    it('answers NOT_FOUND for an unknown item and BAD_USER_INPUT for an item of another meeting', async () => {
      const c = await tableWithCast(t);
      const meetingId = await insertMeeting(t, c.tableId);
      const other = await insertItem(t, await insertMeeting(t, c.tableId));
      expect(codeOf(await t.gql(SET_CURRENT, { meetingId, itemId: UNKNOWN_ID }, c.chair.token))).toBe('NOT_FOUND');
      expect(codeOf(await t.gql(SET_CURRENT, { meetingId, itemId: 'item' }, c.chair.token))).toBe('NOT_FOUND');
      expect(codeOf(await t.gql(SET_CURRENT, { meetingId, itemId: other }, c.chair.token))).toBe('BAD_USER_INPUT');
      expect(codeOf(await t.gql(SET_CURRENT, { meetingId: UNKNOWN_ID, itemId: other }, c.chair.token))).toBe('NOT_FOUND');
      expect((await meetingRow(t, meetingId)).current_item_id).toBeNull();
    });

    it('shows an observer the current item only when it is not in camera, numbered within their agenda', async () => {
      const c = await tableWithCast(t);
      const meetingId = await insertMeeting(t, c.tableId, { status: 'IN_PROGRESS' });
      const secret = await insertItem(t, meetingId, { title: 'Huis clos fictif', confidentiality: 'IN_CAMERA' });
      const open = await insertItem(t, meetingId, { title: 'Point ouvert' });
      await t.gql(SET_CURRENT, { meetingId, itemId: secret }, c.chair.token);
      expect((await t.gql(CURRENT, { id: meetingId }, c.member.token)).data.meeting.currentItem).toEqual({
        id: secret,
        position: 1,
        title: 'Huis clos fictif',
      });
      const hidden = await t.gql(CURRENT, { id: meetingId }, c.observer.token);
      expect(hidden.data.meeting.currentItem).toBeNull();
      expect(JSON.stringify(hidden)).not.toContain('Huis clos');
      await t.gql(SET_CURRENT, { meetingId, itemId: open }, c.chair.token);
      expect((await t.gql(CURRENT, { id: meetingId }, c.observer.token)).data.meeting.currentItem).toEqual({ id: open, position: 1, title: 'Point ouvert' });
    });
  });

  describe('setAgendaItemStatus', () => {
    it('lets officers set a status, audits it, and refuses others', async () => {
      const c = await tableWithCast(t);
      const meetingId = await insertMeeting(t, c.tableId);
      const id = await insertItem(t, meetingId);
      for (const viewer of [c.member, c.observer, c.outsider, c.coordinator])
        expect(codeOf(await t.gql(SET_STATUS, { id, status: 'DONE' }, viewer.token))).toBe('FORBIDDEN');
      expect((await t.gql(SET_STATUS, { id, status: 'DEFERRED' }, c.secretary.token)).data.setAgendaItemStatus).toEqual({ id, status: 'DEFERRED' });
      expect(codeOf(await t.gql(SET_STATUS, { id, status: 'FINISHED' }, c.chair.token))).toBe('BAD_USER_INPUT');
      expect(codeOf(await t.gql(SET_STATUS, { id: UNKNOWN_ID, status: 'DONE' }, c.chair.token))).toBe('NOT_FOUND');
      expect(await auditEvents(t, id)).toEqual([{ action: 'agendaItem.updated', actor_id: c.secretary.id, table_id: c.tableId, entity_type: 'agendaItem' }]);
    });
  });

  describe('carryOverUnfinishedItems', () => {
    it('appends the unfinished items in their original order as PENDING items linked to their source', async () => {
      const c = await tableWithCast(t);
      const from = await insertMeeting(t, c.tableId, { status: 'ADJOURNED' });
      const to = await insertMeeting(t, c.tableId, { status: 'DRAFT' });
      await insertItem(t, to, { title: 'Déjà là' });
      const sources = [
        await insertItem(t, from, { title: 'Fini', status: 'DONE' }),
        await insertItem(t, from, { title: 'Reporté', status: 'DEFERRED' }),
        await insertItem(t, from, { title: 'Entamé', status: 'IN_PROGRESS', confidentiality: 'IN_CAMERA' }),
        await insertItem(t, from, { title: 'Pas abordé', status: 'PENDING' }),
      ];
      for (const viewer of [c.member, c.observer, c.outsider, c.coordinator]) expect(codeOf(await t.gql(CARRY, { from, to }, viewer.token))).toBe('FORBIDDEN');
      const r = await t.gql(CARRY, { from, to }, c.chair.token);
      expect(r.errors).toBeUndefined();
      expect(r.data.carryOverUnfinishedItems.map((i: any) => [i.position, i.title, i.status, i.confidentiality, i.carriedOverFrom.id])).toEqual([
        [2, 'Reporté', 'PENDING', 'MEMBERS', sources[1]],
        [3, 'Entamé', 'PENDING', 'IN_CAMERA', sources[2]],
        [4, 'Pas abordé', 'PENDING', 'MEMBERS', sources[3]],
      ]);
      // Carrying over again copies nothing twice.
      expect((await t.gql(CARRY, { from, to }, c.chair.token)).data.carryOverUnfinishedItems).toEqual([]);
      expect((await agendaRows(t, to)).map((row) => `${row.position}:${row.title}`)).toEqual(['1:Déjà là', '2:Reporté', '3:Entamé', '4:Pas abordé']);
      for (const item of r.data.carryOverUnfinishedItems) expect((await auditEvents(t, item.id)).map((e) => e.action)).toEqual(['agendaItem.added']);
    });

    it('refuses two tables or one meeting with BAD_USER_INPUT, a frozen target with FORBIDDEN, unknown ids with NOT_FOUND', async () => {
      const c = await tableWithCast(t);
      const otherTable = await createTable(t);
      await addMembership(t, otherTable, c.organizationId);
      await seat(t, otherTable, c.chair.id, 'CHAIR', c.organizationId);
      const from = await insertMeeting(t, c.tableId);
      await insertItem(t, from);
      const elsewhere = await insertMeeting(t, otherTable);
      expect(codeOf(await t.gql(CARRY, { from, to: elsewhere }, c.chair.token))).toBe('BAD_USER_INPUT');
      expect(codeOf(await t.gql(CARRY, { from, to: from }, c.chair.token))).toBe('BAD_USER_INPUT');
      expect(codeOf(await t.gql(CARRY, { from, to: UNKNOWN_ID }, c.chair.token))).toBe('NOT_FOUND');
      expect(codeOf(await t.gql(CARRY, { from: 'x', to: from }, c.chair.token))).toBe('NOT_FOUND');
      for (const status of ['CANCELLED', 'ADJOURNED']) {
        const to = await insertMeeting(t, c.tableId, { status });
        expect(codeOf(await t.gql(CARRY, { from, to }, c.chair.token))).toBe('FORBIDDEN');
        expect(await agendaRows(t, to)).toEqual([]);
      }
      expect(await agendaRows(t, elsewhere)).toEqual([]);
    });

    it('hides carriedOverFrom from an observer when the source item is in camera', async () => {
      const c = await tableWithCast(t);
      const from = await insertMeeting(t, c.tableId, { status: 'ADJOURNED' });
      const to = await insertMeeting(t, c.tableId);
      const secret = await insertItem(t, from, { title: 'Huis clos source', confidentiality: 'IN_CAMERA' });
      const copy = await insertItem(t, to, { title: 'Suite publique', carriedOverFromId: secret });
      const query = `query($id: ID!) { meeting(id: $id) { agenda { id carriedOverFrom { id title } } } }`;
      expect((await t.gql(query, { id: to }, c.member.token)).data.meeting.agenda).toEqual([
        { id: copy, carriedOverFrom: { id: secret, title: 'Huis clos source' } },
      ]);
      const observer = await t.gql(query, { id: to }, c.observer.token);
      expect(observer.data.meeting.agenda).toEqual([{ id: copy, carriedOverFrom: null }]);
      expect(JSON.stringify(observer)).not.toContain('Huis clos');
    });
  });

  describe('adjournMeeting and the items not dealt with', () => {
    const ADJOURN = `mutation($id: ID!, $defer: Boolean, $to: ID) { adjournMeeting(id: $id, deferUndiscussed: $defer, carryOverTo: $to) { id status } }`;
    const statuses = async (meetingId: string) => (await agendaRows(t, meetingId)).map((row) => `${row.title}:${row.status}`);

    async function meetingWithItems(tableId: string) {
      const meetingId = await insertMeeting(t, tableId, { status: 'IN_PROGRESS' });
      await insertItem(t, meetingId, { title: 'Fini', status: 'DONE' });
      await insertItem(t, meetingId, { title: 'Déjà reporté', status: 'DEFERRED' });
      await insertItem(t, meetingId, { title: 'Entamé', status: 'IN_PROGRESS' });
      await insertItem(t, meetingId, { title: 'Pas abordé', status: 'PENDING' });
      return meetingId;
    }

    it('keeps their status by default, and defers them with deferUndiscussed', async () => {
      const c = await tableWithCast(t);
      const kept = await meetingWithItems(c.tableId);
      expect((await t.gql(ADJOURN, { id: kept }, c.chair.token)).data.adjournMeeting.status).toBe('ADJOURNED');
      expect(await statuses(kept)).toEqual(['Fini:DONE', 'Déjà reporté:DEFERRED', 'Entamé:IN_PROGRESS', 'Pas abordé:PENDING']);
      const deferred = await meetingWithItems(c.tableId);
      expect((await t.gql(ADJOURN, { id: deferred, defer: true }, c.secretary.token)).data.adjournMeeting.status).toBe('ADJOURNED');
      expect(await statuses(deferred)).toEqual(['Fini:DONE', 'Déjà reporté:DEFERRED', 'Entamé:DEFERRED', 'Pas abordé:DEFERRED']);
      expect((await auditEvents(t, deferred)).map((e) => e.action)).toEqual(['meeting.adjourned']);
    });

    it('defers them and carries them over to the next meeting of the table in one step', async () => {
      const c = await tableWithCast(t);
      const from = await meetingWithItems(c.tableId);
      const to = await insertMeeting(t, c.tableId, { status: 'SCHEDULED' });
      await insertItem(t, to, { title: 'Déjà là' });
      const r = await t.gql(ADJOURN, { id: from, to }, c.chair.token);
      expect(r.errors).toBeUndefined();
      expect(r.data.adjournMeeting.status).toBe('ADJOURNED');
      expect(await statuses(from)).toEqual(['Fini:DONE', 'Déjà reporté:DEFERRED', 'Entamé:DEFERRED', 'Pas abordé:DEFERRED']);
      expect(await statuses(to)).toEqual(['Déjà là:PENDING', 'Déjà reporté:PENDING', 'Entamé:PENDING', 'Pas abordé:PENDING']);
      const copies = await t.dataSource.query(`SELECT carried_over_from_id FROM agenda_item WHERE meeting_id = $1 AND carried_over_from_id IS NOT NULL`, [to]);
      expect(copies).toHaveLength(3);
    });

    it('refuses a carry-over elsewhere, to itself, to a frozen or unknown meeting, and then adjourns nothing', async () => {
      const c = await tableWithCast(t);
      const otherTable = await createTable(t);
      await addMembership(t, otherTable, c.organizationId);
      await seat(t, otherTable, c.chair.id, 'CHAIR', c.organizationId);
      const from = await meetingWithItems(c.tableId);
      const elsewhere = await insertMeeting(t, otherTable);
      const adjourned = await insertMeeting(t, c.tableId, { status: 'ADJOURNED' });
      expect(codeOf(await t.gql(ADJOURN, { id: from, to: elsewhere }, c.chair.token))).toBe('BAD_USER_INPUT');
      expect(codeOf(await t.gql(ADJOURN, { id: from, to: from }, c.chair.token))).toBe('BAD_USER_INPUT');
      expect(codeOf(await t.gql(ADJOURN, { id: from, to: adjourned }, c.chair.token))).toBe('FORBIDDEN');
      expect(codeOf(await t.gql(ADJOURN, { id: from, to: UNKNOWN_ID }, c.chair.token))).toBe('NOT_FOUND');
      expect(codeOf(await t.gql(ADJOURN, { id: from, to: 'x' }, c.chair.token))).toBe('NOT_FOUND');
      for (const viewer of [c.member, c.observer, c.outsider]) expect(codeOf(await t.gql(ADJOURN, { id: from, defer: true }, viewer.token))).toBe('FORBIDDEN');
      expect((await meetingRow(t, from)).status).toBe('IN_PROGRESS');
      expect(await statuses(from)).toEqual(['Fini:DONE', 'Déjà reporté:DEFERRED', 'Entamé:IN_PROGRESS', 'Pas abordé:PENDING']);
      expect(await agendaRows(t, elsewhere)).toEqual([]);
    });
  });

  describe('live events', () => {
    it('publishes one event of the right kind for each change, with ids only', async () => {
      const c = await tableWithCast(t);
      const meetingId = await insertMeeting(t, c.tableId, { status: 'SCHEDULED' });
      const item = await insertItem(t, meetingId, { title: 'Huis clos fictif', confidentiality: 'IN_CAMERA' });
      const events = listen(t, meetingId);
      try {
        const steps: Array<[string, Record<string, unknown>, string]> = [
          [`mutation($id: ID!) { updateMeeting(id: $id, input: { location: "Salle B" }) { id } }`, { id: meetingId }, c.chair.token],
          [`mutation($id: ID!) { addAgendaItem(meetingId: $id, input: { title: "Nouveau point" }) { id } }`, { id: meetingId }, c.chair.token],
          [SET_CURRENT, { meetingId, itemId: item }, c.chair.token],
          [`mutation($id: ID!) { respondToInvitation(meetingId: $id, response: ATTENDING) { response } }`, { id: meetingId }, c.observer.token],
          [
            `mutation($id: ID!, $u: ID!) { recordAttendance(meetingId: $id, userId: $u, status: PRESENT) { status } }`,
            { id: meetingId, u: c.member.id },
            c.secretary.token,
          ],
          [`mutation($id: ID!) { startMeeting(id: $id) { id } }`, { id: meetingId }, c.chair.token],
        ];
        for (const [query, vars, token] of steps) expect((await t.gql(query, vars, token)).errors).toBeUndefined();
        // A refused change publishes nothing.
        expect(codeOf(await t.gql(`mutation($id: ID!) { cancelMeeting(id: $id) { id } }`, { id: meetingId }, c.member.token))).toBe('FORBIDDEN');
        await events.settle();
        expect(events.received.map((e) => [e.kind, e.actorId])).toEqual([
          ['MEETING_UPDATED', c.chair.id],
          ['AGENDA_CHANGED', c.chair.id],
          ['CURRENT_ITEM_CHANGED', c.chair.id],
          ['RSVP_CHANGED', c.observer.id],
          ['ATTENDANCE_CHANGED', c.secretary.id],
          ['MEETING_UPDATED', c.chair.id],
        ]);
        for (const e of events.received) {
          expect(e).toEqual({ kind: e.kind, meetingId, tableId: c.tableId, actorId: e.actorId, at: expect.any(Date) });
        }
        expect(JSON.stringify(events.received)).not.toContain('Huis clos');
      } finally {
        await events.stop();
      }
    });

    it('publishes only once the transaction commits, and never for one rolled back', async () => {
      const c = await tableWithCast(t);
      const meetingId = await insertMeeting(t, c.tableId);
      const activity = t.app.get(MeetingActivity);
      const viewer = { userId: c.chair.id, sessionId: UNKNOWN_ID, platformRole: 'MEMBER' as const, organizationId: c.organizationId };
      const meeting = { id: meetingId, tableId: c.tableId };
      const events = listen(t, meetingId);
      try {
        await t.dataSource
          .transaction(async (manager) => {
            activity.publish(manager, viewer, meeting, 'AGENDA_CHANGED' as never);
            throw new Error('rolled back on purpose');
          })
          .catch(() => undefined);
        await events.settle();
        expect(events.received).toEqual([]);
        await t.dataSource.transaction(async (manager) => {
          activity.publish(manager, viewer, meeting, 'MEETING_UPDATED' as never);
          await events.settle();
          // Still inside the transaction: nothing has gone out yet.
          expect(events.received).toEqual([]);
        });
        await events.settle();
        expect(events.received.map((e) => e.kind)).toEqual(['MEETING_UPDATED']);
      } finally {
        await events.stop();
      }
    });
  });
});
