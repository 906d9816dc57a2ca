import { codeOf, startTestApp, type TestApp } from './support/test-app';
import { createOrganization, createTable, createUser, seat, tableWithCast } from './support/fixtures';
import { auditEvents, notificationsOf } from './support/inspect';
import { insertItem, insertMeeting } from './support/meeting-fixtures';
import { adoptVia, CREATE_PROTOCOL, createProtocolVia, insertDecision, PUBLISH, publishVia, RECORD_ADOPTION, UNKNOWN_ID } from './support/protocol-fixtures';

const VERSIONS = `query($id: ID!) { protocol(id: $id) { currentVersion { number body } versions { number body changeNote publishedBy { id } } } }`;
const ADOPTIONS = `query($id: ID!) { protocol(id: $id) { adoptions { id status note table { id } version { number } decision { id text } protocol { id } } } }`;

describe('protocols: creating, publishing, adopting', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('lets officers of the owner table create a protocol with its version 1, audited', async () => {
    const c = await tableWithCast(t);
    const p = await createProtocolVia(t, c.secretary.token, {
      ownerTableId: c.tableId,
      title: '  Protocole fictif de signalement ',
      summary: '  ',
      sectors: ['POLICE', 'YOUTH_PROTECTION', 'POLICE'],
      body: '# Signalement\n\n1. Appeler.\n2. Consigner.',
    });
    expect(p).toMatchObject({
      title: 'Protocole fictif de signalement',
      summary: null,
      sectors: ['POLICE', 'YOUTH_PROTECTION'],
      ownerTable: { id: c.tableId },
      currentVersion: { number: 1, body: '# Signalement\n\n1. Appeler.\n2. Consigner.', changeNote: null, publishedBy: { id: c.secretary.id } },
    });
    expect(p.versions.map((v: any) => v.number)).toEqual([1]);
    const byChair = await createProtocolVia(t, c.chair.token, { ownerTableId: c.tableId, title: 'Autre protocole fictif', summary: 'Résumé fictif' });
    expect(byChair.summary).toBe('Résumé fictif');
    expect(await auditEvents(t, p.id)).toEqual([{ action: 'protocol.created', actor_id: c.secretary.id, table_id: c.tableId, entity_type: 'protocol' }]);
  });

  it('refuses everyone but the owner table officers, unknown tables, archived tables and bad input', async () => {
    const c = await tableWithCast(t);
    const other = await tableWithCast(t);
    const input = { ownerTableId: c.tableId, title: 'Protocole fictif', sectors: ['COMMUNITY'], body: 'Texte fictif' };
    for (const viewer of [c.member, c.observer, c.colleague, c.outsider, c.coordinator, other.chair]) {
      expect(codeOf(await t.gql(CREATE_PROTOCOL, { input }, viewer.token))).toBe('FORBIDDEN');
    }
    expect(codeOf(await t.gql(CREATE_PROTOCOL, { input }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await t.gql(CREATE_PROTOCOL, { input: { ...input, ownerTableId: UNKNOWN_ID } }, c.chair.token))).toBe('NOT_FOUND');
    expect(codeOf(await t.gql(CREATE_PROTOCOL, { input: { ...input, ownerTableId: 'pas-un-id' } }, c.chair.token))).toBe('NOT_FOUND');
    for (const bad of [
      { title: '   ' },
      { title: 'x'.repeat(201) },
      { body: ' ' },
      { body: 'x'.repeat(20_001) },
      { summary: 'x'.repeat(20_001) },
      { sectors: ['NOPE'] },
    ]) {
      expect(codeOf(await t.gql(CREATE_PROTOCOL, { input: { ...input, ...bad } }, c.chair.token))).toBe('BAD_USER_INPUT');
    }
    expect((await t.gql(CREATE_PROTOCOL, { input: { ...input, title: 'x'.repeat(200) } }, c.chair.token)).errors).toBeUndefined();
    await t.dataSource.query(`UPDATE round_table SET archived_at = now() WHERE id = $1`, [c.tableId]);
    expect(codeOf(await t.gql(CREATE_PROTOCOL, { input }, c.chair.token))).toBe('FORBIDDEN');
    expect(await t.dataSource.query(`SELECT title FROM protocol WHERE owner_table_id = $1`, [c.tableId])).toEqual([{ title: 'x'.repeat(200) }]);
  });

  it('tells the officers of every table of each publication, version 1 included', async () => {
    const c = await tableWithCast(t);
    const organizationId = await createOrganization(t);
    const elsewhere = await createTable(t, { level: 'REGIONAL', regionCodes: ['QC-01'] });
    const archived = await createTable(t, { level: 'REGIONAL', regionCodes: ['QC-02'], archived: true });
    const [farChair, farSecretary, farMember, archivedChair] = await Promise.all([1, 2, 3, 4].map(() => createUser(t, { organizationId })));
    await seat(t, elsewhere, farChair.id, 'CHAIR', organizationId);
    await seat(t, elsewhere, farSecretary.id, 'SECRETARY', organizationId);
    await seat(t, elsewhere, farMember.id, 'MEMBER', organizationId);
    await seat(t, archived, archivedChair.id, 'CHAIR', organizationId);
    // An officer of two tables hears of it once.
    await seat(t, c.provincialId, farChair.id, 'CHAIR', organizationId);

    const p = await createProtocolVia(t, c.chair.token, { ownerTableId: c.tableId, title: 'Protocole fictif de concertation' });
    await publishVia(t, c.secretary.token, p.id, 'Texte fictif v2', 'Étape ajoutée');
    const kinds = async (userId: string) => (await notificationsOf(t, userId)).filter((n) => n.kind === 'PROTOCOL_PUBLISHED');
    const far = await kinds(farChair.id);
    expect(far).toHaveLength(2);
    expect(far[0]).toMatchObject({ table_id: c.tableId, title: expect.stringContaining('Protocole fictif de concertation') });
    // The notification names the protocol, so the client can lead to it.
    expect(await t.dataSource.query(`SELECT DISTINCT subject_id FROM notification WHERE kind = 'PROTOCOL_PUBLISHED' AND user_id = $1`, [farChair.id])).toEqual([
      { subject_id: p.id },
    ]);
    expect(far[1].title).toContain('version 2');
    expect(far[1].body).toContain('Étape ajoutée');
    expect(await kinds(farSecretary.id)).toHaveLength(2);
    // The publisher knows; the other officer of the owner table hears of it.
    expect((await kinds(c.chair.id)).map((n) => n.title)).toEqual([expect.stringContaining('version 2')]);
    expect((await kinds(c.secretary.id)).map((n) => n.title)).toEqual([expect.stringContaining('Nouveau protocole')]);
    for (const user of [farMember, archivedChair, c.member, c.observer, c.outsider, c.coordinator]) expect(await kinds(user.id)).toEqual([]);
  });

  it('publishes whole new versions, numbered one by one, newest first, audited', async () => {
    const c = await tableWithCast(t);
    const p = await createProtocolVia(t, c.chair.token, { ownerTableId: c.tableId, title: 'Protocole fictif versionné', body: 'Ligne 1\nLigne 2' });
    const v2 = await publishVia(t, c.secretary.token, p.id, '  Ligne 1\nLigne 2 modifiée\nLigne 3  ', ' Une ligne ajoutée ');
    expect(v2).toMatchObject({ number: 2, body: 'Ligne 1\nLigne 2 modifiée\nLigne 3', changeNote: 'Une ligne ajoutée', publishedBy: { id: c.secretary.id } });
    // Publications at the same time get consecutive numbers.
    const numbers = await Promise.all(['A', 'B', 'C'].map((x) => publishVia(t, c.chair.token, p.id, `Texte ${x}`).then((v) => v.number)));
    expect(numbers.sort()).toEqual([3, 4, 5]);
    const read = (await t.gql(VERSIONS, { id: p.id }, c.outsider.token)).data.protocol;
    expect(read.versions.map((v: any) => v.number)).toEqual([5, 4, 3, 2, 1]);
    expect(read.currentVersion.number).toBe(5);
    // Every version keeps its whole text, so that clients can compare any two.
    expect(read.versions[3]).toMatchObject({
      body: 'Ligne 1\nLigne 2 modifiée\nLigne 3',
      changeNote: 'Une ligne ajoutée',
      publishedBy: { id: c.secretary.id },
    });
    expect(read.versions[4].body).toBe('Ligne 1\nLigne 2');
    expect((await auditEvents(t, p.id)).map((e) => e.action)).toEqual(['protocol.created', ...Array(4).fill('protocol.published')]);
  });

  it('refuses publications by anyone else, of unknown protocols, at archived tables, and bad text', async () => {
    const c = await tableWithCast(t);
    const other = await tableWithCast(t);
    const p = await createProtocolVia(t, c.chair.token, { ownerTableId: c.tableId, title: 'Protocole fictif protégé' });
    const args = { protocolId: p.id, body: 'Texte fictif' };
    for (const viewer of [c.member, c.observer, c.outsider, c.coordinator, other.chair, other.secretary]) {
      expect(codeOf(await t.gql(PUBLISH, args, viewer.token))).toBe('FORBIDDEN');
    }
    expect(codeOf(await t.gql(PUBLISH, args))).toBe('UNAUTHENTICATED');
    expect(codeOf(await t.gql(PUBLISH, { ...args, protocolId: UNKNOWN_ID }, c.chair.token))).toBe('NOT_FOUND');
    expect(codeOf(await t.gql(PUBLISH, { ...args, protocolId: '42' }, c.chair.token))).toBe('NOT_FOUND');
    for (const bad of [{ body: '' }, { body: 'x'.repeat(20_001) }, { changeNote: 'x'.repeat(20_001) }]) {
      expect(codeOf(await t.gql(PUBLISH, { ...args, ...bad }, c.chair.token))).toBe('BAD_USER_INPUT');
    }
    await t.dataSource.query(`UPDATE round_table SET archived_at = now() WHERE id = $1`, [c.tableId]);
    expect(codeOf(await t.gql(PUBLISH, args, c.chair.token))).toBe('FORBIDDEN');
    expect(await t.dataSource.query(`SELECT number FROM protocol_version WHERE protocol_id = $1`, [p.id])).toEqual([{ number: 1 }]);
  });

  it("records a table's adoption by its officers, the current version by default, and replaces it", async () => {
    const owner = await tableWithCast(t);
    const c = await tableWithCast(t);
    const p = await createProtocolVia(t, owner.chair.token, { ownerTableId: owner.tableId, title: 'Protocole fictif adopté' });
    const v1 = p.currentVersion;
    const v2 = await publishVia(t, owner.chair.token, p.id, 'Texte fictif v2');
    const started = await adoptVia(t, c.secretary.token, { protocolId: p.id, tableId: c.tableId, status: 'IN_PROGRESS', note: ' Étude en cours ' });
    expect(started).toMatchObject({
      status: 'IN_PROGRESS',
      note: 'Étude en cours',
      protocol: { id: p.id },
      table: { id: c.tableId },
      version: { id: v2.id, number: 2 },
      decision: null,
    });

    const meetingId = await insertMeeting(t, c.tableId, { status: 'ADJOURNED' });
    const decisionId = await insertDecision(t, meetingId, { text: 'Adoption fictive du protocole' });
    const adopted = await adoptVia(t, c.chair.token, { protocolId: p.id, tableId: c.tableId, status: 'ADOPTED', versionId: v1.id, decisionId });
    expect(adopted).toMatchObject({
      id: started.id,
      status: 'ADOPTED',
      note: null,
      version: { number: 1 },
      decision: { id: decisionId, text: 'Adoption fictive du protocole' },
    });
    expect(Date.parse(adopted.updatedAt)).toBeGreaterThanOrEqual(Date.parse(started.updatedAt));

    const list = (await t.gql(ADOPTIONS, { id: p.id }, c.member.token)).data.protocol.adoptions;
    expect(list).toEqual([
      {
        id: started.id,
        status: 'ADOPTED',
        note: null,
        table: { id: c.tableId },
        version: { number: 1 },
        decision: { id: decisionId, text: 'Adoption fictive du protocole' },
        protocol: { id: p.id },
      },
    ]);
    // The adoption is public; the decision is read as decisions are, by those who sit at the table.
    for (const viewer of [c.outsider, c.coordinator, owner.chair]) {
      const seen = (await t.gql(ADOPTIONS, { id: p.id }, viewer.token)).data.protocol.adoptions;
      expect(seen).toEqual([expect.objectContaining({ id: started.id, status: 'ADOPTED', decision: null })]);
    }
    expect((await auditEvents(t, p.id)).filter((e) => e.action === 'protocol.adopted')).toEqual([
      { action: 'protocol.adopted', actor_id: c.secretary.id, table_id: c.tableId, entity_type: 'protocol' },
      { action: 'protocol.adopted', actor_id: c.chair.id, table_id: c.tableId, entity_type: 'protocol' },
    ]);
  });

  it('hides from observers a decision taken on an in-camera item', async () => {
    const c = await tableWithCast(t);
    const p = await createProtocolVia(t, c.chair.token, { ownerTableId: c.tableId, title: 'Protocole fictif discret' });
    const meetingId = await insertMeeting(t, c.tableId, { status: 'ADJOURNED' });
    const secret = await insertItem(t, meetingId, { confidentiality: 'IN_CAMERA' });
    const decisionId = await insertDecision(t, meetingId, { agendaItemId: secret, text: 'Décision confidentielle fictive' });
    await adoptVia(t, c.chair.token, { protocolId: p.id, tableId: c.tableId, status: 'ADOPTED', decisionId });
    expect((await t.gql(ADOPTIONS, { id: p.id }, c.member.token)).data.protocol.adoptions[0].decision).toEqual({
      id: decisionId,
      text: 'Décision confidentielle fictive',
    });
    const observer = await t.gql(ADOPTIONS, { id: p.id }, c.observer.token);
    expect(observer.data.protocol.adoptions[0].decision).toBeNull();
    expect(JSON.stringify(observer.data)).not.toContain('confidentielle');
  });

  it('refuses adoptions by others, foreign versions and decisions, unknown ids, archived tables and bad input', async () => {
    const owner = await tableWithCast(t);
    const c = await tableWithCast(t);
    const p = await createProtocolVia(t, owner.chair.token, { ownerTableId: owner.tableId, title: 'Protocole fictif exigeant' });
    const otherProtocol = await createProtocolVia(t, owner.chair.token, { ownerTableId: owner.tableId, title: 'Autre protocole fictif' });
    const foreignDecision = await insertDecision(t, await insertMeeting(t, owner.tableId, { status: 'ADJOURNED' }));
    const input = { protocolId: p.id, tableId: c.tableId, status: 'ADOPTED' };
    // Officers of the owner table may not record another table's adoption; nor may coordinators.
    for (const viewer of [c.member, c.observer, c.colleague, c.outsider, c.coordinator, owner.chair]) {
      expect(codeOf(await t.gql(RECORD_ADOPTION, { input }, viewer.token))).toBe('FORBIDDEN');
    }
    expect(codeOf(await t.gql(RECORD_ADOPTION, { input }))).toBe('UNAUTHENTICATED');
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ protocolId: UNKNOWN_ID }, 'NOT_FOUND'],
      [{ protocolId: 'x' }, 'NOT_FOUND'],
      [{ tableId: UNKNOWN_ID }, 'NOT_FOUND'],
      [{ versionId: UNKNOWN_ID }, 'NOT_FOUND'],
      [{ versionId: 'v1' }, 'NOT_FOUND'],
      [{ decisionId: UNKNOWN_ID }, 'NOT_FOUND'],
      [{ decisionId: 'd' }, 'NOT_FOUND'],
      [{ versionId: otherProtocol.currentVersion.id }, 'BAD_USER_INPUT'],
      [{ decisionId: foreignDecision }, 'BAD_USER_INPUT'],
      [{ status: 'DONE' }, 'BAD_USER_INPUT'],
      [{ note: 'x'.repeat(20_001) }, 'BAD_USER_INPUT'],
    ];
    for (const [change, code] of cases)
      expect([change, codeOf(await t.gql(RECORD_ADOPTION, { input: { ...input, ...change } }, c.chair.token))]).toEqual([change, code]);
    await t.dataSource.query(`UPDATE round_table SET archived_at = now() WHERE id = $1`, [c.tableId]);
    expect(codeOf(await t.gql(RECORD_ADOPTION, { input }, c.chair.token))).toBe('FORBIDDEN');
    expect(await t.dataSource.query(`SELECT id FROM protocol_adoption WHERE table_id = $1`, [c.tableId])).toEqual([]);
    expect((await auditEvents(t, p.id)).map((e) => e.action)).toEqual(['protocol.created']);
  });
});
