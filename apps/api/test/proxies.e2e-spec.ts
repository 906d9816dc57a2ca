import { createOrganization, createUser, addMembership, seat, tableWithCast, type FixtureUser } from './support/fixtures';
import { storedNotifications } from './support/inspect';
import { insertMeeting } from './support/meeting-fixtures';
import { codeOf, startTestApp, type TestApp } from './support/test-app';

const GRANT = `mutation($m: ID!, $from: ID!, $to: ID!) {
  grantProxy(meetingId: $m, fromOrganizationId: $from, toOrganizationId: $to) { id from { id name } to { id name } meeting { id } createdBy { id } createdAt }
}`;
const REVOKE = `mutation($id: ID!) { revokeProxy(id: $id) }`;
const PROXIES = `query($id: ID!) { meeting(id: $id) { proxies { id from { id } to { id } } } }`;

describe('proxies: an organization entrusts its ballot at one meeting to another', () => {
  let t: TestApp;
  let cast: Awaited<ReturnType<typeof tableWithCast>>;
  /** Member organizations B and C, each with one person at the table. */
  let orgB: string;
  let orgC: string;
  let personB: FixtureUser;
  let personC: FixtureUser;

  beforeAll(async () => {
    t = await startTestApp();
    cast = await tableWithCast(t);
    orgB = await createOrganization(t, { name: 'Centre jeunesse fictif' });
    orgC = await createOrganization(t, { name: 'École fictive' });
    for (const org of [orgB, orgC]) await addMembership(t, cast.tableId, org);
    personB = await createUser(t, { organizationId: orgB, locale: 'EN' });
    personC = await createUser(t, { organizationId: orgC });
    await seat(t, cast.tableId, personB.id, 'MEMBER', orgB);
    await seat(t, cast.tableId, personC.id, 'MEMBER', orgC);
  });
  afterAll(() => t.close());

  const grant = (token: string, m: string, from: string, to: string) => t.gql(GRANT, { m, from, to }, token);
  const standing = async (meetingId: string) =>
    (await t.gql(PROXIES, { id: meetingId }, cast.member.token)).data.meeting.proxies.map((p: { from: { id: string }; to: { id: string } }) => [
      p.from.id,
      p.to.id,
    ]);

  it('lets a person of the giving organization give its proxy; the receiving organization’s people are told, the meeting shows it', async () => {
    const meetingId = await insertMeeting(t, cast.tableId, { title: 'Rencontre fictive par procuration' });
    const r = await grant(personB.token, meetingId, orgB, cast.organizationId);
    expect(r.errors).toBeUndefined();
    expect(r.data.grantProxy).toMatchObject({ from: { id: orgB }, to: { id: cast.organizationId }, meeting: { id: meetingId }, createdBy: { id: personB.id } });
    expect(await standing(meetingId)).toEqual([[orgB, cast.organizationId]]);

    // The receiving organization's people at the table, each in their own language; not the giver.
    const told = await storedNotifications(t, `n.kind = 'PROXY_RECEIVED' AND n.meeting_id = $1`, [meetingId], ['user_id']);
    expect(told.map((n) => n.user_id).sort()).toEqual([cast.chair.id, cast.secretary.id, cast.member.id, cast.observer.id].sort());
    expect(told[0].title).toBe('Procuration reçue\u202f: Rencontre fictive par procuration');
    expect(told[0].body).toContain('Centre jeunesse fictif confie sa voix à Service de police fictif');

    const audit = await t.dataSource.query(`SELECT action, entity_type, table_id FROM audit_event WHERE entity_id = $1`, [r.data.grantProxy.id]);
    expect(audit).toEqual([{ action: 'proxy.granted', entity_type: 'proxy', table_id: cast.tableId }]);
  });

  it('holds the rules: one held per organization, no chains, not to itself, only member organizations', async () => {
    const meetingId = await insertMeeting(t, cast.tableId);
    expect((await grant(personB.token, meetingId, orgB, orgC)).errors).toBeUndefined();
    // C already holds one: a second to it conflicts.
    expect(codeOf(await grant(cast.member.token, meetingId, cast.organizationId, orgC))).toBe('CONFLICT');
    // B has given its own: it cannot give another, nor receive one.
    expect(codeOf(await grant(personB.token, meetingId, orgB, cast.organizationId))).toBe('CONFLICT');
    expect(codeOf(await grant(cast.member.token, meetingId, cast.organizationId, orgB))).toBe('BAD_USER_INPUT');
    // C holds one: it cannot pass it on (no chains).
    expect(codeOf(await grant(personC.token, meetingId, orgC, cast.organizationId))).toBe('BAD_USER_INPUT');
    // Not to itself; not to an organization that is not an ACTIVE member.
    expect(codeOf(await grant(cast.member.token, meetingId, cast.organizationId, cast.organizationId))).toBe('BAD_USER_INPUT');
    const pending = await createOrganization(t);
    await addMembership(t, cast.tableId, pending, 'PENDING');
    const refused = await grant(cast.member.token, meetingId, cast.organizationId, pending);
    expect(codeOf(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0].extensions?.field).toBe('toOrganizationId');
    expect(await standing(meetingId)).toEqual([[orgB, orgC]]);
  });

  it('lets officers act for any member organization, and nobody else for another’s', async () => {
    const meetingId = await insertMeeting(t, cast.tableId);
    expect(codeOf(await grant(personC.token, meetingId, orgB, cast.organizationId))).toBe('FORBIDDEN');
    expect(codeOf(await grant(cast.observer.token, meetingId, orgB, cast.organizationId))).toBe('FORBIDDEN');
    expect(codeOf(await grant(cast.outsider.token, meetingId, orgB, cast.organizationId))).toBe('FORBIDDEN');
    expect(codeOf(await grant(cast.coordinator.token, meetingId, orgB, cast.organizationId))).toBe('FORBIDDEN');
    const byChair = await grant(cast.chair.token, meetingId, orgB, cast.organizationId);
    expect(byChair.errors).toBeUndefined();
    expect(codeOf(await t.gql(REVOKE, { id: byChair.data.grantProxy.id }, personC.token))).toBe('FORBIDDEN');
    expect((await t.gql(REVOKE, { id: byChair.data.grantProxy.id }, personB.token)).data.revokeProxy).toBe(true);
    expect((await t.gql(REVOKE, { id: byChair.data.grantProxy.id }, personB.token)).data.revokeProxy).toBe(false);
    expect(await standing(meetingId)).toEqual([]);
    // Withdrawn, the organization may give it again.
    expect((await grant(personB.token, meetingId, orgB, orgC)).errors).toBeUndefined();
    const actions = await t.dataSource.query(`SELECT action FROM audit_event WHERE entity_type = 'proxy' AND table_id = $1 ORDER BY at`, [cast.tableId]);
    expect(actions.map((a: { action: string }) => a.action)).toContain('proxy.revoked');
  });

  it('refuses a cancelled or adjourned meeting, and unknown ids', async () => {
    for (const status of ['CANCELLED', 'ADJOURNED']) {
      const meetingId = await insertMeeting(t, cast.tableId, { status });
      expect(codeOf(await grant(personB.token, meetingId, orgB, orgC))).toBe('FORBIDDEN');
    }
    expect(codeOf(await grant(personB.token, '00000000-0000-4000-8000-000000000000', orgB, orgC))).toBe('NOT_FOUND');
    expect(codeOf(await t.gql(REVOKE, { id: '00000000-0000-4000-8000-000000000000' }, personB.token))).toBe('NOT_FOUND');
    expect(codeOf(await t.gql(REVOKE, { id: 'pas-un-id' }, personB.token))).toBe('NOT_FOUND');
  });

  it('shows proxies to whoever may read the meeting only, and never counts them toward quorum', async () => {
    const meetingId = await insertMeeting(t, cast.tableId);
    await grant(personB.token, meetingId, orgB, orgC);
    expect(codeOf(await t.gql(PROXIES, { id: meetingId }, cast.outsider.token))).toBe('FORBIDDEN');
    expect((await t.gql(PROXIES, { id: meetingId }, cast.observer.token)).data.meeting.proxies).toHaveLength(1);
    // C, which holds B's proxy, is present: C counts once, B not at all.
    const attended = await t.gql(
      `mutation($m: ID!, $u: ID!) { recordAttendance(meetingId: $m, userId: $u, status: PRESENT) { status } }`,
      { m: meetingId, u: personC.id },
      cast.chair.token,
    );
    expect(attended.errors).toBeUndefined();
    const quorum = await t.gql(`query($id: ID!) { meeting(id: $id) { quorum { present } } }`, { id: meetingId }, cast.chair.token);
    expect(quorum.data.meeting.quorum.present).toBe(1);
  });
});
