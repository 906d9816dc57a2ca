import { codeOf, startTestApp, type TestApp } from './support/test-app';
import { tableWithCast } from './support/fixtures';
import { auditEvents, storedNotifications } from './support/inspect';
import { agendaRows, insertItem, insertMeeting, meetingRow } from './support/meeting-fixtures';

const UNKNOWN_ID = '6f1c1d2e-3b4a-4c5d-8e9f-0a1b2c3d4e5f';
const ITEM = 'id position title description kind status confidentiality durationMinutes presenter { id } presenterOrganization { id } meeting { id }';
const ADD = `mutation($meetingId: ID!, $input: AgendaItemInput!) { addAgendaItem(meetingId: $meetingId, input: $input) { ${ITEM} } }`;
const UPDATE = `mutation($id: ID!, $input: AgendaItemUpdateInput!) { updateAgendaItem(id: $id, input: $input) { ${ITEM} } }`;
const REMOVE = `mutation($id: ID!) { removeAgendaItem(id: $id) }`;
const REORDER = `mutation($meetingId: ID!, $itemIds: [ID!]!) { reorderAgenda(meetingId: $meetingId, itemIds: $itemIds) { id position } }`;
const PUBLISH = `mutation($meetingId: ID!) { publishAgenda(meetingId: $meetingId) { id status agendaPublishedAt } }`;
const AGENDA = `query($id: ID!) { meeting(id: $id) { agenda { id position title confidentiality } } }`;

describe('agendas', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const titles = async (meetingId: string) => (await agendaRows(t, meetingId)).map((r) => `${r.position}:${r.title}`);

  describe('addAgendaItem', () => {
    it('lets officers append or insert items, positions staying 1..n, and refuses everyone else', async () => {
      const c = await tableWithCast(t);
      const meetingId = await insertMeeting(t, c.tableId, { status: 'DRAFT' });
      for (const viewer of [c.member, c.observer, c.colleague, c.outsider, c.coordinator]) {
        expect(codeOf(await t.gql(ADD, { meetingId, input: { title: 'Refusé' } }, viewer.token))).toBe('FORBIDDEN');
      }
      expect(codeOf(await t.gql(ADD, { meetingId, input: { title: 'Refusé' } }))).toBe('UNAUTHENTICATED');
      const first = await t.gql(ADD, { meetingId, input: { title: ' Accueil ' } }, c.chair.token);
      expect(first.data.addAgendaItem).toMatchObject({
        position: 1,
        title: 'Accueil',
        description: null,
        kind: 'DISCUSSION',
        status: 'PENDING',
        confidentiality: 'MEMBERS',
        durationMinutes: null,
        presenter: null,
        meeting: { id: meetingId },
      });
      await t.gql(ADD, { meetingId, input: { title: 'Bilan' } }, c.secretary.token);
      const inserted = await t.gql(
        ADD,
        {
          meetingId,
          input: {
            title: 'Cas sensible',
            position: 1,
            kind: 'DECISION',
            confidentiality: 'IN_CAMERA',
            durationMinutes: 20,
            presenterId: c.member.id,
            presenterOrganizationId: c.organizationId,
            description: 'Détails fictifs',
          },
        },
        c.chair.token,
      );
      expect(inserted.data.addAgendaItem).toMatchObject({
        position: 1,
        kind: 'DECISION',
        confidentiality: 'IN_CAMERA',
        durationMinutes: 20,
        presenter: { id: c.member.id },
        presenterOrganization: { id: c.organizationId },
      });
      await t.gql(ADD, { meetingId, input: { title: 'Varia', position: 4 } }, c.chair.token);
      expect(await titles(meetingId)).toEqual(['1:Cas sensible', '2:Accueil', '3:Bilan', '4:Varia']);
      expect(await auditEvents(t, first.data.addAgendaItem.id)).toEqual([
        { action: 'agendaItem.added', actor_id: c.chair.id, table_id: c.tableId, entity_type: 'agendaItem' },
      ]);
    });

    it('refuses bad input with BAD_USER_INPUT, unknown presenters and meetings with NOT_FOUND', async () => {
      const c = await tableWithCast(t);
      const meetingId = await insertMeeting(t, c.tableId);
      await insertItem(t, meetingId);
      const bad: Array<Record<string, unknown>> = [
        { title: '  ' },
        { title: 'x'.repeat(201) },
        { title: 'A', description: 'x'.repeat(20_001) },
        { title: 'A', position: 0 },
        { title: 'A', position: 3 },
        { title: 'A', durationMinutes: 0 },
        { title: 'A', durationMinutes: 1441 },
        { title: 'A', kind: 'GOSSIP' },
        { title: 'A', confidentiality: 'SECRET' },
      ];
      for (const input of bad) expect([input, codeOf(await t.gql(ADD, { meetingId, input }, c.chair.token))]).toEqual([input, 'BAD_USER_INPUT']);
      const missing: Array<Record<string, unknown>> = [
        { title: 'A', presenterId: UNKNOWN_ID },
        { title: 'A', presenterId: 'someone' },
        { title: 'A', presenterOrganizationId: UNKNOWN_ID },
      ];
      for (const input of missing) expect([input, codeOf(await t.gql(ADD, { meetingId, input }, c.chair.token))]).toEqual([input, 'NOT_FOUND']);
      expect(codeOf(await t.gql(ADD, { meetingId: UNKNOWN_ID, input: { title: 'A' } }, c.chair.token))).toBe('NOT_FOUND');
      expect(codeOf(await t.gql(ADD, { meetingId: 'm', input: { title: 'A' } }, c.chair.token))).toBe('NOT_FOUND');
      expect(await agendaRows(t, meetingId)).toHaveLength(1);
    });

    it('keeps positions 1..n when officers add items at the same time', async () => {
      const c = await tableWithCast(t);
      const meetingId = await insertMeeting(t, c.tableId);
      const results = await Promise.all(
        Array.from({ length: 12 }, (_, i) =>
          t.gql(ADD, { meetingId, input: { title: `Point ${i}`, ...(i % 3 === 0 ? { position: 1 } : {}) } }, i % 2 ? c.chair.token : c.secretary.token),
        ),
      );
      for (const r of results) expect(r.errors).toBeUndefined();
      expect((await agendaRows(t, meetingId)).map((r) => r.position)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    });
  });

  describe('updateAgendaItem and removeAgendaItem', () => {
    it('keeps absent fields, clears with null what may be empty, and refuses null elsewhere', async () => {
      const c = await tableWithCast(t);
      const meetingId = await insertMeeting(t, c.tableId);
      const added = await t.gql(
        ADD,
        {
          meetingId,
          input: { title: 'Point', description: 'Texte', durationMinutes: 15, presenterId: c.member.id, presenterOrganizationId: c.organizationId },
        },
        c.chair.token,
      );
      const id = added.data.addAgendaItem.id;
      for (const viewer of [c.member, c.observer, c.outsider, c.coordinator]) {
        expect(codeOf(await t.gql(UPDATE, { id, input: { title: 'X' } }, viewer.token))).toBe('FORBIDDEN');
      }
      const r = await t.gql(
        UPDATE,
        { id, input: { title: 'Point révisé', confidentiality: 'IN_CAMERA', description: null, presenterId: null } },
        c.secretary.token,
      );
      expect(r.data.updateAgendaItem).toMatchObject({
        title: 'Point révisé',
        confidentiality: 'IN_CAMERA',
        description: null,
        durationMinutes: 15,
        presenter: null,
        presenterOrganization: { id: c.organizationId },
        kind: 'DISCUSSION',
      });
      for (const input of [{ title: null }, { kind: null }, { confidentiality: null }, { durationMinutes: 2000 }]) {
        expect([input, codeOf(await t.gql(UPDATE, { id, input }, c.chair.token))]).toEqual([input, 'BAD_USER_INPUT']);
      }
      expect(codeOf(await t.gql(UPDATE, { id, input: { presenterOrganizationId: UNKNOWN_ID } }, c.chair.token))).toBe('NOT_FOUND');
      expect(codeOf(await t.gql(UPDATE, { id: UNKNOWN_ID, input: { title: 'X' } }, c.chair.token))).toBe('NOT_FOUND');
      expect(codeOf(await t.gql(UPDATE, { id: 'item', input: { title: 'X' } }, c.chair.token))).toBe('NOT_FOUND');
      expect((await auditEvents(t, id)).map((e) => [e.action, e.actor_id])).toEqual([
        ['agendaItem.added', c.chair.id],
        ['agendaItem.updated', c.secretary.id],
      ]);
    });

    it('renumbers the items after a removed one, and clears it as the current item', async () => {
      const c = await tableWithCast(t);
      const meetingId = await insertMeeting(t, c.tableId);
      const ids = [];
      for (const title of ['Un', 'Deux', 'Trois', 'Quatre']) ids.push(await insertItem(t, meetingId, { title }));
      await t.dataSource.query(`UPDATE meeting SET current_item_id = $2 WHERE id = $1`, [meetingId, ids[1]]);
      for (const viewer of [c.member, c.observer, c.outsider]) expect(codeOf(await t.gql(REMOVE, { id: ids[1] }, viewer.token))).toBe('FORBIDDEN');
      expect((await t.gql(REMOVE, { id: ids[1] }, c.chair.token)).data.removeAgendaItem).toBe(true);
      expect(await titles(meetingId)).toEqual(['1:Un', '2:Trois', '3:Quatre']);
      expect((await meetingRow(t, meetingId)).current_item_id).toBeNull();
      expect(codeOf(await t.gql(REMOVE, { id: ids[1] }, c.chair.token))).toBe('NOT_FOUND');
      expect(await auditEvents(t, ids[1])).toEqual([{ action: 'agendaItem.removed', actor_id: c.chair.id, table_id: c.tableId, entity_type: 'agendaItem' }]);
    });
  });

  describe('reorderAgenda', () => {
    it("takes exactly the agenda's ids, each once, and refuses anything else with BAD_USER_INPUT", async () => {
      const c = await tableWithCast(t);
      const meetingId = await insertMeeting(t, c.tableId);
      const otherMeeting = await insertMeeting(t, c.tableId);
      const [a, b, cItem] = [
        await insertItem(t, meetingId, { title: 'A' }),
        await insertItem(t, meetingId, { title: 'B' }),
        await insertItem(t, meetingId, { title: 'C' }),
      ];
      const foreign = await insertItem(t, otherMeeting);
      for (const itemIds of [[a, b], [a, b, cItem, cItem], [a, b, cItem, foreign], [a, b, foreign], [a, b, 'not-an-id'], []]) {
        expect([itemIds, codeOf(await t.gql(REORDER, { meetingId, itemIds }, c.chair.token))]).toEqual([itemIds, 'BAD_USER_INPUT']);
      }
      expect(await titles(meetingId)).toEqual(['1:A', '2:B', '3:C']);
      for (const viewer of [c.member, c.observer, c.coordinator])
        expect(codeOf(await t.gql(REORDER, { meetingId, itemIds: [cItem, a, b] }, viewer.token))).toBe('FORBIDDEN');
      const r = await t.gql(REORDER, { meetingId, itemIds: [cItem, a, b] }, c.secretary.token);
      expect(r.data.reorderAgenda).toEqual([
        { id: cItem, position: 1 },
        { id: a, position: 2 },
        { id: b, position: 3 },
      ]);
      expect(await titles(meetingId)).toEqual(['1:C', '2:A', '3:B']);
      expect(await auditEvents(t, meetingId)).toEqual([{ action: 'agenda.reordered', actor_id: c.secretary.id, table_id: c.tableId, entity_type: 'meeting' }]);
    });
  });

  describe('publishAgenda', () => {
    it('stamps the agenda, moves DRAFT to SCHEDULED and tells the table, without in-camera titles for observers', async () => {
      const c = await tableWithCast(t);
      const meetingId = await insertMeeting(t, c.tableId, { status: 'DRAFT', title: 'Réunion de février' });
      await insertItem(t, meetingId, { title: 'Ouverture' });
      await insertItem(t, meetingId, { title: 'Situation confidentielle fictive', confidentiality: 'IN_CAMERA' });
      await insertItem(t, meetingId, { title: 'Prochaines étapes' });
      for (const viewer of [c.member, c.observer, c.outsider, c.coordinator])
        expect(codeOf(await t.gql(PUBLISH, { meetingId }, viewer.token))).toBe('FORBIDDEN');
      const r = await t.gql(PUBLISH, { meetingId }, c.chair.token);
      expect(r.data.publishAgenda).toMatchObject({ id: meetingId, status: 'SCHEDULED' });
      expect(Date.parse(r.data.publishAgenda.agendaPublishedAt)).toBeGreaterThan(Date.now() - 60_000);
      expect((await meetingRow(t, meetingId)).sequence).toBe(1);
      expect(await auditEvents(t, meetingId)).toEqual([{ action: 'agenda.published', actor_id: c.chair.id, table_id: c.tableId, entity_type: 'meeting' }]);
      const noticeOf = async (userId: string) =>
        storedNotifications<{ kind: string; meeting_id: string }>(t, `n.user_id = $1 AND n.kind = 'AGENDA_PUBLISHED'`, [userId], ['kind', 'meeting_id']);
      const [memberNotice] = await noticeOf(c.member.id);
      expect(memberNotice).toMatchObject({ title: 'Ordre du jour publié\u202f: Réunion de février', meeting_id: meetingId });
      expect(memberNotice.body).toContain('2. Situation confidentielle fictive');
      const [observerNotice] = await noticeOf(c.observer.id);
      expect(observerNotice.body).toContain('1. Ouverture');
      expect(observerNotice.body).toContain('2. Prochaines étapes');
      expect(observerNotice.body).not.toContain('confidentielle');
      expect(await noticeOf(c.chair.id)).toEqual([]);
      // Publishing again stamps it again; the meeting stays SCHEDULED, or IN_PROGRESS once started.
      await t.dataSource.query(`UPDATE meeting SET status = 'IN_PROGRESS' WHERE id = $1`, [meetingId]);
      expect((await t.gql(PUBLISH, { meetingId }, c.secretary.token)).data.publishAgenda.status).toBe('IN_PROGRESS');
    });
  });

  it('freezes the agenda of a cancelled or adjourned meeting: every change is FORBIDDEN and nothing moves', async () => {
    const c = await tableWithCast(t);
    for (const status of ['CANCELLED', 'ADJOURNED']) {
      const meetingId = await insertMeeting(t, c.tableId, { status });
      const a = await insertItem(t, meetingId, { title: 'A' });
      const b = await insertItem(t, meetingId, { title: 'B' });
      const ops: Array<[string, Record<string, unknown>]> = [
        [ADD, { meetingId, input: { title: 'Nouveau' } }],
        [UPDATE, { id: a, input: { title: 'Changé' } }],
        [REMOVE, { id: a }],
        [REORDER, { meetingId, itemIds: [b, a] }],
        [PUBLISH, { meetingId }],
        [`mutation($meetingId: ID!, $itemId: ID) { setCurrentAgendaItem(meetingId: $meetingId, itemId: $itemId) { id } }`, { meetingId, itemId: a }],
        [`mutation($id: ID!) { setAgendaItemStatus(id: $id, status: DONE) { id } }`, { id: a }],
      ];
      for (const [op, vars] of ops) expect([status, vars, codeOf(await t.gql(op, vars, c.chair.token))]).toEqual([status, vars, 'FORBIDDEN']);
      expect(await agendaRows(t, meetingId)).toEqual([
        { id: a, position: 1, title: 'A', status: 'PENDING' },
        { id: b, position: 2, title: 'B', status: 'PENDING' },
      ]);
      expect(await meetingRow(t, meetingId)).toMatchObject({ status, current_item_id: null, agenda_published_at: null });
    }
  });

  it("leaves in-camera items out of an observer's agenda, numbering the rest 1..n; members see every item", async () => {
    const c = await tableWithCast(t);
    const meetingId = await insertMeeting(t, c.tableId);
    const open1 = await insertItem(t, meetingId, { title: 'Ouvert 1' });
    const secret = await insertItem(t, meetingId, { title: 'Huis clos fictif', confidentiality: 'IN_CAMERA' });
    const open2 = await insertItem(t, meetingId, { title: 'Ouvert 2' });
    for (const viewer of [c.chair, c.secretary, c.member]) {
      expect(
        (await t.gql(AGENDA, { id: meetingId }, viewer.token)).data.meeting.agenda.map((i: { id: string; position: number }) => [i.id, i.position]),
      ).toEqual([
        [open1, 1],
        [secret, 2],
        [open2, 3],
      ]);
    }
    const observer = await t.gql(AGENDA, { id: meetingId }, c.observer.token);
    expect(observer.data.meeting.agenda).toEqual([
      { id: open1, position: 1, title: 'Ouvert 1', confidentiality: 'MEMBERS' },
      { id: open2, position: 2, title: 'Ouvert 2', confidentiality: 'MEMBERS' },
    ]);
    expect(JSON.stringify(observer)).not.toContain('Huis clos');
    // A coordinator who does not sit at the table reads nothing of it; one who sits there as a member reads it all.
    expect(codeOf(await t.gql(AGENDA, { id: meetingId }, c.coordinator.token))).toBe('FORBIDDEN');
    await t.dataSource.query(`INSERT INTO table_participant (table_id, user_id, organization_id, role) VALUES ($1, $2, $3, 'MEMBER')`, [
      c.tableId,
      c.coordinator.id,
      c.organizationId,
    ]);
    expect((await t.gql(AGENDA, { id: meetingId }, c.coordinator.token)).data.meeting.agenda).toHaveLength(3);
  });
});
