import argon2 from 'argon2';
import { DemoDataSeeder } from '../src/startup/demo-data.seeder';
import { DEMO_MONTREAL_CHAIR_EMAIL, DEMO_PASSWORD, DEMO_REQUESTER_EMAIL, DEMO_SIGN_INS } from '../src/startup/demo-data';
import { codeOf, startTestApp, type TestApp } from './support/test-app';
import { testStore } from './support/stores';

const COUNTED = ['organization', 'app_user', 'round_table', 'round_table_region', 'table_membership', 'table_participant', 'audit_event', 'notification'];

describe('the demo data set', () => {
  let t: TestApp;
  const one = async (sql: string, params: unknown[] = []) => (await t.dataSource.query(sql, params))[0];
  const counts = async () => {
    const result: Record<string, number> = {};
    for (const table of COUNTED) result[table] = (await one(`SELECT count(*)::int AS n FROM ${table}`)).n;
    return result;
  };
  const userId = async (email: string): Promise<string> => (await one(`SELECT id FROM app_user WHERE email = $1`, [email])).id;
  const tableId = async (name: string): Promise<string> => (await one(`SELECT id FROM round_table WHERE name = $1`, [name])).id;

  beforeAll(async () => {
    t = await startTestApp({ DEMO_DATA: '1' });
  });
  afterAll(() => t.close());

  it('is loaded at start, fictitious and says so', async () => {
    const c = await counts();
    expect(c.organization).toBe(12);
    expect(c.round_table).toBe(5);
    const names: Array<{ name: string }> = await t.dataSource.query(`SELECT name FROM organization`);
    for (const { name } of names) expect(name).toMatch(/\(fictif\)$/);
    const emails: Array<{ email: string }> = await t.dataSource.query(`SELECT email FROM app_user`);
    for (const { email } of emails) expect(email).toMatch(/@exemple\.test$/);
    const sectors = await t.dataSource.query(`SELECT DISTINCT sector FROM organization`);
    expect(sectors.length).toBeGreaterThanOrEqual(7);
    const regions = await t.dataSource.query(`SELECT DISTINCT region_id FROM organization`);
    expect(regions.length).toBeGreaterThanOrEqual(4);
  });

  it('has one national table, a provincial one under it for Quebec, and three regional ones under that', async () => {
    const rows: Array<{ name: string; level: string; parent: string | null; codes: string; mandate: string | null }> = await t.dataSource.query(
      `SELECT t.name, t.level, p.name AS parent, t.mandate,
              (SELECT string_agg(r.code, ',' ORDER BY rtr.position) FROM round_table_region rtr JOIN region r ON r.id = rtr.region_id WHERE rtr.table_id = t.id) AS codes
         FROM round_table t LEFT JOIN round_table p ON p.id = t.parent_id ORDER BY t.level, t.name`,
    );
    const national = rows.filter((r) => r.level === 'NATIONAL');
    const provincial = rows.filter((r) => r.level === 'PROVINCIAL');
    const regional = rows.filter((r) => r.level === 'REGIONAL');
    expect(national).toHaveLength(1);
    expect(national[0].parent).toBeNull();
    expect(provincial).toEqual([expect.objectContaining({ parent: national[0].name, codes: 'CA-QC' })]);
    expect(regional.map((r) => r.codes).sort()).toEqual(['QC-03', 'QC-06', 'QC-07']);
    for (const r of regional) expect(r.parent).toBe(provincial[0].name);
    for (const r of rows) expect(r.mandate).toBeTruthy();
    // Created when their history says, not at load time.
    const [{ fresh }] = await t.dataSource.query(`SELECT count(*)::int AS fresh FROM round_table WHERE created_at > now() - interval '30 days'`);
    expect(fresh).toBe(0);
  });

  it('names a delegate for each member organization of the Montréal table, and an alternate where it has two people there', async () => {
    const rows: Array<{ organization: string; delegate: string | null; alternates: string[] }> = await t.dataSource.query(
      `SELECT o.name AS organization, du.display_name AS delegate,
              coalesce((SELECT array_agg(au.display_name ORDER BY a.position) FROM table_membership_alternate a
                          JOIN table_participant ap ON ap.id = a.participant_id JOIN app_user au ON au.id = ap.user_id
                         WHERE a.membership_id = m.id), '{}') AS alternates
         FROM table_membership m JOIN organization o ON o.id = m.organization_id
         LEFT JOIN table_participant dp ON dp.id = m.delegate_participant_id LEFT JOIN app_user du ON du.id = dp.user_id
        WHERE m.table_id = $1 AND m.status = 'ACTIVE'`,
      [await tableId('Table régionale de Montréal (fictive)')],
    );
    expect(rows).toHaveLength(4);
    for (const row of rows) expect(row.delegate).toMatch(/\((fictif|fictive)\)$/);
    expect(rows.flatMap((row) => row.alternates)).toEqual(['Robin Observation (fictif)']);
  });

  it('has people in every role, a pending request, a pending affiliation, audit events and notifications', async () => {
    const roles: Array<{ role: string }> = await t.dataSource.query(`SELECT DISTINCT role FROM table_participant ORDER BY role`);
    expect(roles.map((r) => r.role)).toEqual(['CHAIR', 'MEMBER', 'OBSERVER', 'SECRETARY']);
    const officers = await t.dataSource.query(
      `SELECT t.id, count(*) FILTER (WHERE p.role = 'CHAIR')::int AS chairs, count(*) FILTER (WHERE p.role = 'SECRETARY')::int AS secretaries
         FROM round_table t LEFT JOIN table_participant p ON p.table_id = t.id GROUP BY t.id`,
    );
    for (const o of officers) expect([o.chairs, o.secretaries]).toEqual([1, 1]);
    expect((await one(`SELECT count(*)::int AS n FROM app_user WHERE platform_role = 'COORDINATOR'`)).n).toBeGreaterThanOrEqual(1);
    expect((await one(`SELECT count(*)::int AS n FROM app_user WHERE pending_organization_id IS NOT NULL AND organization_id IS NULL`)).n).toBe(1);
    expect((await one(`SELECT count(*)::int AS n FROM table_membership WHERE status = 'PENDING'`)).n).toBe(1);
    // Every seat is held for an ACTIVE member organization, by a confirmed user of it.
    const stray = await t.dataSource.query(
      `SELECT p.id FROM table_participant p JOIN app_user u ON u.id = p.user_id
        WHERE p.organization_id IS DISTINCT FROM u.organization_id
           OR NOT EXISTS (SELECT 1 FROM table_membership m WHERE m.table_id = p.table_id AND m.organization_id = p.organization_id AND m.status = 'ACTIVE')`,
    );
    expect(stray).toEqual([]);
    const c = await counts();
    expect(c.audit_event).toBeGreaterThan(0);
    expect(c.notification).toBeGreaterThan(0);
  });

  it('shares one argon2id password, and lists sign-ins that exist', async () => {
    const hashes: Array<{ password_hash: string }> = await t.dataSource.query(`SELECT DISTINCT password_hash FROM app_user`);
    expect(hashes).toHaveLength(1);
    expect(hashes[0].password_hash).toMatch(/^\$argon2id\$/);
    expect(await argon2.verify(hashes[0].password_hash, DEMO_PASSWORD)).toBe(true);
    expect(DEMO_SIGN_INS.length).toBeGreaterThanOrEqual(5);
    for (const s of DEMO_SIGN_INS) expect([s.email, await userId(s.email)]).toEqual([s.email, expect.any(String)]);
    expect(DEMO_SIGN_INS.some((s) => /chair/.test(s.role) && /Montréal/.test(s.role))).toBe(true);
  });

  it('is not loaded twice', async () => {
    const before = await counts();
    const seeder = t.app.get(DemoDataSeeder);
    expect(await seeder.seedIfEmpty()).toBe(false);
    await seeder.onApplicationBootstrap();
    expect(await counts()).toEqual(before);
  });

  // A second process on the same server database (PGlite is one process's own database).
  (testStore() === 'postgres' ? it : it.skip)('keeps the data and adds nothing when a second process starts on the same database', async () => {
    const before = await counts();
    const second = await startTestApp({ DEMO_DATA: '1', DATABASE_URL: t.config.databaseUrl as string });
    try {
      expect(await counts()).toEqual(before);
    } finally {
      await second.close();
    }
  });

  it('lets the Montréal chair accept the pending request, which seats the requester as a MEMBER', async () => {
    const montreal = await tableId('Table régionale de Montréal (fictive)');
    const login = async (email: string): Promise<string> => {
      const r = await t.gql(`mutation($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken } }`, {
        email,
        password: DEMO_PASSWORD,
      });
      expect(r.errors).toBeUndefined();
      return r.data.login.accessToken;
    };
    const chair = await login(DEMO_MONTREAL_CHAIR_EMAIL);
    const requester = await login(DEMO_REQUESTER_EMAIL);
    const roleQuery = `query($id: ID!) { table(id: $id) { viewerRole } }`;
    expect((await t.gql(roleQuery, { id: montreal }, chair)).data.table.viewerRole).toBe('CHAIR');
    expect((await t.gql(roleQuery, { id: montreal }, requester)).data.table.viewerRole).toBeNull();
    const pending = await t.gql(
      `query($id: ID!) { table(id: $id) { memberships(status: PENDING) { id requestedBy { id } organization { name } } } }`,
      { id: montreal },
      chair,
    );
    expect(pending.data.table.memberships).toHaveLength(1);
    const request = pending.data.table.memberships[0];
    expect(request.organization.name).toMatch(/\(fictif\)$/);
    const r = await t.gql(`mutation($id: ID!) { decideMembership(membershipId: $id, accept: true) { status } }`, { id: request.id }, chair);
    expect(codeOf(r)).toBeUndefined();
    expect(r.data.decideMembership.status).toBe('ACTIVE');
    expect((await t.gql(roleQuery, { id: montreal }, requester)).data.table.viewerRole).toBe('MEMBER');
  });
});

describe('without DEMO_DATA', () => {
  it('loads nothing but the reference regions', async () => {
    const t = await startTestApp();
    try {
      expect((await t.dataSource.query(`SELECT count(*)::int AS n FROM organization`))[0].n).toBe(0);
      expect((await t.dataSource.query(`SELECT count(*)::int AS n FROM region`))[0].n).toBe(30);
    } finally {
      await t.close();
    }
  });
});
