import { randomBytes } from 'node:crypto';
import { codeOf, startTestApp, type TestApp } from './support/test-app';
import { addMembership, createOrganization, createTable, createUser, regionId, type FixtureUser } from './support/fixtures';
import { auditEvents } from './support/inspect';

const UNKNOWN_ID = '6f1c1d2e-3b4a-4c5d-8e9f-0a1b2c3d4e5f';
const token = () => randomBytes(3).toString('hex');

const ORGANIZATIONS = `query($search: String, $sector: Sector, $regionId: ID, $first: Int, $after: String) {
  organizations(search: $search, sector: $sector, regionId: $regionId, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id name acronym sector region { code } } }
  }
}`;
const CREATE = `mutation($input: CreateOrganizationInput!) {
  createOrganization(input: $input) { id name acronym sector website createdAt region { code name } }
}`;

describe('the directory: regions and organizations', () => {
  let t: TestApp;
  let member: FixtureUser;
  let coordinator: FixtureUser;
  let montreal: string;

  beforeAll(async () => {
    t = await startTestApp();
    montreal = await regionId(t, 'QC-06');
    const org = await createOrganization(t);
    member = await createUser(t, { organizationId: org });
    coordinator = await createUser(t, { coordinator: true });
  });
  afterAll(() => t.close());

  describe('regions', () => {
    it('needs a signed-in viewer', async () => {
      const r = await t.gql('{ regions { id } }');
      expect(codeOf(r)).toBe('UNAUTHENTICATED');
      expect(r.data).toBeNull();
    });

    it('lists every region ordered by code, and filters by kind', async () => {
      const all = (await t.gql('{ regions { code kind } }', {}, member.token)).data.regions;
      expect(all).toHaveLength(30);
      const codes = all.map((r: { code: string }) => r.code);
      expect(codes).toEqual([...codes].sort());
      const quebec = (await t.gql('{ regions(kind: ADMINISTRATIVE_REGION) { code parent { code } timeZone } }', {}, member.token)).data.regions;
      expect(quebec).toHaveLength(17);
      expect(quebec[0]).toEqual({ code: 'QC-01', parent: { code: 'CA-QC' }, timeZone: 'America/Toronto' });
      expect(new Set(quebec.map((r: { parent: { code: string } }) => r.parent.code))).toEqual(new Set(['CA-QC']));
      const territories = (await t.gql('{ regions(kind: TERRITORY) { code parent { code } } }', {}, member.token)).data.regions;
      expect(territories).toEqual([
        { code: 'CA-NT', parent: null },
        { code: 'CA-NU', parent: null },
        { code: 'CA-YT', parent: null },
      ]);
    });

    it("names regions in the viewer's locale", async () => {
      const english = await createUser(t, { locale: 'EN' });
      const q = '{ regions(kind: ADMINISTRATIVE_REGION) { code name nameFr nameEn } }';
      const fr = (await t.gql(q, {}, member.token)).data.regions.find((r: { code: string }) => r.code === 'QC-06');
      const en = (await t.gql(q, {}, english.token)).data.regions.find((r: { code: string }) => r.code === 'QC-06');
      expect(fr).toEqual({ code: 'QC-06', name: 'Montréal', nameFr: 'Montréal', nameEn: 'Montreal' });
      expect(en.name).toBe('Montreal');
    });
  });

  describe('organizations', () => {
    it('needs a signed-in viewer', async () => {
      expect(codeOf(await t.gql(ORGANIZATIONS, {}))).toBe('UNAUTHENTICATED');
      expect(codeOf(await t.gql(ORGANIZATIONS, {}, 'not-a-token'))).toBe('UNAUTHENTICATED');
    });

    it('finds a case- and accent-insensitive substring of the name or the acronym', async () => {
      const tag = token();
      const id = await createOrganization(t, { name: `Centre jeunesse de Montréal ${tag} (fictif)`, acronym: `CJÉ${tag}` });
      for (const search of [`montreal ${tag}`, `MONTRÉAL ${tag}`, `  Montreal   ${tag} `, `cje${tag}`]) {
        const r = await t.gql(ORGANIZATIONS, { search }, member.token);
        expect(r.data.organizations.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([id]);
        expect(r.data.organizations.totalCount).toBe(1);
      }
      const none = await t.gql(ORGANIZATIONS, { search: `montreal ${tag}x` }, member.token);
      expect(none.data.organizations).toMatchObject({ totalCount: 0, edges: [], pageInfo: { hasNextPage: false, endCursor: null } });
    });

    it('matches LIKE wildcards literally', async () => {
      const tag = token();
      const percent = await createOrganization(t, { name: `Cent pour 100% jeunes ${tag} (fictif)` });
      await createOrganization(t, { name: `Cent pour 1000 jeunes ${tag} (fictif)` });
      const underscore = await createOrganization(t, { name: `Organisme a_b ${tag} (fictif)` });
      await createOrganization(t, { name: `Organisme axb ${tag} (fictif)` });
      const ids = async (search: string) =>
        (await t.gql(ORGANIZATIONS, { search }, member.token)).data.organizations.edges.map((e: { node: { id: string } }) => e.node.id);
      expect(await ids(`100% jeunes ${tag}`)).toEqual([percent]);
      expect(await ids(`a_b ${tag}`)).toEqual([underscore]);
    });

    it('filters by sector and by region (a province includes its administrative regions)', async () => {
      const tag = token();
      const police = await createOrganization(t, { name: `Police ${tag} (fictif)`, sector: 'POLICE', regionCode: 'QC-03' });
      const school = await createOrganization(t, { name: `École ${tag} (fictif)`, sector: 'EDUCATION', regionCode: 'QC-06' });
      const ontario = await createOrganization(t, { name: `Ontario ${tag} (fictif)`, sector: 'EDUCATION', regionCode: 'CA-ON' });
      const ids = async (vars: Record<string, unknown>) =>
        (await t.gql(ORGANIZATIONS, { search: tag, ...vars }, member.token)).data.organizations.edges.map((e: { node: { id: string } }) => e.node.id).sort();
      expect(await ids({ sector: 'POLICE' })).toEqual([police]);
      expect(await ids({ sector: 'EDUCATION' })).toEqual([school, ontario].sort());
      expect(await ids({ regionId: montreal })).toEqual([school]);
      expect(await ids({ regionId: await regionId(t, 'CA-QC') })).toEqual([police, school].sort());
      expect(await ids({ regionId: await regionId(t, 'CA-ON'), sector: 'EDUCATION' })).toEqual([ontario]);
    });

    it('refuses an unknown or malformed region filter with NOT_FOUND', async () => {
      expect(codeOf(await t.gql(ORGANIZATIONS, { regionId: UNKNOWN_ID }, member.token))).toBe('NOT_FOUND');
      expect(codeOf(await t.gql(ORGANIZATIONS, { regionId: 'QC-06' }, member.token))).toBe('NOT_FOUND');
    });

    it('pages by name then id, with totalCount and hasNextPage', async () => {
      const tag = token();
      const names = ['E', 'A', 'C', 'B', 'D'].map((letter) => `Page ${tag} ${letter} (fictif)`);
      for (const name of names) await createOrganization(t, { name });
      const seen: string[] = [];
      let after: string | null = null;
      const pages: boolean[] = [];
      do {
        const r: any = await t.gql(ORGANIZATIONS, { search: `page ${tag}`, first: 2, after }, member.token);
        const page = r.data.organizations;
        expect(page.totalCount).toBe(5);
        seen.push(...page.edges.map((e: { node: { name: string } }) => e.node.name));
        pages.push(page.pageInfo.hasNextPage);
        expect(page.pageInfo.endCursor).toBe(page.edges[page.edges.length - 1].cursor);
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      } while (after);
      expect(seen).toEqual([...names].sort());
      expect(pages).toEqual([true, true, false]);
    });

    it('refuses a bad page size or cursor with BAD_USER_INPUT', async () => {
      expect(codeOf(await t.gql(ORGANIZATIONS, { first: 0 }, member.token))).toBe('BAD_USER_INPUT');
      expect(codeOf(await t.gql(ORGANIZATIONS, { first: 101 }, member.token))).toBe('BAD_USER_INPUT');
      expect(codeOf(await t.gql(ORGANIZATIONS, { after: 'garbage' }, member.token))).toBe('BAD_USER_INPUT');
      const forged = Buffer.from(JSON.stringify(['x', "1'; DROP TABLE organization; --"])).toString('base64url');
      expect(codeOf(await t.gql(ORGANIZATIONS, { after: forged }, member.token))).toBe('BAD_USER_INPUT');
    });

    it('reads one organization, NOT_FOUND for unknown and malformed ids', async () => {
      const id = await createOrganization(t, { name: 'Organisme lu (fictif)', acronym: 'OLF', sector: 'JUSTICE', regionCode: 'QC-07' });
      const q = 'query($id: ID!) { organization(id: $id) { id name acronym sector region { code } } }';
      expect((await t.gql(q, { id }, member.token)).data.organization).toEqual({
        id,
        name: 'Organisme lu (fictif)',
        acronym: 'OLF',
        sector: 'JUSTICE',
        region: { code: 'QC-07' },
      });
      expect(codeOf(await t.gql(q, { id: UNKNOWN_ID }, member.token))).toBe('NOT_FOUND');
      expect(codeOf(await t.gql(q, { id: 'not-a-uuid' }, member.token))).toBe('NOT_FOUND');
      expect(codeOf(await t.gql(q, { id }))).toBe('UNAUTHENTICATED');
    });
  });

  describe('createOrganization', () => {
    const input = (fields: Record<string, unknown> = {}) => ({
      name: `Nouvel organisme ${token()} (fictif)`,
      sector: 'COMMUNITY',
      regionId: montreal,
      ...fields,
    });

    it('is for coordinators only', async () => {
      expect(codeOf(await t.gql(CREATE, { input: input() }))).toBe('UNAUTHENTICATED');
      const r = await t.gql(CREATE, { input: input() }, member.token);
      expect(codeOf(r)).toBe('FORBIDDEN');
      expect(r.data).toBeNull();
    });

    it('creates a searchable organization and audits it', async () => {
      const tag = token();
      const r = await t.gql(
        CREATE,
        {
          input: input({
            name: `  Société Élan ${tag} (fictif) `,
            acronym: ' SÉ ',
            sector: 'HEALTH_AND_SOCIAL_SERVICES',
            website: 'https://elan.exemple.test/a',
          }),
        },
        coordinator.token,
      );
      expect(r.errors).toBeUndefined();
      const org = r.data.createOrganization;
      expect(org).toMatchObject({
        name: `Société Élan ${tag} (fictif)`,
        acronym: 'SÉ',
        sector: 'HEALTH_AND_SOCIAL_SERVICES',
        website: 'https://elan.exemple.test/a',
        region: { code: 'QC-06', name: 'Montréal' },
      });
      expect(new Date(org.createdAt).getTime()).toBeGreaterThan(Date.now() - 60_000);
      const found = await t.gql(ORGANIZATIONS, { search: `societe elan ${tag}` }, member.token);
      expect(found.data.organizations.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([org.id]);
      expect(await auditEvents(t, org.id)).toEqual([{ action: 'organization.created', actor_id: coordinator.id, table_id: null, entity_type: 'organization' }]);
    });

    it.each([
      ['an empty name', { name: '' }],
      ['a blank name', { name: '   ' }],
      ['a name over 200 characters', { name: 'x'.repeat(201) }],
      ['an acronym over 30 characters', { acronym: 'A'.repeat(31) }],
      ['a website that is not a URL', { website: 'pas une adresse' }],
      ['a website that is not http(s)', { website: 'ftp://exemple.test/fichier' }],
      ['a javascript: website', { website: 'javascript:alert(1)' }],
      ['a website over 500 characters', { website: `https://exemple.test/${'a'.repeat(500)}` }],
    ])('refuses %s with BAD_USER_INPUT', async (_, fields) => {
      const before = (await t.dataSource.query(`SELECT count(*)::int AS n FROM organization`))[0].n;
      const r = await t.gql(CREATE, { input: input(fields) }, coordinator.token);
      expect(codeOf(r)).toBe('BAD_USER_INPUT');
      expect((await t.dataSource.query(`SELECT count(*)::int AS n FROM organization`))[0].n).toBe(before);
    });

    it('refuses an unknown sector before it runs', async () => {
      expect(codeOf(await t.gql(CREATE, { input: input({ sector: 'PIRATES' }) }, coordinator.token))).toBe('BAD_USER_INPUT');
    });

    it('refuses an unknown or malformed region with NOT_FOUND', async () => {
      expect(codeOf(await t.gql(CREATE, { input: input({ regionId: UNKNOWN_ID }) }, coordinator.token))).toBe('NOT_FOUND');
      expect(codeOf(await t.gql(CREATE, { input: input({ regionId: 'QC-06' }) }, coordinator.token))).toBe('NOT_FOUND');
    });
  });

  describe("an organization's people and memberships", () => {
    const q = `query($id: ID!) { organization(id: $id) { members { id displayName } tableMemberships { status table { id } } } }`;

    it('shows its people to its own people and coordinators, to nobody else', async () => {
      const org = await createOrganization(t);
      const a = await createUser(t, { organizationId: org, displayName: 'B personne (fictive)' });
      const b = await createUser(t, { organizationId: org, displayName: 'A personne (fictive)' });
      const waiting = await createUser(t, { pendingOrganizationId: org });
      const people = [b.id, a.id];
      for (const viewer of [a, coordinator]) {
        expect((await t.gql(q, { id: org }, viewer.token)).data.organization.members.map((m: { id: string }) => m.id)).toEqual(people);
      }
      for (const viewer of [member, waiting]) {
        expect((await t.gql(q, { id: org }, viewer.token)).data.organization.members).toEqual([]);
      }
    });

    it('shows ACTIVE memberships to everyone, the others to its own people and coordinators', async () => {
      const org = await createOrganization(t);
      const own = await createUser(t, { organizationId: org });
      const active = await createTable(t);
      const pending = await createTable(t);
      const declined = await createTable(t);
      await addMembership(t, active, org, 'ACTIVE');
      await addMembership(t, pending, org, 'PENDING');
      await addMembership(t, declined, org, 'DECLINED');
      const seen = async (viewer: FixtureUser) =>
        (await t.gql(q, { id: org }, viewer.token)).data.organization.tableMemberships
          .map((m: { status: string; table: { id: string } }) => `${m.status}:${m.table.id}`)
          .sort();
      expect(await seen(member)).toEqual([`ACTIVE:${active}`]);
      const all = [`ACTIVE:${active}`, `PENDING:${pending}`, `DECLINED:${declined}`].sort();
      expect(await seen(own)).toEqual(all);
      expect(await seen(coordinator)).toEqual(all);
    });
  });
});
