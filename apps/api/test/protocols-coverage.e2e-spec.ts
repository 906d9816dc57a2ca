import { codeOf, startTestApp, type TestApp } from './support/test-app';
import { createOrganization, createTable, createUser, seat, tableWithCast } from './support/fixtures';
import { countStatements } from './support/inspect';
import { adoptVia, COVERAGE, createProtocolVia, publishVia, UNKNOWN_ID } from './support/protocol-fixtures';

const LIST = `query($search: String, $sector: Sector) { protocols(search: $search, sector: $sector) { id title sectors } }`;
const ONE = `query($id: ID!) { protocol(id: $id) { id title ownerTable { id } currentVersion { number } } }`;
const QUEBEC_CODES = Array.from({ length: 17 }, (_, i) => `QC-${String(i + 1).padStart(2, '0')}`);

describe('protocols: reading, search and coverage', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  /** A REGIONAL table covering these regions, with a chair who may record its adoptions. */
  async function regionalTable(regionCodes: string[], name?: string): Promise<{ id: string; token: string }> {
    const organizationId = await createOrganization(t);
    const id = await createTable(t, { level: 'REGIONAL', regionCodes, name });
    const chair = await createUser(t, { organizationId });
    await seat(t, id, chair.id, 'CHAIR', organizationId);
    return { id, token: chair.token };
  }

  it('lets every signed-in user read protocols; searches titles ignoring case and accents; filters by sector', async () => {
    const c = await tableWithCast(t);
    const stranger = await createUser(t);
    const safety = await createProtocolVia(t, c.chair.token, {
      ownerTableId: c.tableId,
      title: 'Sécurité des aînés (fictif)',
      sectors: ['POLICE', 'HEALTH_AND_SOCIAL_SERVICES'],
    });
    const youth = await createProtocolVia(t, c.chair.token, {
      ownerTableId: c.tableId,
      title: 'Fugues de jeunes (fictif)',
      summary: 'Sécurité fictive',
      sectors: ['YOUTH_PROTECTION'],
    });
    const all = (await t.gql(LIST, {}, stranger.token)).data.protocols;
    expect(all.map((p: any) => p.id)).toEqual([youth.id, safety.id]);
    for (const search of ['securite', 'SÉCURITÉ', 'aînes', ' des ainés ']) {
      expect([search, (await t.gql(LIST, { search }, stranger.token)).data.protocols.map((p: any) => p.id)]).toEqual([search, [safety.id]]);
    }
    expect((await t.gql(LIST, { search: '%' }, stranger.token)).data.protocols).toEqual([]);
    expect((await t.gql(LIST, { search: '' }, stranger.token)).data.protocols).toHaveLength(2);
    expect((await t.gql(LIST, { sector: 'YOUTH_PROTECTION' }, stranger.token)).data.protocols.map((p: any) => p.id)).toEqual([youth.id]);
    expect((await t.gql(LIST, { sector: 'POLICE', search: 'fictif' }, stranger.token)).data.protocols.map((p: any) => p.id)).toEqual([safety.id]);
    expect((await t.gql(LIST, { sector: 'JUSTICE' }, stranger.token)).data.protocols).toEqual([]);
    expect(codeOf(await t.gql(LIST, { sector: 'NOPE' }, stranger.token))).toBe('BAD_USER_INPUT');
    expect(codeOf(await t.gql(LIST, { search: 'x'.repeat(201) }, stranger.token))).toBe('BAD_USER_INPUT');

    expect((await t.gql(ONE, { id: safety.id }, c.coordinator.token)).data.protocol).toEqual({
      id: safety.id,
      title: 'Sécurité des aînés (fictif)',
      ownerTable: { id: c.tableId },
      currentVersion: { number: 1 },
    });
    expect(codeOf(await t.gql(ONE, { id: UNKNOWN_ID }, stranger.token))).toBe('NOT_FOUND');
    expect(codeOf(await t.gql(ONE, { id: 'pas-un-id' }, stranger.token))).toBe('NOT_FOUND');
    expect(codeOf(await t.gql(LIST, {}))).toBe('UNAUTHENTICATED');
    expect(codeOf(await t.gql(ONE, { id: safety.id }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await t.gql(COVERAGE, { id: safety.id }, 'not-a-token'))).toBe('UNAUTHENTICATED');
  });

  it("covers Quebec's 17 regions with the best status of their regional tables, and counts outdated ones", async () => {
    const c = await tableWithCast(t);
    const p = await createProtocolVia(t, c.chair.token, { ownerTableId: c.tableId, title: 'Protocole fictif de couverture' });
    const v1 = p.currentVersion.id;
    await publishVia(t, c.chair.token, p.id, 'Texte fictif v2');

    const a = await regionalTable(['QC-01', 'QC-02'], 'Table fictive A');
    const b = await regionalTable(['QC-02'], 'Table fictive B');
    const inProgress = await regionalTable(['QC-03']);
    const notStarted = await regionalTable(['QC-04']);
    const archived = await regionalTable(['QC-05']);
    const g = await regionalTable(['QC-07'], 'Table fictive G');
    const h = await regionalTable(['QC-07'], 'Table fictive H');
    await regionalTable(['QC-08']); // covers QC-08 but has no record
    const provincial = await createTable(t, { level: 'PROVINCIAL', regionCodes: ['QC-06'] });
    const provincialChair = await createUser(t, { organizationId: c.organizationId });
    await seat(t, provincial, provincialChair.id, 'CHAIR', c.organizationId);

    await adoptVia(t, a.token, { protocolId: p.id, tableId: a.id, status: 'ADOPTED', versionId: v1 });
    await adoptVia(t, b.token, { protocolId: p.id, tableId: b.id, status: 'ADOPTED' });
    await adoptVia(t, inProgress.token, { protocolId: p.id, tableId: inProgress.id, status: 'IN_PROGRESS' });
    await adoptVia(t, notStarted.token, { protocolId: p.id, tableId: notStarted.id, status: 'NOT_STARTED' });
    await adoptVia(t, archived.token, { protocolId: p.id, tableId: archived.id, status: 'ADOPTED' });
    await t.dataSource.query(`UPDATE round_table SET archived_at = now() WHERE id = $1`, [archived.id]);
    await adoptVia(t, g.token, { protocolId: p.id, tableId: g.id, status: 'IN_PROGRESS' });
    await adoptVia(t, h.token, { protocolId: p.id, tableId: h.id, status: 'ADOPTED', versionId: v1 });
    await adoptVia(t, provincialChair.token, { protocolId: p.id, tableId: provincial, status: 'ADOPTED' });

    const coverage = async () => (await t.gql(COVERAGE, { id: p.id }, c.outsider.token)).data.protocol.coverage;
    const first = await coverage();
    expect(first.regions.map((r: any) => r.region.code)).toEqual(QUEBEC_CODES);
    expect(first.regions.every((r: any) => r.region.kind === 'ADMINISTRATIVE_REGION')).toBe(true);
    const at = (cov: any, code: string) => {
      const r = cov.regions.find((x: any) => x.region.code === code);
      return { status: r.status, adoptedVersion: r.adoptedVersion, tables: r.tables.map((x: any) => x.id) };
    };
    expect(at(first, 'QC-01')).toEqual({ status: 'ADOPTED', adoptedVersion: 1, tables: [a.id] });
    expect(at(first, 'QC-02')).toEqual({ status: 'ADOPTED', adoptedVersion: 2, tables: [a.id, b.id] });
    expect(at(first, 'QC-03')).toEqual({ status: 'IN_PROGRESS', adoptedVersion: null, tables: [inProgress.id] });
    expect(at(first, 'QC-04')).toEqual({ status: 'NOT_STARTED', adoptedVersion: null, tables: [notStarted.id] });
    expect(at(first, 'QC-05')).toEqual({ status: 'NOT_STARTED', adoptedVersion: null, tables: [] });
    expect(at(first, 'QC-06')).toEqual({ status: 'NOT_STARTED', adoptedVersion: null, tables: [] });
    expect(at(first, 'QC-07')).toEqual({ status: 'ADOPTED', adoptedVersion: 1, tables: [g.id, h.id] });
    expect(at(first, 'QC-08')).toEqual({ status: 'NOT_STARTED', adoptedVersion: null, tables: [] });
    // QC-01, QC-02 and QC-07 are adopted; QC-01 and QC-07 at version 1 while version 2 is current.
    expect(first).toMatchObject({ adoptedCount: 3, outdatedCount: 2 });

    await publishVia(t, c.chair.token, p.id, 'Texte fictif v3');
    expect(await coverage()).toMatchObject({ adoptedCount: 3, outdatedCount: 3 });
    await adoptVia(t, a.token, { protocolId: p.id, tableId: a.id, status: 'ADOPTED' });
    await adoptVia(t, h.token, { protocolId: p.id, tableId: h.id, status: 'NOT_STARTED' });
    const last = await coverage();
    expect(at(last, 'QC-01')).toEqual({ status: 'ADOPTED', adoptedVersion: 3, tables: [a.id] });
    expect(at(last, 'QC-07')).toEqual({ status: 'IN_PROGRESS', adoptedVersion: null, tables: [g.id, h.id] });
    // QC-01 and QC-02 (through A) are up to date again; QC-07 is no longer adopted.
    expect(last).toMatchObject({ adoptedCount: 2, outdatedCount: 0 });

    const fresh = await createProtocolVia(t, c.chair.token, { ownerTableId: c.tableId, title: 'Protocole fictif neuf' });
    const none = (await t.gql(COVERAGE, { id: fresh.id }, c.outsider.token)).data.protocol.coverage;
    expect(none.regions.map((r: any) => r.status)).toEqual(Array(17).fill('NOT_STARTED'));
    expect(none).toMatchObject({ adoptedCount: 0, outdatedCount: 0 });
  });

  it('reads a list of protocols with versions, adoptions and coverage in a fixed number of statements', async () => {
    const c = await tableWithCast(t);
    const adopter = await regionalTable(['QC-09']);
    const QUERY = `query($search: String) { protocols(search: $search) { id ownerTable { name } currentVersion { number publishedBy { displayName } }
      versions { number } adoptions { status table { name } version { number } decision { id } protocol { title } }
      coverage { adoptedCount outdatedCount regions { region { name } status tables { name } adoptedVersion } } } }`;
    const make = async (title: string) => {
      const p = await createProtocolVia(t, c.chair.token, { ownerTableId: c.tableId, title });
      await publishVia(t, c.chair.token, p.id, `${title} v2`);
      await adoptVia(t, adopter.token, { protocolId: p.id, tableId: adopter.id, status: 'ADOPTED' });
    };
    await make('Lot fictif un');
    const one = await countStatements(t, () => t.gql(QUERY, { search: 'lot fictif' }, c.outsider.token));
    await make('Lot fictif deux');
    await make('Lot fictif trois');
    let result: any;
    const three = await countStatements(t, async () => {
      result = await t.gql(QUERY, { search: 'lot fictif' }, c.outsider.token);
    });
    expect(result.errors).toBeUndefined();
    expect(result.data.protocols).toHaveLength(3);
    expect(result.data.protocols[0].coverage.regions.find((r: any) => r.status === 'ADOPTED').tables).toHaveLength(1);
    expect(three).toBe(one);
  });
});
