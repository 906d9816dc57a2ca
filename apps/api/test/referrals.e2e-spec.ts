import { codeOf, startTestApp, type TestApp } from './support/test-app';
import { auditEvents, notificationsOf } from './support/inspect';
import { insertItem, insertMeeting } from './support/meeting-fixtures';
import { DECIDE, LISTS, network, REFER } from './support/referral-fixtures';

const UNKNOWN_ID = '6f1c1d2e-3b4a-4c5d-8e9f-0a1b2c3d4e5f';

describe('referrals: referring a question up and reading referrals', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('lets an officer of the sending table refer an agenda item up; the receiving officers are told', async () => {
    const n = await network(t);
    const meetingId = await insertMeeting(t, n.regionalId);
    const itemId = await insertItem(t, meetingId, { title: 'Point régional fictif' });
    const input = {
      fromTableId: n.regionalId,
      toTableId: n.provincialId,
      sourceItemId: itemId,
      title: '  Harmoniser les protocoles fictifs ',
      rationale: 'Motif fictif.',
    };
    const r = await t.gql(REFER, { input }, n.regional.secretary.token);
    expect(r.errors).toBeUndefined();
    const referral = r.data.referAgendaItem;
    expect(referral).toMatchObject({
      title: 'Harmoniser les protocoles fictifs',
      rationale: 'Motif fictif.',
      status: 'PENDING',
      referredBy: { id: n.regional.secretary.id },
      fromTable: { id: n.regionalId },
      toTable: { id: n.provincialId },
      sourceItem: { id: itemId, title: 'Point régional fictif' },
      decidedBy: null,
      decidedAt: null,
      response: null,
      scheduledItem: null,
      outcomeDecisions: [],
    });
    expect(Date.parse(referral.referredAt)).not.toBeNaN();
    expect(await auditEvents(t, referral.id)).toEqual([
      { action: 'referral.created', actor_id: n.regional.secretary.id, table_id: n.regionalId, entity_type: 'referral' },
    ]);

    for (const officer of [n.provincial.chair, n.provincial.secretary]) {
      expect(await notificationsOf(t, officer.id)).toEqual([
        expect.objectContaining({
          kind: 'REFERRAL_RECEIVED',
          title: 'Référence reçue de Table régionale fictive\u202f: Harmoniser les protocoles fictifs',
          table_id: n.provincialId,
        }),
      ]);
    }
    for (const other of [n.provincial.member, n.provincial.observer, n.regional.secretary, n.regional.chair, n.coordinator]) {
      expect(await notificationsOf(t, other.id)).toEqual([]);
    }
    // The notification names the referral, so the client can lead to it.
    expect(
      await t.dataSource.query(`SELECT DISTINCT subject_id FROM notification WHERE kind = 'REFERRAL_RECEIVED' AND user_id = $1`, [n.provincial.chair.id]),
    ).toEqual([{ subject_id: referral.id }]);

    // On its own, without an item, and further up the line (the national table).
    const own = await t.gql(
      REFER,
      { input: { fromTableId: n.regionalId, toTableId: n.nationalId, title: 'Question fictive sans point' } },
      n.regional.chair.token,
    );
    expect(own.errors).toBeUndefined();
    expect(own.data.referAgendaItem).toMatchObject({ sourceItem: null, rationale: null, toTable: { id: n.nationalId } });
    const fromProvincial = await t.gql(
      REFER,
      { input: { fromTableId: n.provincialId, toTableId: n.nationalId, title: 'Question provinciale fictive' } },
      n.provincial.chair.token,
    );
    expect(fromProvincial.errors).toBeUndefined();
  });

  it('refuses non-officers, tables that are not up the line, foreign items, bad input and archived tables', async () => {
    const n = await network(t);
    const itemId = await insertItem(t, await insertMeeting(t, n.regionalId));
    const foreignItem = await insertItem(t, await insertMeeting(t, n.siblingId));
    const base = { fromTableId: n.regionalId, toTableId: n.provincialId, title: 'Question fictive' };
    const refer = (input: Record<string, unknown>, token: string | null = n.regional.chair.token) => t.gql(REFER, { input: { ...base, ...input } }, token);

    expect(codeOf(await refer({}, null))).toBe('UNAUTHENTICATED');
    for (const viewer of [n.regional.member, n.regional.observer, n.provincial.chair, n.coordinator, n.outsider]) {
      expect(codeOf(await refer({}, viewer.token))).toBe('FORBIDDEN');
    }
    // Up the line only: not itself, not sideways, not down, not a table of a higher level on another line.
    for (const toTableId of [n.regionalId, n.siblingId, n.otherProvincialId]) {
      const r = await refer({ toTableId });
      expect(codeOf(r)).toBe('BAD_USER_INPUT');
      expect(r.errors?.[0].extensions?.field).toBe('toTableId');
    }
    expect(codeOf(await refer({ fromTableId: n.provincialId, toTableId: n.regionalId }, n.provincial.chair.token))).toBe('BAD_USER_INPUT');

    expect(codeOf(await refer({ fromTableId: UNKNOWN_ID }))).toBe('NOT_FOUND');
    expect(codeOf(await refer({ toTableId: UNKNOWN_ID }))).toBe('NOT_FOUND');
    expect(codeOf(await refer({ toTableId: 'pas-un-id' }))).toBe('NOT_FOUND');
    expect(codeOf(await refer({ sourceItemId: UNKNOWN_ID }))).toBe('NOT_FOUND');
    expect(codeOf(await refer({ sourceItemId: 'x' }))).toBe('NOT_FOUND');
    expect(codeOf(await refer({ sourceItemId: foreignItem }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await refer({ title: '   ' }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await refer({ title: 'x'.repeat(201) }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await refer({ rationale: 'x'.repeat(20_001) }))).toBe('BAD_USER_INPUT');
    expect((await refer({ title: 'x'.repeat(200) })).errors).toBeUndefined();

    // One open referral of an item to a table at a time.
    expect((await refer({ sourceItemId: itemId })).errors).toBeUndefined();
    expect(codeOf(await refer({ sourceItemId: itemId }))).toBe('CONFLICT');
    expect((await refer({ sourceItemId: itemId, toTableId: n.nationalId })).errors).toBeUndefined();

    await t.dataSource.query(`UPDATE round_table SET archived_at = now() WHERE id = $1`, [n.provincialId]);
    expect(codeOf(await refer({}))).toBe('FORBIDDEN');
    await t.dataSource.query(`UPDATE round_table SET archived_at = now() WHERE id = $1`, [n.regionalId]);
    expect(codeOf(await refer({ toTableId: n.nationalId }))).toBe('FORBIDDEN');
    const count = await t.dataSource.query(`SELECT count(*)::int AS n FROM referral WHERE from_table_id = $1`, [n.regionalId]);
    expect(count[0].n).toBe(3);
  });

  it('shows incoming and outgoing referrals to those who sit at each table, and the source item as they may see it', async () => {
    const n = await network(t);
    const meetingId = await insertMeeting(t, n.regionalId);
    const open = await insertItem(t, meetingId, { title: 'Point ouvert fictif' });
    const secret = await insertItem(t, meetingId, { title: 'Point huis clos fictif', confidentiality: 'IN_CAMERA' });
    const first = (
      await t.gql(
        REFER,
        { input: { fromTableId: n.regionalId, toTableId: n.provincialId, sourceItemId: open, title: 'Renvoi public fictif' } },
        n.regional.chair.token,
      )
    ).data.referAgendaItem;
    const second = (
      await t.gql(
        REFER,
        { input: { fromTableId: n.regionalId, toTableId: n.provincialId, sourceItemId: secret, title: 'Renvoi délicat fictif' } },
        n.regional.chair.token,
      )
    ).data.referAgendaItem;
    await t.gql(DECIDE, { id: first.id, accept: false, response: 'Hors mandat fictif.' }, n.provincial.chair.token);

    for (const viewer of [n.regional.chair, n.regional.member, n.regional.observer]) {
      const r = await t.gql(LISTS, { id: n.regionalId }, viewer.token);
      expect(r.errors).toBeUndefined();
      expect(r.data.table.outgoingReferrals.map((x: any) => x.id)).toEqual([second.id, first.id]);
      expect(r.data.table.incomingReferrals).toEqual([]);
    }
    for (const viewer of [n.provincial.chair, n.provincial.observer]) {
      const r = await t.gql(LISTS, { id: n.provincialId }, viewer.token);
      expect(r.data.table.incomingReferrals.map((x: any) => x.id)).toEqual([second.id, first.id]);
      // The sending table's item stays theirs: the receiving table does not read it.
      expect(r.data.table.incomingReferrals.map((x: any) => x.sourceItem)).toEqual([null, null]);
    }
    const pending = await t.gql(LISTS, { id: n.provincialId, status: 'PENDING' }, n.provincial.secretary.token);
    expect(pending.data.table.incomingReferrals.map((x: any) => x.id)).toEqual([second.id]);
    const declined = await t.gql(LISTS, { id: n.regionalId, status: 'DECLINED' }, n.regional.observer.token);
    expect(declined.data.table.outgoingReferrals).toMatchObject([{ id: first.id, status: 'DECLINED', response: 'Hors mandat fictif.' }]);

    for (const viewer of [n.coordinator, n.outsider, n.provincial.chair]) {
      const r = await t.gql(LISTS, { id: n.regionalId }, viewer.token);
      expect(r.data.table.outgoingReferrals).toEqual([]);
    }
    for (const viewer of [n.coordinator, n.outsider, n.regional.chair]) {
      expect((await t.gql(LISTS, { id: n.provincialId }, viewer.token)).data.table.incomingReferrals).toEqual([]);
    }

    // The in-camera source item: for the sending table's chairs, secretaries and members, never its observers.
    const member = (await t.gql(LISTS, { id: n.regionalId }, n.regional.member.token)).data.table.outgoingReferrals;
    expect(member.map((x: any) => x.sourceItem?.id)).toEqual([secret, open]);
    const observer = (await t.gql(LISTS, { id: n.regionalId }, n.regional.observer.token)).data;
    expect(observer.table.outgoingReferrals.map((x: any) => x.sourceItem?.id ?? null)).toEqual([null, open]);
    expect(JSON.stringify(observer)).not.toContain('huis clos');
    expect(codeOf(await t.gql(LISTS, { id: n.regionalId, status: 'MAYBE' }, n.regional.chair.token))).toBe('BAD_USER_INPUT');
  });
});
