import { codeOf, startTestApp, type GqlResult, type TestApp } from './support/test-app';
import { addMembership, createOrganization, createTable, createUser, seat, tableWithCast } from './support/fixtures';
import { auditEvents, countStatements } from './support/inspect';

const UNKNOWN_ID = '6f1c1d2e-3b4a-4c5d-8e9f-0a1b2c3d4e5f';

const SET = `mutation($m: ID!, $d: ID, $a: [ID!]!) {
  setRepresentatives(membershipId: $m, delegateParticipantId: $d, alternateParticipantIds: $a) {
    id delegate { id user { id } } alternates { id }
  }
}`;
const REMOVE = `mutation($p: ID!) { removeParticipant(participantId: $p) }`;
const WITHDRAW = `mutation($id: ID!) { withdrawMembership(membershipId: $id) { status } }`;
const READ = `query($id: ID!) {
  table(id: $id) { memberships { id organization { id } delegate { id user { displayName } } alternates { id user { displayName } } } }
}`;

const fieldOf = (r: GqlResult) => r.errors?.[0]?.extensions?.field;

describe('representatives (delegate and alternates of a membership)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  /** tableWithCast, plus its membership's id and a second member organization with two seats. */
  async function withReps() {
    const c = await tableWithCast(t);
    const membershipId = (
      await t.dataSource.query(`SELECT id FROM table_membership WHERE table_id = $1 AND organization_id = $2`, [c.tableId, c.organizationId])
    )[0].id as string;
    const otherMembership = await addMembership(t, c.tableId, c.otherOrganizationId);
    const otherPerson = await createUser(t, { organizationId: c.otherOrganizationId, displayName: 'Personne communautaire fictive' });
    const otherSeat = await seat(t, c.tableId, c.outsider.id, 'MEMBER', c.otherOrganizationId);
    const otherSeat2 = await seat(t, c.tableId, otherPerson.id, 'OBSERVER', c.otherOrganizationId);
    return { ...c, membershipId, otherMembership, otherPerson, otherSeat, otherSeat2 };
  }

  it('names a delegate and alternates in order, audits it, and reads them back through the table', async () => {
    const c = await withReps();
    const p = c.participants;
    const r = await t.gql(SET, { m: c.membershipId, d: p.member, a: [p.observer, p.chair] }, c.member.token);
    expect(r.errors).toBeUndefined();
    expect(r.data.setRepresentatives).toEqual({
      id: c.membershipId,
      delegate: { id: p.member, user: { id: c.member.id } },
      alternates: [{ id: p.observer }, { id: p.chair }],
    });
    // Reordering keeps the order asked for.
    const again = await t.gql(SET, { m: c.membershipId, d: p.member, a: [p.chair, p.secretary, p.observer] }, c.member.token);
    expect(again.data.setRepresentatives.alternates).toEqual([{ id: p.chair }, { id: p.secretary }, { id: p.observer }]);
    expect(await auditEvents(t, c.membershipId)).toEqual([
      { action: 'representatives.set', actor_id: c.member.id, table_id: c.tableId, entity_type: 'membership' },
      { action: 'representatives.set', actor_id: c.member.id, table_id: c.tableId, entity_type: 'membership' },
    ]);

    // An ACTIVE membership is public to signed-in users: someone who sits nowhere reads its representatives.
    const stranger = await createUser(t, {});
    const read = await t.gql(READ, { id: c.tableId }, stranger.token);
    expect(read.errors).toBeUndefined();
    const mine = read.data.table.memberships.find((m: { id: string }) => m.id === c.membershipId);
    const [{ display_name: memberName }] = await t.dataSource.query(`SELECT display_name FROM app_user WHERE id = $1`, [c.member.id]);
    expect(mine.delegate).toEqual({ id: p.member, user: { displayName: memberName } });
    expect(mine.alternates.map((a: { id: string }) => a.id)).toEqual([p.chair, p.secretary, p.observer]);
    const other = read.data.table.memberships.find((m: { id: string }) => m.id === c.otherMembership);
    expect(other).toMatchObject({ delegate: null, alternates: [] });
  });

  it('clears them with a null delegate and an empty list', async () => {
    const c = await withReps();
    await t.gql(SET, { m: c.membershipId, d: c.participants.member, a: [c.participants.observer] }, c.chair.token);
    const r = await t.gql(SET, { m: c.membershipId, d: null, a: [] }, c.chair.token);
    expect(r.errors).toBeUndefined();
    expect(r.data.setRepresentatives).toMatchObject({ delegate: null, alternates: [] });
    // Leaving the delegate out is the same as null.
    await t.gql(SET, { m: c.membershipId, d: c.participants.member, a: [] }, c.chair.token);
    const omitted = await t.gql(SET, { m: c.membershipId, a: [c.participants.observer] }, c.chair.token);
    expect(omitted.data.setRepresentatives).toMatchObject({ delegate: null, alternates: [{ id: c.participants.observer }] });
  });

  it('lets officers, coordinators and the organization’s own people at the table name them, nobody else', async () => {
    const c = await withReps();
    const vars = { m: c.membershipId, d: c.participants.observer, a: [] };
    expect(codeOf(await t.gql(SET, vars))).toBe('UNAUTHENTICATED');
    const waiting = await createUser(t, { pendingOrganizationId: c.organizationId });
    // The colleague is of the organization but does not sit at the table; the outsider sits there for another one.
    for (const viewer of [c.colleague, c.outsider, c.otherPerson, waiting]) {
      const r = await t.gql(SET, vars, viewer.token);
      expect([viewer.id, codeOf(r), r.data?.setRepresentatives ?? null]).toEqual([viewer.id, 'FORBIDDEN', null]);
    }
    for (const viewer of [c.chair, c.secretary, c.member, c.observer, c.coordinator]) {
      const r = await t.gql(SET, vars, viewer.token);
      expect([viewer.id, r.errors]).toEqual([viewer.id, undefined]);
    }
    // For another organization's membership, its people may, this organization's MEMBER may not; officers may.
    const otherVars = { m: c.otherMembership, d: c.otherSeat2, a: [c.otherSeat] };
    expect(codeOf(await t.gql(SET, otherVars, c.member.token))).toBe('FORBIDDEN');
    expect((await t.gql(SET, otherVars, c.otherPerson.token)).errors).toBeUndefined();
    expect((await t.gql(SET, otherVars, c.secretary.token)).errors).toBeUndefined();
  });

  it('answers NOT_FOUND for an unknown or malformed membership, and for ids that are no seat', async () => {
    const c = await withReps();
    for (const m of [UNKNOWN_ID, 'x', '', c.organizationId]) {
      expect([m, codeOf(await t.gql(SET, { m, d: null, a: [] }, c.coordinator.token))]).toEqual([m, 'NOT_FOUND']);
    }
    for (const bad of [UNKNOWN_ID, 'x', '', c.organizationId]) {
      expect(codeOf(await t.gql(SET, { m: c.membershipId, d: bad, a: [] }, c.chair.token))).toBe('NOT_FOUND');
      expect(codeOf(await t.gql(SET, { m: c.membershipId, d: null, a: [bad] }, c.chair.token))).toBe('NOT_FOUND');
    }
  });

  it('refuses a membership that is not ACTIVE with FORBIDDEN, saying so', async () => {
    const c = await withReps();
    const applicantOrg = await createOrganization(t, { name: 'Organisme candidat fictif' });
    const pending = await addMembership(t, c.tableId, applicantOrg, 'PENDING');
    const r = await t.gql(SET, { m: pending, d: null, a: [] }, c.coordinator.token);
    expect(codeOf(r)).toBe('FORBIDDEN');
    expect(r.errors?.[0].message).toContain('ACTIVE');
    const archivedTable = await createTable(t, { archived: true });
    const archived = await addMembership(t, archivedTable, applicantOrg);
    expect(codeOf(await t.gql(SET, { m: archived, d: null, a: [] }, c.coordinator.token))).toBe('FORBIDDEN');
  });

  it('refuses representatives who are not the organization’s people at that table, with the field at fault', async () => {
    const c = await withReps();
    const p = c.participants;
    // A seat of the same organization at another table.
    const elsewhere = await createTable(t, {});
    await addMembership(t, elsewhere, c.organizationId);
    const elsewhereSeat = await seat(t, elsewhere, c.colleague.id, 'MEMBER', c.organizationId);
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ d: c.otherSeat, a: [] }, 'delegateParticipantId'],
      [{ d: elsewhereSeat, a: [] }, 'delegateParticipantId'],
      [{ d: p.member, a: [c.otherSeat] }, 'alternateParticipantIds'],
      [{ d: p.member, a: [p.observer, elsewhereSeat] }, 'alternateParticipantIds'],
      [{ d: p.member, a: [p.member] }, 'alternateParticipantIds'],
      [{ d: p.member, a: [p.observer, p.observer] }, 'alternateParticipantIds'],
      [{ d: null, a: [p.member, p.observer, p.chair, p.secretary] }, 'alternateParticipantIds'],
    ];
    for (const [vars, field] of cases) {
      const r = await t.gql(SET, { m: c.membershipId, ...vars }, c.chair.token);
      expect([vars, codeOf(r), fieldOf(r)]).toEqual([vars, 'BAD_USER_INPUT', field]);
    }
    const rows = await t.dataSource.query(`SELECT count(*)::int AS n FROM table_membership_alternate WHERE membership_id = $1`, [c.membershipId]);
    expect(rows[0].n).toBe(0);
    expect(await auditEvents(t, c.membershipId)).toEqual([]);
  });

  it('drops a participant from these roles when the seat is removed, and clears them all when the membership is withdrawn', async () => {
    const c = await withReps();
    const p = c.participants;
    await t.gql(SET, { m: c.membershipId, d: p.member, a: [p.observer, p.secretary] }, c.chair.token);
    expect(await t.gql(REMOVE, { p: p.observer }, c.chair.token)).toMatchObject({ data: { removeParticipant: true } });
    expect(await t.gql(REMOVE, { p: p.member }, c.chair.token)).toMatchObject({ data: { removeParticipant: true } });
    const read = await t.gql(READ, { id: c.tableId }, c.chair.token);
    const mine = read.data.table.memberships.find((m: { id: string }) => m.id === c.membershipId);
    expect(mine).toMatchObject({ delegate: null, alternates: [{ id: p.secretary }] });

    await t.gql(SET, { m: c.otherMembership, d: c.otherSeat, a: [c.otherSeat2] }, c.coordinator.token);
    expect((await t.gql(WITHDRAW, { id: c.otherMembership }, c.coordinator.token)).data.withdrawMembership.status).toBe('WITHDRAWN');
    const [row] = await t.dataSource.query(`SELECT delegate_participant_id FROM table_membership WHERE id = $1`, [c.otherMembership]);
    expect(row.delegate_participant_id).toBeNull();
    const left = await t.dataSource.query(`SELECT count(*)::int AS n FROM table_membership_alternate WHERE membership_id = $1`, [c.otherMembership]);
    expect(left[0].n).toBe(0);
  });

  it('reads the representatives of many memberships in a bounded number of statements', async () => {
    const c = await withReps();
    const q = READ;
    await t.gql(SET, { m: c.membershipId, d: c.participants.member, a: [c.participants.observer] }, c.chair.token);
    const few = await countStatements(t, () => t.gql(q, { id: c.tableId }, c.chair.token));
    for (let i = 0; i < 6; i++) {
      const org = await createOrganization(t, { name: `Organisme fictif ${i}` });
      const membership = await addMembership(t, c.tableId, org);
      const person = await createUser(t, { organizationId: org });
      const person2 = await createUser(t, { organizationId: org });
      const s1 = await seat(t, c.tableId, person.id, 'MEMBER', org);
      const s2 = await seat(t, c.tableId, person2.id, 'OBSERVER', org);
      await t.dataSource.query(`UPDATE table_membership SET delegate_participant_id = $2 WHERE id = $1`, [membership, s1]);
      await t.dataSource.query(`INSERT INTO table_membership_alternate (membership_id, participant_id, position) VALUES ($1, $2, 1)`, [membership, s2]);
    }
    let result: GqlResult | undefined;
    const many = await countStatements(t, async () => (result = await t.gql(q, { id: c.tableId }, c.chair.token)));
    expect(result?.errors).toBeUndefined();
    expect(result?.data.table.memberships.filter((m: { delegate: unknown }) => m.delegate)).toHaveLength(7);
    // One query per relation, whatever the number of memberships (DataLoader waves may split by timing, never by row).
    expect(many).toBeLessThanOrEqual(few + 1);
  });
});
