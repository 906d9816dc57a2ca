import { codeOf, startTestApp, type TestApp } from './support/test-app';
import { auditActions, notificationsOf } from './support/inspect';
import { insertMeeting } from './support/meeting-fixtures';
import { DECIDE, LISTS, network, REFER } from './support/referral-fixtures';

const RECORD = `mutation($input: DecisionInput!) { recordDecision(input: $input) { id } }`;
const UPDATE_ITEM = `mutation($id: ID!, $input: AgendaItemUpdateInput!) { updateAgendaItem(id: $id, input: $input) { id } }`;
const CARRY = `mutation($from: ID!, $to: ID!) { carryOverUnfinishedItems(fromMeetingId: $from, toMeetingId: $to) { id referral { id } } }`;
const REMOVE = `mutation($id: ID!) { removeAgendaItem(id: $id) }`;

type Network = Awaited<ReturnType<typeof network>>;

async function referUp(t: TestApp, n: Network, title: string): Promise<string> {
  const r = await t.gql(REFER, { input: { fromTableId: n.regionalId, toTableId: n.provincialId, title } }, n.regional.secretary.token);
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data.referAgendaItem.id;
}

const outgoing = async (t: TestApp, n: Network, token: string) => (await t.gql(LISTS, { id: n.regionalId }, token)).data.table.outgoingReferrals[0];
const incoming = async (t: TestApp, n: Network, token: string) => (await t.gql(LISTS, { id: n.provincialId }, token)).data.table.incomingReferrals[0];

describe('referrals: in-camera outcomes, scheduling later, carried-over items', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('keeps an in-camera scheduled item and its decisions from observers of both tables and from notices they could not read', async () => {
    const n = await network(t);
    const id = await referUp(t, n, 'Question sensible fictive');
    const meetingId = await insertMeeting(t, n.provincialId, { status: 'IN_PROGRESS' });
    const itemId = (await t.gql(DECIDE, { id, accept: true, meetingId }, n.provincial.chair.token)).data.decideReferral.scheduledItem.id;
    expect(
      (await t.gql(UPDATE_ITEM, { id: itemId, input: { confidentiality: 'IN_CAMERA', title: 'Titre huis clos fictif' } }, n.provincial.chair.token)).errors,
    ).toBeUndefined();
    // The referrer is now an observer at the sending table: told that a decision was taken, not which.
    await t.dataSource.query(`UPDATE table_participant SET role = 'OBSERVER' WHERE table_id = $1 AND user_id = $2`, [n.regionalId, n.regional.secretary.id]);
    const decision = (
      await t.gql(
        RECORD,
        { input: { meetingId, agendaItemId: itemId, text: 'Décision confidentielle fictive', outcome: 'REJECTED' } },
        n.provincial.chair.token,
      )
    ).data.recordDecision;

    expect(await notificationsOf(t, n.regional.chair.id)).toEqual([
      expect.objectContaining({ kind: 'REFERRAL_ANSWERED', body: 'Rejetée\u202f: Décision confidentielle fictive' }),
    ]);
    const redacted = await notificationsOf(t, n.regional.secretary.id);
    expect(redacted).toEqual([
      expect.objectContaining({
        kind: 'REFERRAL_ANSWERED',
        title: 'Décision de Table provinciale fictive sur la référence\u202f: Question sensible fictive',
        body: 'Décision prise à huis clos.',
      }),
    ]);
    expect(JSON.stringify(redacted)).not.toContain('confidentielle');

    for (const viewer of [n.regional.member, n.regional.chair]) {
      expect(await outgoing(t, n, viewer.token)).toMatchObject({
        scheduledItem: { id: itemId, title: 'Titre huis clos fictif' },
        outcomeDecisions: [{ id: decision.id }],
      });
    }
    for (const viewer of [n.provincial.member, n.provincial.secretary]) {
      expect(await incoming(t, n, viewer.token)).toMatchObject({ scheduledItem: { id: itemId }, outcomeDecisions: [{ id: decision.id }] });
    }
    const observers = [
      await outgoing(t, n, n.regional.observer.token),
      await outgoing(t, n, n.regional.secretary.token),
      await incoming(t, n, n.provincial.observer.token),
    ];
    for (const seen of observers) {
      expect(seen).toMatchObject({ id, title: 'Question sensible fictive', scheduledItem: null, outcomeDecisions: [] });
    }
    expect(JSON.stringify(observers)).not.toMatch(/huis clos|confidentielle/);
  });

  it("lets the sending table follow the outcome into the receiving meeting without reading that meeting's internals", async () => {
    const n = await network(t);
    const id = await referUp(t, n, 'Question suivie fictive');
    const meetingId = await insertMeeting(t, n.provincialId, { status: 'IN_PROGRESS', title: 'Réunion provinciale fictive' });
    const itemId = (await t.gql(DECIDE, { id, accept: true, meetingId }, n.provincial.chair.token)).data.decideReferral.scheduledItem.id;
    await t.dataSource.query(`UPDATE agenda_item SET notes = 'Notes internes fictives' WHERE id = $1`, [itemId]);
    await t.dataSource.query(`UPDATE meeting SET location = 'Salle fictive', online_url = 'https://visio.exemple.test/fictive' WHERE id = $1`, [meetingId]);
    await t.dataSource.query(`INSERT INTO attendance (meeting_id, user_id, organization_id, status) VALUES ($1, $2, $3, 'PRESENT')`, [
      meetingId,
      n.provincial.member.id,
      n.provincial.organizationId,
    ]);
    const decision = (
      await t.gql(RECORD, { input: { meetingId, agendaItemId: itemId, text: 'Décision suivie fictive', outcome: 'ADOPTED' } }, n.provincial.chair.token)
    ).data.recordDecision;
    const QUERY = `query($id: ID!) { table(id: $id) { outgoingReferrals { outcomeDecisions { id meeting { id title } agendaItem { id } }
      scheduledItem { id notes decisions { id } meeting { id title location onlineUrl agenda { id } attendance { status } rsvps { response } minutes { id } decisions { id } } } } } }`;
    const r = await t.gql(QUERY, { id: n.regionalId }, n.regional.observer.token);
    expect(r.errors).toBeUndefined();
    expect(r.data.table.outgoingReferrals[0]).toEqual({
      outcomeDecisions: [{ id: decision.id, meeting: { id: meetingId, title: 'Réunion provinciale fictive' }, agendaItem: null }],
      scheduledItem: {
        id: itemId,
        notes: null,
        decisions: [],
        meeting: {
          id: meetingId,
          title: 'Réunion provinciale fictive',
          location: null,
          onlineUrl: null,
          agenda: [],
          attendance: [],
          rsvps: [],
          minutes: null,
          decisions: [],
        },
      },
    });
    // Those who sit at the receiving table still read all of it.
    const own = await t.gql(
      `query($id: ID!) { meeting(id: $id) { onlineUrl attendance { status } decisions { id meeting { id } } } }`,
      { id: meetingId },
      n.provincial.observer.token,
    );
    expect(own.data.meeting).toEqual({
      onlineUrl: 'https://visio.exemple.test/fictive',
      attendance: [{ status: 'PRESENT' }],
      decisions: [{ id: decision.id, meeting: { id: meetingId } }],
    });
  });

  it('accepts without a meeting, then schedules into one; an item removed leaves the referral to be scheduled again', async () => {
    const n = await network(t);
    const id = await referUp(t, n, 'Question à planifier fictive');
    const accepted = await t.gql(DECIDE, { id, accept: true }, n.provincial.chair.token);
    expect(accepted.data.decideReferral).toMatchObject({ status: 'ACCEPTED', scheduledItem: null });
    const meetingId = await insertMeeting(t, n.provincialId);
    // Only with a meeting, and only by the receiving officers.
    expect(codeOf(await t.gql(DECIDE, { id, accept: true }, n.provincial.chair.token))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(DECIDE, { id, accept: true, meetingId }, n.provincial.member.token))).toBe('FORBIDDEN');
    const scheduled = await t.gql(DECIDE, { id, accept: true, meetingId }, n.provincial.secretary.token);
    expect(scheduled.errors).toBeUndefined();
    expect(scheduled.data.decideReferral).toMatchObject({
      status: 'ACCEPTED',
      decidedBy: { id: n.provincial.chair.id },
      scheduledItem: { meeting: { id: meetingId }, referral: { id } },
    });
    expect(await auditActions(t, id)).toEqual(['referral.created', 'referral.decided', 'referral.scheduled']);
    expect(codeOf(await t.gql(DECIDE, { id, accept: true, meetingId }, n.provincial.secretary.token))).toBe('FORBIDDEN');

    expect((await t.gql(REMOVE, { id: scheduled.data.decideReferral.scheduledItem.id }, n.provincial.chair.token)).data.removeAgendaItem).toBe(true);
    expect(await incoming(t, n, n.provincial.chair.token)).toMatchObject({ status: 'ACCEPTED', scheduledItem: null });
    const again = await t.gql(DECIDE, { id, accept: true, meetingId }, n.provincial.chair.token);
    expect(again.data.decideReferral.scheduledItem).toMatchObject({ meeting: { id: meetingId } });
  });

  it('follows the scheduled item to the later meeting it is carried over to', async () => {
    const n = await network(t);
    const id = await referUp(t, n, 'Question reportée fictive');
    const first = await insertMeeting(t, n.provincialId, { status: 'ADJOURNED' });
    const firstOpen = await insertMeeting(t, n.provincialId, { status: 'IN_PROGRESS', startsAt: new Date(Date.now() - 3600_000) });
    expect(codeOf(await t.gql(DECIDE, { id, accept: true, meetingId: first }, n.provincial.chair.token))).toBe('FORBIDDEN');
    const itemId = (await t.gql(DECIDE, { id, accept: true, meetingId: firstOpen }, n.provincial.chair.token)).data.decideReferral.scheduledItem.id;
    const later = await insertMeeting(t, n.provincialId, { status: 'IN_PROGRESS' });
    const carried = await t.gql(CARRY, { from: firstOpen, to: later }, n.provincial.chair.token);
    expect(carried.errors).toBeUndefined();
    const copy = carried.data.carryOverUnfinishedItems[0];
    expect(copy.referral).toEqual({ id });

    const decision = (
      await t.gql(
        RECORD,
        { input: { meetingId: later, agendaItemId: copy.id, text: 'Décision après report fictive', outcome: 'CONSENSUS' } },
        n.provincial.chair.token,
      )
    ).data.recordDecision;
    expect(await notificationsOf(t, n.regional.chair.id)).toEqual([
      expect.objectContaining({ kind: 'REFERRAL_ANSWERED', body: 'Consensus\u202f: Décision après report fictive' }),
    ]);
    expect(await outgoing(t, n, n.regional.observer.token)).toMatchObject({ scheduledItem: { id: itemId }, outcomeDecisions: [{ id: decision.id }] });
  });
});
