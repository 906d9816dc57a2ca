import { codeOf, startTestApp, type TestApp } from './support/test-app';
import { addMembership, createOrganization, createTable, createUser, seat, tableWithCast, type FixtureUser } from './support/fixtures';
import { isUniqueViolation } from '../src/core/database/unique-violation';
import { auditEvents, notificationsOf } from './support/inspect';

const UNKNOWN_ID = '6f1c1d2e-3b4a-4c5d-8e9f-0a1b2c3d4e5f';

const REQUEST = `mutation($tableId: ID!, $organizationId: ID!, $message: String) {
  requestMembership(tableId: $tableId, organizationId: $organizationId, message: $message) {
    id status message requestedAt decidedAt table { id } organization { id } requestedBy { id } decidedBy { id }
  }
}`;
const DECIDE = `mutation($id: ID!, $accept: Boolean!, $message: String) {
  decideMembership(membershipId: $id, accept: $accept, message: $message) { id status decidedAt decidedBy { id } requestedBy { id } }
}`;
const WITHDRAW = `mutation($id: ID!) { withdrawMembership(membershipId: $id) { id status } }`;
const ROLE = `query($id: ID!) { table(id: $id) { viewerRole } }`;

describe('memberships', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const status = async (id: string) => (await t.dataSource.query(`SELECT status FROM table_membership WHERE id = $1`, [id]))[0].status;
  const seatsOf = async (tableId: string, organizationId: string) =>
    (await t.dataSource.query(`SELECT count(*)::int AS n FROM table_participant WHERE table_id = $1 AND organization_id = $2`, [tableId, organizationId]))[0].n;

  /** A table with its cast, and an organization that is not yet a member with one confirmed user. */
  async function withApplicant() {
    const cast = await tableWithCast(t);
    const applicantOrg = await createOrganization(t, { name: 'Organisme candidat (fictif)' });
    const applicant = await createUser(t, { organizationId: applicantOrg });
    return { ...cast, applicantOrg, applicant };
  }

  describe('requestMembership', () => {
    it('lets a user of the organization ask, tells the officers and audits it', async () => {
      const c = await withApplicant();
      const r = await t.gql(REQUEST, { tableId: c.tableId, organizationId: c.applicantOrg, message: '  Nous aimerions participer.  ' }, c.applicant.token);
      expect(r.errors).toBeUndefined();
      const m = r.data.requestMembership;
      expect(m).toMatchObject({
        status: 'PENDING',
        message: 'Nous aimerions participer.',
        decidedAt: null,
        decidedBy: null,
        table: { id: c.tableId },
        organization: { id: c.applicantOrg },
        requestedBy: { id: c.applicant.id },
      });
      for (const officer of [c.chair, c.secretary]) {
        const got = await notificationsOf(t, officer.id);
        expect(got).toHaveLength(1);
        expect(got[0]).toMatchObject({ kind: 'MEMBERSHIP_REQUESTED', table_id: c.tableId });
        expect(got[0].title).toContain('Organisme candidat (fictif)');
      }
      for (const other of [c.member, c.observer, c.coordinator, c.applicant]) expect(await notificationsOf(t, other.id)).toEqual([]);
      expect(await auditEvents(t, m.id)).toEqual([
        { action: 'membership.requested', actor_id: c.applicant.id, table_id: c.tableId, entity_type: 'membership' },
      ]);
    });

    it('refuses everyone but a confirmed user of the organization or a coordinator', async () => {
      const c = await withApplicant();
      const waiting = await createUser(t, { pendingOrganizationId: c.applicantOrg });
      const vars = { tableId: c.tableId, organizationId: c.applicantOrg };
      expect(codeOf(await t.gql(REQUEST, vars))).toBe('UNAUTHENTICATED');
      for (const viewer of [c.chair, c.secretary, c.member, c.outsider, waiting]) {
        const r = await t.gql(REQUEST, vars, viewer.token);
        expect(codeOf(r)).toBe('FORBIDDEN');
      }
      const byCoordinator = await t.gql(REQUEST, vars, c.coordinator.token);
      expect(byCoordinator.data.requestMembership).toMatchObject({ status: 'PENDING', requestedBy: { id: c.coordinator.id } });
    });

    it('refuses a second request while one is PENDING or ACTIVE with CONFLICT, and allows one after', async () => {
      const c = await withApplicant();
      const vars = { tableId: c.tableId, organizationId: c.applicantOrg };
      const first = (await t.gql(REQUEST, vars, c.applicant.token)).data.requestMembership;
      expect(codeOf(await t.gql(REQUEST, vars, c.applicant.token))).toBe('CONFLICT');
      expect(codeOf(await t.gql(REQUEST, vars, c.coordinator.token))).toBe('CONFLICT');
      // Already an ACTIVE member:
      expect(codeOf(await t.gql(REQUEST, { tableId: c.tableId, organizationId: c.organizationId }, c.colleague.token))).toBe('CONFLICT');
      await t.gql(DECIDE, { id: first.id, accept: false }, c.chair.token);
      const again = await t.gql(REQUEST, vars, c.applicant.token);
      expect(again.data.requestMembership.status).toBe('PENDING');
    });

    it('answers two simultaneous requests with one PENDING membership and one CONFLICT', async () => {
      const c = await withApplicant();
      const vars = { tableId: c.tableId, organizationId: c.applicantOrg };
      const results = await Promise.all([t.gql(REQUEST, vars, c.applicant.token), t.gql(REQUEST, vars, c.coordinator.token)]);
      expect(results.map((r) => codeOf(r) ?? 'OK').sort()).toEqual(['CONFLICT', 'OK']);
      const rows = await t.dataSource.query(`SELECT status FROM table_membership WHERE table_id = $1 AND organization_id = $2`, [c.tableId, c.applicantOrg]);
      expect(rows).toEqual([{ status: 'PENDING' }]);
    });

    it('recognises the open-membership unique index violation on this store (the race fallback)', async () => {
      const c = await withApplicant();
      await addMembership(t, c.tableId, c.applicantOrg, 'PENDING');
      const error = await addMembership(t, c.tableId, c.applicantOrg, 'ACTIVE').then(
        () => null,
        (e: unknown) => e,
      );
      expect(isUniqueViolation(error, 'table_membership_open_uq')).toBe(true);
      expect(isUniqueViolation(error, 'another_constraint')).toBe(false);
      expect(isUniqueViolation(new Error('boom'))).toBe(false);
    });

    it('answers NOT_FOUND for unknown or malformed ids, FORBIDDEN at an archived table, BAD_USER_INPUT for a long message', async () => {
      const c = await withApplicant();
      const archived = await createTable(t, { archived: true });
      const cases: Array<[Record<string, unknown>, string]> = [
        [{ tableId: UNKNOWN_ID, organizationId: c.applicantOrg }, 'NOT_FOUND'],
        [{ tableId: 'table', organizationId: c.applicantOrg }, 'NOT_FOUND'],
        [{ tableId: c.tableId, organizationId: UNKNOWN_ID }, 'NOT_FOUND'],
        [{ tableId: c.tableId, organizationId: 'org' }, 'NOT_FOUND'],
        [{ tableId: archived, organizationId: c.applicantOrg }, 'FORBIDDEN'],
        [{ tableId: c.tableId, organizationId: c.applicantOrg, message: 'x'.repeat(20_001) }, 'BAD_USER_INPUT'],
      ];
      for (const [vars, code] of cases) expect([vars, codeOf(await t.gql(REQUEST, vars, c.applicant.token))]).toEqual([vars, code]);
      expect((await t.dataSource.query(`SELECT count(*)::int AS n FROM table_membership WHERE organization_id = $1`, [c.applicantOrg]))[0].n).toBe(0);
    });
  });

  describe('decideMembership', () => {
    it('lets officers and coordinators decide, nobody else', async () => {
      const c = await withApplicant();
      const id = (await t.gql(REQUEST, { tableId: c.tableId, organizationId: c.applicantOrg }, c.applicant.token)).data.requestMembership.id;
      expect(codeOf(await t.gql(DECIDE, { id, accept: true }))).toBe('UNAUTHENTICATED');
      for (const viewer of [c.member, c.observer, c.colleague, c.outsider, c.applicant]) {
        expect(codeOf(await t.gql(DECIDE, { id, accept: true }, viewer.token))).toBe('FORBIDDEN');
      }
      expect(await status(id)).toBe('PENDING');
      const r = await t.gql(DECIDE, { id, accept: true, message: 'Bienvenue !' }, c.secretary.token);
      expect(r.data.decideMembership).toMatchObject({ status: 'ACTIVE', decidedBy: { id: c.secretary.id } });
      expect(r.data.decideMembership.decidedAt).not.toBeNull();

      const other = await withApplicant();
      const id2 = (await t.gql(REQUEST, { tableId: other.tableId, organizationId: other.applicantOrg }, other.applicant.token)).data.requestMembership.id;
      expect((await t.gql(DECIDE, { id: id2, accept: false }, other.coordinator.token)).data.decideMembership.status).toBe('DECLINED');
    });

    it('on accept seats the requester as a MEMBER, tells them, and audits it', async () => {
      const c = await withApplicant();
      const id = (await t.gql(REQUEST, { tableId: c.tableId, organizationId: c.applicantOrg }, c.applicant.token)).data.requestMembership.id;
      expect((await t.gql(ROLE, { id: c.tableId }, c.applicant.token)).data.table.viewerRole).toBeNull();
      await t.gql(DECIDE, { id, accept: true, message: 'Bienvenue à la table.' }, c.chair.token);
      expect((await t.gql(ROLE, { id: c.tableId }, c.applicant.token)).data.table.viewerRole).toBe('MEMBER');
      expect(await notificationsOf(t, c.applicant.id)).toEqual([
        expect.objectContaining({ kind: 'MEMBERSHIP_DECIDED', body: 'Bienvenue à la table.', table_id: c.tableId }),
      ]);
      expect((await auditEvents(t, id)).map((e) => [e.action, e.actor_id])).toEqual([
        ['membership.requested', c.applicant.id],
        ['membership.decided', c.chair.id],
      ]);
    });

    it('on decline leaves the requester unseated', async () => {
      const c = await withApplicant();
      const id = (await t.gql(REQUEST, { tableId: c.tableId, organizationId: c.applicantOrg }, c.applicant.token)).data.requestMembership.id;
      expect((await t.gql(DECIDE, { id, accept: false }, c.chair.token)).data.decideMembership.status).toBe('DECLINED');
      expect((await t.gql(ROLE, { id: c.tableId }, c.applicant.token)).data.table.viewerRole).toBeNull();
      expect((await notificationsOf(t, c.applicant.id)).map((n) => n.kind)).toEqual(['MEMBERSHIP_DECIDED']);
    });

    it('does not seat a coordinator who asked on the organization’s behalf, nor a requester who left it', async () => {
      const c = await withApplicant();
      const byCoordinator = (await t.gql(REQUEST, { tableId: c.tableId, organizationId: c.applicantOrg }, c.coordinator.token)).data.requestMembership.id;
      await t.gql(DECIDE, { id: byCoordinator, accept: true }, c.chair.token);
      expect((await t.gql(ROLE, { id: c.tableId }, c.coordinator.token)).data.table.viewerRole).toBeNull();
      expect(await seatsOf(c.tableId, c.applicantOrg)).toBe(0);

      const d = await withApplicant();
      const id = (await t.gql(REQUEST, { tableId: d.tableId, organizationId: d.applicantOrg }, d.applicant.token)).data.requestMembership.id;
      await t.dataSource.query(`UPDATE app_user SET organization_id = $1 WHERE id = $2`, [d.otherOrganizationId, d.applicant.id]);
      await t.gql(DECIDE, { id, accept: true }, d.chair.token);
      expect(await seatsOf(d.tableId, d.applicantOrg)).toBe(0);
    });

    it('does not seat twice a requester who already sits there', async () => {
      const c = await withApplicant();
      await addMembership(t, c.tableId, c.applicantOrg, 'WITHDRAWN');
      await seat(t, c.tableId, c.applicant.id, 'OBSERVER', c.applicantOrg);
      const id = (await t.gql(REQUEST, { tableId: c.tableId, organizationId: c.applicantOrg }, c.applicant.token)).data.requestMembership.id;
      expect((await t.gql(DECIDE, { id, accept: true }, c.chair.token)).errors).toBeUndefined();
      expect((await t.gql(ROLE, { id: c.tableId }, c.applicant.token)).data.table.viewerRole).toBe('OBSERVER');
    });

    it('decides only PENDING requests (FORBIDDEN otherwise), not at archived tables, NOT_FOUND for unknown ids', async () => {
      const c = await withApplicant();
      const id = (await t.gql(REQUEST, { tableId: c.tableId, organizationId: c.applicantOrg }, c.applicant.token)).data.requestMembership.id;
      await t.gql(DECIDE, { id, accept: false }, c.chair.token);
      expect(codeOf(await t.gql(DECIDE, { id, accept: true }, c.chair.token))).toBe('FORBIDDEN');
      expect(codeOf(await t.gql(DECIDE, { id, accept: true }, c.coordinator.token))).toBe('FORBIDDEN');
      expect(await status(id)).toBe('DECLINED');
      const pending = await addMembership(t, c.tableId, await createOrganization(t), 'PENDING');
      await t.dataSource.query(`UPDATE round_table SET archived_at = now() WHERE id = $1`, [c.tableId]);
      expect(codeOf(await t.gql(DECIDE, { id: pending, accept: true }, c.chair.token))).toBe('FORBIDDEN');
      expect(await status(pending)).toBe('PENDING');
      expect(codeOf(await t.gql(DECIDE, { id: UNKNOWN_ID, accept: true }, c.chair.token))).toBe('NOT_FOUND');
      expect(codeOf(await t.gql(DECIDE, { id: 'membership', accept: true }, c.chair.token))).toBe('NOT_FOUND');
    });
  });

  describe('withdrawMembership', () => {
    it('lets users of the organization, officers and coordinators withdraw; nobody else', async () => {
      const c = await withApplicant();
      const one = await addMembership(t, c.tableId, c.applicantOrg, 'PENDING', c.applicant.id);
      expect(codeOf(await t.gql(WITHDRAW, { id: one }))).toBe('UNAUTHENTICATED');
      for (const viewer of [c.member, c.observer, c.outsider, c.colleague]) {
        expect(codeOf(await t.gql(WITHDRAW, { id: one }, viewer.token))).toBe('FORBIDDEN');
      }
      expect(await status(one)).toBe('PENDING');
      for (const viewer of [c.applicant, c.secretary, c.chair, c.coordinator]) {
        const id = viewer === c.applicant ? one : await addMembership(t, c.tableId, await createOrganization(t), 'PENDING');
        const r = await t.gql(WITHDRAW, { id }, viewer.token);
        expect(r.data.withdrawMembership).toEqual({ id, status: 'WITHDRAWN' });
        expect((await auditEvents(t, id)).map((e) => [e.action, e.actor_id])).toEqual([['membership.withdrawn', viewer.id]]);
      }
    });

    it('removes the seats held for that organization at that table only, when withdrawing an ACTIVE membership', async () => {
      const c = await withApplicant();
      const elsewhere = await createTable(t);
      await addMembership(t, elsewhere, c.organizationId);
      await seat(t, elsewhere, c.member.id, 'MEMBER', c.organizationId);
      const active = (
        await t.dataSource.query(`SELECT id FROM table_membership WHERE table_id = $1 AND organization_id = $2`, [c.tableId, c.organizationId])
      )[0].id;
      const keep = await addMembership(t, c.tableId, c.applicantOrg, 'ACTIVE');
      await seat(t, c.tableId, c.applicant.id, 'MEMBER', c.applicantOrg);
      expect(await seatsOf(c.tableId, c.organizationId)).toBe(4);
      expect((await t.gql(WITHDRAW, { id: active }, c.colleague.token)).data.withdrawMembership.status).toBe('WITHDRAWN');
      expect(await seatsOf(c.tableId, c.organizationId)).toBe(0);
      expect(await seatsOf(c.tableId, c.applicantOrg)).toBe(1);
      expect(await seatsOf(elsewhere, c.organizationId)).toBe(1);
      expect(await status(keep)).toBe('ACTIVE');
      expect((await t.gql(ROLE, { id: c.tableId }, c.member.token)).data.table.viewerRole).toBeNull();
    });

    it('refuses what is no longer PENDING or ACTIVE, archived tables, and unknown ids', async () => {
      const c = await withApplicant();
      const declined = await addMembership(t, c.tableId, c.applicantOrg, 'DECLINED');
      expect(codeOf(await t.gql(WITHDRAW, { id: declined }, c.coordinator.token))).toBe('FORBIDDEN');
      const pending = await addMembership(t, c.tableId, c.applicantOrg, 'PENDING');
      await t.gql(WITHDRAW, { id: pending }, c.applicant.token);
      expect(codeOf(await t.gql(WITHDRAW, { id: pending }, c.applicant.token))).toBe('FORBIDDEN');
      const archivedTable = await createTable(t, { archived: true });
      const atArchived = await addMembership(t, archivedTable, c.applicantOrg, 'ACTIVE');
      expect(codeOf(await t.gql(WITHDRAW, { id: atArchived }, c.applicant.token))).toBe('FORBIDDEN');
      expect(await status(atArchived)).toBe('ACTIVE');
      expect(codeOf(await t.gql(WITHDRAW, { id: UNKNOWN_ID }, c.coordinator.token))).toBe('NOT_FOUND');
      expect(codeOf(await t.gql(WITHDRAW, { id: '1' }, c.coordinator.token))).toBe('NOT_FOUND');
    });
  });

  it('FORBIDDEN for a user who only claims the organization (pending affiliation) to withdraw', async () => {
    const org = await createOrganization(t);
    const table = await createTable(t);
    const m = await addMembership(t, table, org, 'PENDING');
    const claimant: FixtureUser = await createUser(t, { pendingOrganizationId: org });
    expect(codeOf(await t.gql(WITHDRAW, { id: m }, claimant.token))).toBe('FORBIDDEN');
  });
});
