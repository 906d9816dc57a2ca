import { storedNotifications } from './support/inspect';
import { DataSource } from 'typeorm';
import { addMembership, createOrganization, createTable, createUser, seat, tableWithCast } from './support/fixtures';
import { codeOf, startTestApp, type TestApp } from './support/test-app';

const UPDATE = `mutation ($input: UpdateProfileInput!) {
  updateProfile(input: $input) { id displayName locale timeZone email organization { id } pendingOrganization { id } }
}`;
const PENDING = `{ pendingAffiliations { id email pendingOrganization { id } } }`;
const DECIDE = `mutation ($userId: ID!, $accept: Boolean!) {
  decideAffiliation(userId: $userId, accept: $accept) { id organization { id } pendingOrganization { id } participations { id } }
}`;
const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

async function auditOf(t: TestApp, entityId: string): Promise<Array<{ action: string; actor_id: string | null; table_id: string | null }>> {
  return t.dataSource.query(`SELECT action, actor_id, table_id FROM audit_event WHERE entity_id = $1 ORDER BY at`, [entityId]);
}

async function notificationsOf(t: TestApp, userId: string): Promise<Array<{ kind: string; title: string; body: string | null }>> {
  return storedNotifications<{ kind: string }>(t, `n.user_id = $1`, [userId], ['kind']);
}

describe('accounts and affiliations over HTTP', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  describe('me', () => {
    it('is null without a token and the viewer with one', async () => {
      const user = await createUser(t, { displayName: 'Personne fictive M' });
      expect((await t.gql(`{ me { id } }`)).data.me).toBeNull();
      expect((await t.gql(`{ me { id email displayName platformRole } }`, {}, user.token)).data.me).toEqual({
        id: user.id,
        email: user.email,
        displayName: 'Personne fictive M',
        platformRole: 'MEMBER',
      });
    });
  });

  describe('updateProfile', () => {
    it('changes what is given, keeps what is absent, and audits profile.updated', async () => {
      const user = await createUser(t, { displayName: 'Avant' });
      const first = await t.gql(UPDATE, { input: { displayName: '  Après  ', locale: 'EN' } }, user.token);
      expect(first.data.updateProfile).toMatchObject({ displayName: 'Après', locale: 'EN', timeZone: 'America/Toronto', email: user.email });
      const second = await t.gql(UPDATE, { input: { timeZone: 'America/Blanc-Sablon' } }, user.token);
      expect(second.data.updateProfile).toMatchObject({ displayName: 'Après', locale: 'EN', timeZone: 'America/Blanc-Sablon' });
      expect((await auditOf(t, user.id)).filter((a) => a.action === 'profile.updated')).toHaveLength(2);
    });

    it.each([
      ['displayName', { displayName: '   ' }],
      ['displayName', { displayName: 'x'.repeat(201) }],
      ['displayName', { displayName: null }],
      ['timeZone', { timeZone: 'Europe/Nowhere' }],
      ['timeZone', { timeZone: null }],
      ['locale', { locale: null }],
    ])('refuses a bad %s with BAD_USER_INPUT and changes nothing', async (field, input) => {
      const user = await createUser(t, { displayName: 'Inchangé' });
      const result = await t.gql(UPDATE, { input }, user.token);
      expect(codeOf(result)).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0].extensions?.field).toBe(field);
      expect((await t.gql(`{ me { displayName timeZone locale } }`, {}, user.token)).data.me).toEqual({
        displayName: 'Inchangé',
        timeZone: 'America/Toronto',
        locale: 'FR',
      });
    });

    it('sets only a pending organization, tells the coordinators, and null withdraws it', async () => {
      const organizationId = await createOrganization(t, { name: 'Direction fictive de la protection de la jeunesse' });
      const coordinator = await createUser(t, { coordinator: true, locale: 'EN' });
      const bystander = await createUser(t);
      const user = await createUser(t, { displayName: 'Intervenante fictive' });
      const result = await t.gql(UPDATE, { input: { organizationId } }, user.token);
      expect(result.data.updateProfile).toMatchObject({ organization: null, pendingOrganization: { id: organizationId } });
      const told = (await notificationsOf(t, coordinator.id)).filter((n) => n.kind === 'AFFILIATION_REQUESTED');
      expect(told.at(-1)).toEqual({
        kind: 'AFFILIATION_REQUESTED',
        title: 'New affiliation request',
        body: 'Intervenante fictive says they work for Direction fictive de la protection de la jeunesse.',
      });
      expect(await notificationsOf(t, bystander.id)).toEqual([]);
      // Both are written in one transaction, at one instant: compare them unordered.
      expect((await auditOf(t, user.id)).map((a) => a.action).sort()).toEqual(['affiliation.requested', 'profile.updated']);

      const cleared = await t.gql(UPDATE, { input: { organizationId: null } }, user.token);
      expect(cleared.data.updateProfile.pendingOrganization).toBeNull();
    });

    it('answers NOT_FOUND for an unknown or malformed organization and changes nothing', async () => {
      const user = await createUser(t, { displayName: 'Inchangée' });
      for (const organizationId of [UNKNOWN_ID, 'org-1']) {
        const result = await t.gql(UPDATE, { input: { displayName: 'Changée', organizationId } }, user.token);
        expect(codeOf(result)).toBe('NOT_FOUND');
      }
      expect((await t.gql(`{ me { displayName pendingOrganization { id } } }`, {}, user.token)).data.me).toEqual({
        displayName: 'Inchangée',
        pendingOrganization: null,
      });
    });
  });

  describe('pendingAffiliations and decideAffiliation', () => {
    it('lists pending users to coordinators only', async () => {
      const organizationId = await createOrganization(t);
      const waiting = await createUser(t, { pendingOrganizationId: organizationId });
      const coordinator = await createUser(t, { coordinator: true });
      const member = await createUser(t, { organizationId });
      const list = (await t.gql(PENDING, {}, coordinator.token)).data.pendingAffiliations;
      expect(list).toContainEqual({ id: waiting.id, email: waiting.email, pendingOrganization: { id: organizationId } });
      expect(list.every((u: { pendingOrganization: unknown }) => u.pendingOrganization !== null)).toBe(true);
      const denied = await t.gql(PENDING, {}, member.token);
      expect(codeOf(denied)).toBe('FORBIDDEN');
      expect(denied.data).toBeNull();
    });

    it('refuses decideAffiliation to non-coordinators', async () => {
      const organizationId = await createOrganization(t);
      const waiting = await createUser(t, { pendingOrganizationId: organizationId });
      const member = await createUser(t, { organizationId });
      expect(codeOf(await t.gql(DECIDE, { userId: waiting.id, accept: true }, member.token))).toBe('FORBIDDEN');
      const rows = await t.dataSource.query(`SELECT organization_id, pending_organization_id FROM app_user WHERE id = $1`, [waiting.id]);
      expect(rows[0]).toEqual({ organization_id: null, pending_organization_id: organizationId });
    });

    it('answers NOT_FOUND for an unknown or malformed user and BAD_USER_INPUT when nothing is pending', async () => {
      const coordinator = await createUser(t, { coordinator: true });
      const settled = await createUser(t);
      expect(codeOf(await t.gql(DECIDE, { userId: UNKNOWN_ID, accept: true }, coordinator.token))).toBe('NOT_FOUND');
      expect(codeOf(await t.gql(DECIDE, { userId: '42', accept: true }, coordinator.token))).toBe('NOT_FOUND');
      expect(codeOf(await t.gql(DECIDE, { userId: settled.id, accept: true }, coordinator.token))).toBe('BAD_USER_INPUT');
    });

    it('confirms: the organization becomes the pending one, the user is told, the decision audited', async () => {
      const organizationId = await createOrganization(t, { name: 'Commission scolaire fictive' });
      const coordinator = await createUser(t, { coordinator: true });
      const waiting = await createUser(t, { pendingOrganizationId: organizationId, locale: 'FR' });
      const result = await t.gql(DECIDE, { userId: waiting.id, accept: true }, coordinator.token);
      expect(result.data.decideAffiliation).toEqual({ id: waiting.id, organization: { id: organizationId }, pendingOrganization: null, participations: [] });
      expect(await notificationsOf(t, waiting.id)).toEqual([
        { kind: 'AFFILIATION_DECIDED', title: 'Affiliation confirmée', body: 'Votre affiliation à Commission scolaire fictive a été confirmée.' },
      ]);
      expect(await auditOf(t, waiting.id)).toEqual([{ action: 'affiliation.decided', actor_id: coordinator.id, table_id: null }]);
      // The new affiliation gives rights at once: the viewer's organization is read on each request.
      expect((await t.gql(`{ me { organization { id } } }`, {}, waiting.token)).data.me.organization).toEqual({ id: organizationId });
    });

    it('declines: the pending organization is cleared and the confirmed one kept', async () => {
      const current = await createOrganization(t);
      const stated = await createOrganization(t);
      const coordinator = await createUser(t, { coordinator: true });
      const user = await createUser(t, { organizationId: current, pendingOrganizationId: stated, locale: 'EN' });
      const result = await t.gql(DECIDE, { userId: user.id, accept: false }, coordinator.token);
      expect(result.data.decideAffiliation).toMatchObject({ organization: { id: current }, pendingOrganization: null });
      expect((await notificationsOf(t, user.id)).map((n) => [n.kind, n.title])).toEqual([['AFFILIATION_DECIDED', 'Affiliation declined']]);
    });

    it('removes the seats held for the former organization when a confirmed user moves', async () => {
      const former = await createOrganization(t);
      const next = await createOrganization(t);
      const coordinator = await createUser(t, { coordinator: true });
      const user = await createUser(t, { organizationId: former, pendingOrganizationId: next });
      const tableA = await createTable(t);
      const tableB = await createTable(t);
      const tableC = await createTable(t);
      await addMembership(t, tableA, former);
      await addMembership(t, tableB, former);
      await addMembership(t, tableC, next);
      const seatA = await seat(t, tableA, user.id, 'CHAIR', former);
      const seatB = await seat(t, tableB, user.id, 'MEMBER', former);
      const seatC = await seat(t, tableC, user.id, 'OBSERVER', next);
      const result = await t.gql(DECIDE, { userId: user.id, accept: true }, coordinator.token);
      expect(result.data.decideAffiliation.participations).toEqual([{ id: seatC }]);
      const left = await t.dataSource.query(`SELECT id FROM table_participant WHERE user_id = $1`, [user.id]);
      expect(left).toEqual([{ id: seatC }]);
      for (const [seatId, tableId] of [
        [seatA, tableA],
        [seatB, tableB],
      ]) {
        expect(await auditOf(t, seatId)).toEqual([{ action: 'participant.removed', actor_id: coordinator.id, table_id: tableId }]);
      }
    });
  });

  describe('what others see of a user', () => {
    const VIA_MY_TABLES = `{ me { participations { table { participants { user { id email pendingOrganization { id } participations { id } } } } } } }`;
    const VIA_ORGANIZATION = `query ($id: ID!) { organization(id: $id) { members { id email pendingOrganization { id } participations { id } } } }`;

    it('shows e-mail and seats to table-mates, but only the seats at tables they share; pending organization to nobody else', async () => {
      const cast = await tableWithCast(t);
      const elsewhere = await createTable(t);
      await addMembership(t, elsewhere, cast.organizationId);
      const pendingOrg = await createOrganization(t);
      await t.dataSource.query(`UPDATE app_user SET pending_organization_id = $2 WHERE id = $1`, [cast.member.id, pendingOrg]);
      const memberElsewhere = await seat(t, elsewhere, cast.member.id, 'MEMBER', cast.organizationId);

      const result = await t.gql(VIA_MY_TABLES, {}, cast.observer.token);
      expect(result.errors).toBeUndefined();
      const people = result.data.me.participations[0].table.participants.map((p: { user: unknown }) => p.user);
      const member = people.find((u: { id: string }) => u.id === cast.member.id);
      expect(member.email).toBe(cast.member.email);
      expect(member.pendingOrganization).toBeNull();
      expect(member.participations).toEqual([{ id: cast.participants.member }]);
      expect(member.participations).not.toContainEqual({ id: memberElsewhere });

      // The person themself and coordinators see everything.
      const own = await t.gql(`{ me { pendingOrganization { id } participations { id } } }`, {}, cast.member.token);
      expect(own.data.me.pendingOrganization).toEqual({ id: pendingOrg });
      expect(own.data.me.participations.map((p: { id: string }) => p.id).sort()).toEqual([cast.participants.member, memberElsewhere].sort());
      const byCoordinator = await t.gql(`{ pendingAffiliations { id email participations { id } } }`, {}, cast.coordinator.token);
      const seen = byCoordinator.data.pendingAffiliations.find((u: { id: string }) => u.id === cast.member.id);
      expect(seen.email).toBe(cast.member.email);
      expect(seen.participations).toHaveLength(2);
    });

    it('hides e-mail, pending organization and seats from people who share no table', async () => {
      const cast = await tableWithCast(t);
      const pendingOrg = await createOrganization(t);
      await t.dataSource.query(`UPDATE app_user SET pending_organization_id = $2 WHERE id = $1`, [cast.chair.id, pendingOrg]);
      // A colleague of the same organization who does not sit at the table.
      const result = await t.gql(VIA_ORGANIZATION, { id: cast.organizationId }, cast.colleague.token);
      expect(result.errors).toBeUndefined();
      const chair = result.data.organization.members.find((u: { id: string }) => u.id === cast.chair.id);
      expect(chair).toEqual({ id: cast.chair.id, email: null, pendingOrganization: null, participations: [] });
      const self = result.data.organization.members.find((u: { id: string }) => u.id === cast.colleague.id);
      expect(self.email).toBe(cast.colleague.email);
    });

    it('works out the viewer’s table-mates once per request, not once per person listed', async () => {
      const cast = await tableWithCast(t);
      const dataSource = t.app.get(DataSource);
      const spy = jest.spyOn(dataSource, 'query');
      try {
        const result = await t.gql(VIA_MY_TABLES, {}, cast.observer.token);
        expect(result.data.me.participations[0].table.participants.length).toBe(4);
        const circleQueries = spy.mock.calls.filter(([sql]) => String(sql).includes('table_participant mine'));
        expect(circleQueries).toHaveLength(1);
      } finally {
        spy.mockRestore();
      }
    });
  });
});
