import { codeOf, startTestApp, type TestApp } from './support/test-app';
import { auditActions, auditEvents, notificationsOf } from './support/inspect';
import { agendaRows, insertItem, insertMeeting } from './support/meeting-fixtures';
import { DECIDE, LISTS, network, REFER } from './support/referral-fixtures';

const UNKNOWN_ID = '6f1c1d2e-3b4a-4c5d-8e9f-0a1b2c3d4e5f';
const RECORD = `mutation($input: DecisionInput!) { recordDecision(input: $input) { id } }`;
const AGENDA = `query($id: ID!) { meeting(id: $id) { agenda { id title referral { id title fromTable { id } } } } }`;

type Network = Awaited<ReturnType<typeof network>>;

async function referUp(t: TestApp, n: Network, title = 'Question régionale fictive'): Promise<string> {
  const r = await t.gql(
    REFER,
    { input: { fromTableId: n.regionalId, toTableId: n.provincialId, title, rationale: 'Contexte fictif.' } },
    n.regional.secretary.token,
  );
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data.referAgendaItem.id;
}

describe('referrals: accepting into a meeting, declining, hearing back', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('lets an officer of the receiving table accept a referral into a meeting, as a new item linked back to it', async () => {
    const n = await network(t);
    const id = await referUp(t, n);
    const meetingId = await insertMeeting(t, n.provincialId, { status: 'DRAFT' });
    await insertItem(t, meetingId, { title: 'Point existant fictif' });
    const r = await t.gql(DECIDE, { id, accept: true, meetingId, response: 'Inscrit à notre prochaine réunion.' }, n.provincial.secretary.token);
    expect(r.errors).toBeUndefined();
    const referral = r.data.decideReferral;
    expect(referral).toMatchObject({
      status: 'ACCEPTED',
      response: 'Inscrit à notre prochaine réunion.',
      decidedBy: { id: n.provincial.secretary.id },
      scheduledItem: {
        title: 'Question régionale fictive',
        position: 2,
        kind: 'DECISION',
        confidentiality: 'MEMBERS',
        meeting: { id: meetingId },
        referral: { id },
      },
    });
    expect(Date.parse(referral.decidedAt)).not.toBeNaN();
    const itemId = referral.scheduledItem.id;
    expect((await agendaRows(t, meetingId)).map((row) => row.title)).toEqual(['Point existant fictif', 'Question régionale fictive']);
    expect(await auditEvents(t, id)).toEqual([
      { action: 'referral.created', actor_id: n.regional.secretary.id, table_id: n.regionalId, entity_type: 'referral' },
      { action: 'referral.decided', actor_id: n.provincial.secretary.id, table_id: n.provincialId, entity_type: 'referral' },
    ]);
    expect(await auditActions(t, itemId)).toEqual(['agendaItem.added']);

    // The receiving table reads the link from its agenda; the sending table reads the scheduled item.
    const agenda = await t.gql(AGENDA, { id: meetingId }, n.provincial.observer.token);
    expect(agenda.data.meeting.agenda[1]).toMatchObject({ id: itemId, referral: { id, fromTable: { id: n.regionalId } } });
    expect(agenda.data.meeting.agenda[0].referral).toBeNull();
    const sent = await t.gql(LISTS, { id: n.regionalId }, n.regional.observer.token);
    expect(sent.data.table.outgoingReferrals[0]).toMatchObject({ id, status: 'ACCEPTED', scheduledItem: { id: itemId, meeting: { id: meetingId } } });
    // Accepting tells no one (the contract tells the sending table on decline and on a decision).
    expect((await notificationsOf(t, n.regional.secretary.id)).map((x) => x.kind)).toEqual([]);

    // Decided once: a second decision is refused, accept or decline.
    expect(codeOf(await t.gql(DECIDE, { id, accept: false }, n.provincial.chair.token))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(DECIDE, { id, accept: true, meetingId }, n.provincial.chair.token))).toBe('FORBIDDEN');
  });

  it('refuses anyone but the receiving officers, foreign, unknown, cancelled or adjourned meetings, and archived receiving tables', async () => {
    const n = await network(t);
    const id = await referUp(t, n);
    const meetingId = await insertMeeting(t, n.provincialId);
    const decide = (vars: Record<string, unknown>, token: string | null = n.provincial.chair.token) => t.gql(DECIDE, { id, accept: true, ...vars }, token);
    expect(codeOf(await decide({}, null))).toBe('UNAUTHENTICATED');
    for (const viewer of [n.provincial.member, n.provincial.observer, n.regional.chair, n.regional.secretary, n.coordinator, n.outsider]) {
      expect(codeOf(await decide({ meetingId }, viewer.token))).toBe('FORBIDDEN');
      expect(codeOf(await decide({ accept: false }, viewer.token))).toBe('FORBIDDEN');
    }
    expect(codeOf(await t.gql(DECIDE, { id: UNKNOWN_ID, accept: true }, n.provincial.chair.token))).toBe('NOT_FOUND');
    expect(codeOf(await t.gql(DECIDE, { id: 'x', accept: false }, n.provincial.chair.token))).toBe('NOT_FOUND');
    expect(codeOf(await decide({ meetingId: UNKNOWN_ID }))).toBe('NOT_FOUND');
    expect(codeOf(await decide({ meetingId: 'x' }))).toBe('NOT_FOUND');
    const foreign = await decide({ meetingId: await insertMeeting(t, n.regionalId) });
    expect(codeOf(foreign)).toBe('BAD_USER_INPUT');
    expect(foreign.errors?.[0].extensions?.field).toBe('meetingId');
    expect(codeOf(await decide({ meetingId: await insertMeeting(t, n.provincialId, { status: 'CANCELLED' }) }))).toBe('FORBIDDEN');
    expect(codeOf(await decide({ meetingId: await insertMeeting(t, n.provincialId, { status: 'ADJOURNED' }) }))).toBe('FORBIDDEN');
    expect(codeOf(await decide({ accept: false, meetingId }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await decide({ accept: false, response: 'x'.repeat(20_001) }))).toBe('BAD_USER_INPUT');
    await t.dataSource.query(`UPDATE round_table SET archived_at = now() WHERE id = $1`, [n.provincialId]);
    expect(codeOf(await decide({ meetingId }))).toBe('FORBIDDEN');
    expect(codeOf(await decide({ accept: false }))).toBe('FORBIDDEN');
    const row = await t.dataSource.query(`SELECT status, scheduled_item_id FROM referral WHERE id = $1`, [id]);
    expect(row).toEqual([{ status: 'PENDING', scheduled_item_id: null }]);
    expect(await agendaRows(t, meetingId)).toEqual([]);
  });

  it('tells the referrer and the sending officers when the referral is declined, with the response', async () => {
    const n = await network(t);
    const id = await referUp(t, n, 'Question déclinée fictive');
    const r = await t.gql(DECIDE, { id, accept: false, response: '  Ne relève pas de notre mandat fictif. ' }, n.provincial.chair.token);
    expect(r.errors).toBeUndefined();
    expect(r.data.decideReferral).toMatchObject({
      status: 'DECLINED',
      response: 'Ne relève pas de notre mandat fictif.',
      decidedBy: { id: n.provincial.chair.id },
      scheduledItem: null,
    });
    expect(await auditActions(t, id)).toEqual(['referral.created', 'referral.decided']);
    for (const told of [n.regional.secretary, n.regional.chair]) {
      expect(await notificationsOf(t, told.id)).toEqual([
        {
          kind: 'REFERRAL_ANSWERED',
          title: 'Référence refusée par Table provinciale fictive\u202f: Question déclinée fictive',
          body: 'Ne relève pas de notre mandat fictif.',
          table_id: n.regionalId,
        },
      ]);
    }
    for (const other of [n.regional.member, n.regional.observer, n.provincial.chair]) {
      expect((await notificationsOf(t, other.id)).filter((x) => x.kind === 'REFERRAL_ANSWERED')).toEqual([]);
    }
    // The notification names the referral, so the client can lead to it.
    expect(
      await t.dataSource.query(`SELECT DISTINCT subject_id FROM notification WHERE kind = 'REFERRAL_ANSWERED' AND user_id = $1`, [n.regional.secretary.id]),
    ).toEqual([{ subject_id: id }]);
    // A decline without a response still says who declined.
    const bare = await referUp(t, n, 'Autre question fictive');
    await t.gql(DECIDE, { id: bare, accept: false }, n.provincial.secretary.token);
    expect((await notificationsOf(t, n.regional.chair.id)).at(-1)).toMatchObject({ body: '«\u00a0Table provinciale fictive\u00a0» a refusé cette référence.' });
  });

  it('tells the sending table of each decision on the scheduled item, and shows the outcome to both tables', async () => {
    const n = await network(t);
    const id = await referUp(t, n, 'Question à trancher fictive');
    const meetingId = await insertMeeting(t, n.provincialId, { status: 'IN_PROGRESS' });
    const other = await insertItem(t, meetingId, { title: 'Autre point fictif' });
    const itemId = (await t.gql(DECIDE, { id, accept: true, meetingId }, n.provincial.chair.token)).data.decideReferral.scheduledItem.id;

    await t.gql(RECORD, { input: { meetingId, agendaItemId: other, text: 'Décision sans lien fictive', outcome: 'ADOPTED' } }, n.provincial.secretary.token);
    await t.gql(RECORD, { input: { meetingId, text: 'Décision générale fictive', outcome: 'ADOPTED' } }, n.provincial.secretary.token);
    expect(await notificationsOf(t, n.regional.chair.id)).toEqual([]);

    const decision = await t.gql(
      RECORD,
      { input: { meetingId, agendaItemId: itemId, text: 'Adopter la démarche fictive', outcome: 'ADOPTED', votesFor: 5 } },
      n.provincial.secretary.token,
    );
    expect(decision.errors).toBeUndefined();
    for (const told of [n.regional.secretary, n.regional.chair]) {
      expect(await notificationsOf(t, told.id)).toEqual([
        {
          kind: 'REFERRAL_ANSWERED',
          title: 'Décision de Table provinciale fictive sur la référence\u202f: Question à trancher fictive',
          body: 'Adoptée\u202f: Adopter la démarche fictive',
          table_id: n.regionalId,
        },
      ]);
    }
    for (const other of [n.regional.member, n.regional.observer, n.provincial.secretary, n.provincial.chair]) {
      expect((await notificationsOf(t, other.id)).filter((x) => x.kind === 'REFERRAL_ANSWERED')).toEqual([]);
    }
    // The notification names the referral, so the client can lead to it.
    expect(
      await t.dataSource.query(`SELECT DISTINCT subject_id FROM notification WHERE kind = 'REFERRAL_ANSWERED' AND user_id = $1`, [n.regional.secretary.id]),
    ).toEqual([{ subject_id: id }]);

    const expected = [{ id: decision.data.recordDecision.id, text: 'Adopter la démarche fictive', outcome: 'ADOPTED' }];
    for (const viewer of [n.regional.observer, n.regional.chair]) {
      expect((await t.gql(LISTS, { id: n.regionalId }, viewer.token)).data.table.outgoingReferrals[0].outcomeDecisions).toEqual(expected);
    }
    for (const viewer of [n.provincial.observer, n.provincial.chair]) {
      expect((await t.gql(LISTS, { id: n.provincialId }, viewer.token)).data.table.incomingReferrals[0].outcomeDecisions).toEqual(expected);
    }
    // A second decision on the same item tells them again.
    await t.gql(RECORD, { input: { meetingId, agendaItemId: itemId, text: 'Précision fictive', outcome: 'CONSENSUS' } }, n.provincial.chair.token);
    expect((await notificationsOf(t, n.regional.chair.id)).map((x) => x.body)).toEqual([
      'Adoptée\u202f: Adopter la démarche fictive',
      'Consensus\u202f: Précision fictive',
    ]);
  });
});
