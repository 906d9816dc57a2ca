import { TABLE_ROLES } from '@concertation/shared-domain';
import { RoundTablesPolicy } from '../src/modules/round-tables/round-tables.policy';
import { addMembership, createOrganization, createUser } from './support/fixtures';
import { countStatements } from './support/inspect';
import { insertItem, insertMeeting } from './support/meeting-fixtures';
import { SUBMIT, answersFor, network, openedConsultation, inMinutes, type Network } from './support/consultation-fixtures';
import { startTestApp, type TestApp } from './support/test-app';

const WHAT_NEEDS_ME = `{ whatNeedsMe {
  decisions { kind targetId title detail waitingSince dueAt table { id name } }
  myPendingMemberships { id status table { id name } organization { id } }
  actionItems { id title status dueOn overdue table { id } }
  nextMeetings { id title status startsAt table { id } }
} }`;

type Home = {
  decisions: Array<{ kind: string; targetId: string; title: string; detail: string | null; table: { id: string } | null; dueAt: string | null }>;
  myPendingMemberships: Array<{ id: string; status: string; table: { id: string } }>;
  actionItems: Array<{ id: string; title: string; status: string; overdue: boolean }>;
  nextMeetings: Array<{ id: string; title: string; status: string }>;
};

const day = 86_400_000;
/** A calendar date `days` from today (in Toronto, the zone of the fixture regions: near enough for whole days). */
const dateIn = (days: number) => new Date(Date.now() + days * day).toLocaleDateString('en-CA', { timeZone: 'America/Toronto' });

describe('whatNeedsMe: the home page, by role, on real data', () => {
  let t: TestApp;
  let n: Network;
  const home = async (token: string): Promise<Home> => {
    const r = await t.gql(WHAT_NEEDS_ME, {}, token);
    expect(r.errors).toBeUndefined();
    return r.data.whatNeedsMe;
  };
  const actionItem = async (fields: { title: string; assigneeId: string; dueOn: string | null; status?: string; agendaItemId?: string | null }) =>
    (
      await t.dataSource.query(
        `INSERT INTO action_item (table_id, title, assignee_id, due_on, status, created_by_id, agenda_item_id) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
        [n.regional1Id, fields.title, fields.assigneeId, fields.dueOn, fields.status ?? 'OPEN', n.aChair.id, fields.agendaItemId ?? null],
      )
    )[0].id as string;

  beforeAll(async () => {
    t = await startTestApp();
    n = await network(t);
  });
  afterAll(() => t.close());

  it('refuses anonymous callers', async () => {
    const r = await t.gql(WHAT_NEEDS_ME, {});
    expect(r.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it("shows a chair the membership requests, incoming referrals and minutes of the table they chair, and nobody else's", async () => {
    const askingOrg = await createOrganization(t, { name: 'Organisme fictif demandeur' });
    const membershipId = await addMembership(t, n.provincialId, askingOrg, 'PENDING');
    const referralId = (
      await t.dataSource.query(`INSERT INTO referral (from_table_id, to_table_id, title, referred_by_id) VALUES ($1, $2, $3, $4) RETURNING id`, [
        n.regional1Id,
        n.provincialId,
        'Renvoi fictif à décider',
        n.aChair.id,
      ])
    )[0].id;
    const pastMeeting = await insertMeeting(t, n.provincialId, {
      title: 'Réunion fictive passée',
      status: 'ADJOURNED',
      startsAt: new Date(Date.now() - 10 * day),
    });
    await t.dataSource.query(`INSERT INTO minutes (meeting_id, status, circulated_at) VALUES ($1, 'CIRCULATED', now())`, [pastMeeting]);

    const chair = await home(n.pChair.token);
    const kinds = (h: Home, kind: string) => h.decisions.filter((d) => d.kind === kind);
    expect(kinds(chair, 'MEMBERSHIP_REQUEST')).toEqual([
      expect.objectContaining({ targetId: membershipId, title: 'Organisme fictif demandeur', table: expect.objectContaining({ id: n.provincialId }) }),
    ]);
    expect(kinds(chair, 'REFERRAL')).toEqual([expect.objectContaining({ targetId: referralId, title: 'Renvoi fictif à décider' })]);
    expect(kinds(chair, 'MINUTES_TO_APPROVE')).toEqual([expect.objectContaining({ targetId: pastMeeting, title: 'Réunion fictive passée' })]);
    // The secretary is an officer too; a member, an observer and a chair elsewhere are not asked.
    expect((await home(n.pSecretary.token)).decisions.map((d) => d.kind)).toEqual(
      expect.arrayContaining(['MEMBERSHIP_REQUEST', 'REFERRAL', 'MINUTES_TO_APPROVE']),
    );
    for (const other of [n.pMember, n.pObserver, n.nChair, n.coordinator]) {
      const ids = (await home(other.token)).decisions.map((d) => d.targetId);
      expect(ids).not.toContain(membershipId);
      expect(ids).not.toContain(referralId);
      expect(ids).not.toContain(pastMeeting);
    }
    // The regional chair sees the request made to their own table (network: orgX asks to join R1).
    expect(kinds(await home(n.aChair.token), 'MEMBERSHIP_REQUEST').map((d) => d.title)).toContain('Organisme fictif X');

    // Once decided, nothing waits any more.
    await t.dataSource.query(`UPDATE table_membership SET status = 'ACTIVE', decided_at = now() WHERE id = $1`, [membershipId]);
    await t.dataSource.query(`UPDATE referral SET status = 'DECLINED', decided_at = now() WHERE id = $1`, [referralId]);
    await t.dataSource.query(`UPDATE minutes SET status = 'APPROVED', approved_at = now() WHERE meeting_id = $1`, [pastMeeting]);
    const ids = (await home(n.pChair.token)).decisions.map((d) => d.targetId);
    expect(ids).not.toContain(membershipId);
    expect(ids).not.toContain(referralId);
    expect(ids).not.toContain(pastMeeting);
  });

  it('asks the people of an invited organization who sit at an audience table to answer, and the running table to close once all have answered', async () => {
    const c = await openedConsultation(t, n, { title: 'Consultation fictive à répondre', closesAt: inMinutes(60 * 24 * 20) });
    const toAnswer = (h: Home) => h.decisions.filter((d) => d.kind === 'CONSULTATION_TO_ANSWER').map((d) => d.targetId);
    const toClose = (h: Home) => h.decisions.filter((d) => d.kind === 'CONSULTATION_TO_CLOSE').map((d) => d.targetId);
    expect(toAnswer(await home(n.aMember.token))).toContain(c.id);
    expect(toAnswer(await home(n.bMember.token))).toContain(c.id);
    // No seat at an audience table, or an organization not invited: nothing to answer.
    for (const other of [n.aColleague, n.cMember, n.outsider, n.pChair]) expect(toAnswer(await home(other.token))).not.toContain(c.id);
    // Closing in 20 days with answers missing: not yet a decision for the running table.
    expect(toClose(await home(n.pChair.token))).not.toContain(c.id);

    for (const [who, org] of [
      [n.aMember, n.orgA],
      [n.bMember, n.orgB],
    ] as const) {
      const r = await t.gql(SUBMIT, { c: c.id, o: org, a: answersFor(c) }, who.token);
      expect(r.errors).toBeUndefined();
    }
    expect(toAnswer(await home(n.aObserver.token))).not.toContain(c.id); // orgA answered
    expect(toClose(await home(n.pChair.token))).toContain(c.id);
    expect(toClose(await home(n.pMember.token))).not.toContain(c.id); // not an officer

    // One closing soon is to close even with answers missing.
    const soon = await openedConsultation(t, n, { title: 'Consultation fictive qui ferme bientôt', closesAt: inMinutes(60 * 24 * 3) });
    const chair = await home(n.pChair.token);
    expect(toClose(chair)).toContain(soon.id);
    // Deadlines first, soonest first.
    const dated = chair.decisions.filter((d) => d.dueAt);
    expect(dated.map((d) => d.dueAt)).toEqual([...dated.map((d) => d.dueAt)].sort());
    expect(chair.decisions[0].dueAt).not.toBeNull();
  });

  it("shows a member their own overdue, blocked and due-soon items first, never other people's nor closed ones, nor in-camera ones they may not read", async () => {
    const overdue = await actionItem({ title: 'Action fictive en retard', assigneeId: n.aMember.id, dueOn: dateIn(-3) });
    const blocked = await actionItem({ title: 'Action fictive bloquée', assigneeId: n.aMember.id, dueOn: null, status: 'BLOCKED' });
    const soon = await actionItem({ title: 'Action fictive bientôt due', assigneeId: n.aMember.id, dueOn: dateIn(2), status: 'IN_PROGRESS' });
    const later = await actionItem({ title: 'Action fictive lointaine', assigneeId: n.aMember.id, dueOn: dateIn(30) });
    const done = await actionItem({ title: 'Action fictive terminée', assigneeId: n.aMember.id, dueOn: dateIn(-5), status: 'DONE' });
    const someoneElse = await actionItem({ title: 'Action fictive de quelqu’un d’autre', assigneeId: n.aChair.id, dueOn: dateIn(-3) });
    const meeting = await insertMeeting(t, n.regional1Id, { title: 'Réunion fictive à huis clos' });
    const secret = await insertItem(t, meeting, { title: 'Point fictif à huis clos', confidentiality: 'IN_CAMERA' });
    const inCamera = await actionItem({ title: 'Action fictive à huis clos', assigneeId: n.aObserver.id, dueOn: dateIn(-1), agendaItemId: secret });

    const member = await home(n.aMember.token);
    expect(member.actionItems.map((i) => i.id)).toEqual([overdue, blocked, soon]);
    expect(member.actionItems[0]).toEqual(expect.objectContaining({ overdue: true, status: 'OPEN' }));
    expect(member.actionItems[1].status).toBe('BLOCKED');
    const ids = member.actionItems.map((i) => i.id);
    for (const id of [later, done, someoneElse, inCamera]) expect(ids).not.toContain(id);
    // An observer does not read an item linked to an in-camera agenda item, even assigned to them.
    expect((await home(n.aObserver.token)).actionItems.map((i) => i.id)).not.toContain(inCamera);
    expect((await home(n.aChair.token)).actionItems.map((i) => i.id)).toEqual([someoneElse]);
  });

  it('lists the next meetings at the tables one sits at: no drafts, cancelled, adjourned or past ones; soonest first; at most five', async () => {
    const at = (days: number) => new Date(Date.now() + days * day);
    const next = await insertMeeting(t, n.regional2Id, { title: 'Prochaine réunion fictive', startsAt: at(2) });
    const after = await insertMeeting(t, n.regional2Id, { title: 'Réunion fictive suivante', startsAt: at(9) });
    const live = await insertMeeting(t, n.regional2Id, { title: 'Réunion fictive en cours', status: 'IN_PROGRESS', startsAt: at(-0.02) });
    const excluded = [
      await insertMeeting(t, n.regional2Id, { title: 'Brouillon fictif', status: 'DRAFT', startsAt: at(1) }),
      await insertMeeting(t, n.regional2Id, { title: 'Réunion fictive annulée', status: 'CANCELLED', startsAt: at(1) }),
      await insertMeeting(t, n.regional2Id, { title: 'Réunion fictive levée', status: 'ADJOURNED', startsAt: at(-1) }),
      await insertMeeting(t, n.regional2Id, { title: 'Réunion fictive passée', status: 'SCHEDULED', startsAt: at(-3) }),
    ];
    const b = await home(n.bMember.token);
    expect(b.nextMeetings.map((m) => m.id)).toEqual([live, next, after]);
    for (const id of excluded) expect(b.nextMeetings.map((m) => m.id)).not.toContain(id);
    // Someone who does not sit at the table sees none of them.
    expect((await home(n.cMember.token)).nextMeetings.map((m) => m.id)).not.toContain(next);
    for (let i = 0; i < 4; i++) await insertMeeting(t, n.regional2Id, { title: `Réunion fictive ${i}`, startsAt: at(20 + i) });
    expect((await home(n.bMember.token)).nextMeetings).toHaveLength(5);
  });

  it('shows coordinators the affiliations to confirm, and a requester their own pending membership', async () => {
    const org = await createOrganization(t, { name: 'Organisme fictif à confirmer' });
    const newcomer = await createUser(t, { displayName: 'Personne fictive en attente', pendingOrganizationId: org });
    const affiliation = (await home(n.coordinator.token)).decisions.find((d) => d.targetId === newcomer.id);
    expect(affiliation).toEqual(
      expect.objectContaining({ kind: 'AFFILIATION', title: 'Personne fictive en attente', detail: 'Organisme fictif à confirmer', table: null }),
    );
    expect((await home(n.pChair.token)).decisions.map((d) => d.targetId)).not.toContain(newcomer.id);

    // network: orgX asked to join R1; its user reads the request and sits at no table.
    const outsider = await home(n.outsider.token);
    expect(outsider.myPendingMemberships).toEqual([expect.objectContaining({ status: 'PENDING', table: expect.objectContaining({ id: n.regional1Id }) })]);
    expect(outsider.decisions).toEqual([]);
    expect(outsider.nextMeetings).toEqual([]);
    expect((await home(n.aMember.token)).myPendingMemberships).toEqual([]);
  });

  it('restates RoundTablesPolicy.isOfficer in SQL for its lists', async () => {
    const policy = t.app.get(RoundTablesPolicy);
    for (const role of TABLE_ROLES) {
      const [{ officer }] = await t.dataSource.query(`SELECT $1::varchar IN ${policy.officerRolesSql()} AS officer`, [role]);
      expect([role, officer]).toEqual([role, policy.isOfficer({ role } as never)]);
    }
  });

  it('stays a handful of SQL statements however much waits', async () => {
    const statements = await countStatements(t, () => t.gql(WHAT_NEEDS_ME, {}, n.pChair.token));
    expect(statements).toBeLessThanOrEqual(12);
  });
});
