import { auditEvents, notificationsOf } from './support/inspect';
import {
  CLOSE,
  CREATE,
  OPEN,
  QUESTIONS,
  READ,
  createConsultation,
  inMinutes,
  network,
  openedConsultation,
  type Network,
} from './support/consultation-fixtures';
import { codeOf, startTestApp, type TestApp } from './support/test-app';

const UNKNOWN = '6f1c1d2e-3b4a-4c5d-8e9f-0a1b2c3d4e5f';
const MINE = `query($status: ConsultationStatus) { myConsultations(status: $status) { id status } }`;
const TABLE = `query($id: ID!) { table(id: $id) { consultations { id } } }`;

describe('consultations: creating, opening, closing, reading', () => {
  let t: TestApp;
  let n: Network;
  beforeAll(async () => {
    t = await startTestApp();
    n = await network(t);
  });
  afterAll(() => t.close());

  const input = (fields: Record<string, unknown> = {}) => ({
    input: {
      tableId: n.provincialId,
      title: 'Consultation fictive',
      closesAt: inMinutes(120),
      audienceTableIds: [n.regional1Id],
      questions: QUESTIONS,
      ...fields,
    },
  });

  it('creates a DRAFT with its questions in order and its audience; audited', async () => {
    const r = await t.gql(
      CREATE,
      input({ audienceTableIds: [n.provincialId, n.regional1Id, n.regional1Id], description: '  Contexte fictif  ' }),
      n.pSecretary.token,
    );
    expect(r.errors).toBeUndefined();
    const c = r.data.createConsultation;
    expect(c.status).toBe('DRAFT');
    expect(c.opensAt).toBeNull();
    expect(c.table.id).toBe(n.provincialId);
    expect(c.audienceTables.map((x: { id: string }) => x.id).sort()).toEqual([n.provincialId, n.regional1Id].sort());
    expect(
      c.questions.map((q: { position: number; kind: string; required: boolean; options: string[] }) => [q.position, q.kind, q.required, q.options.length]),
    ).toEqual([
      [1, 'SINGLE_CHOICE', true, 3],
      [2, 'MULTIPLE_CHOICE', false, 3],
      [3, 'SCALE', true, 0],
      [4, 'TEXT', false, 0],
    ]);
    // While DRAFT, the invited organizations are the audience tables' ACTIVE members as they are now.
    expect(c.invitedOrganizations.map((o: { id: string }) => o.id).sort()).toEqual([n.orgP, n.orgA].sort());
    expect(await auditEvents(t, c.id)).toEqual([
      { action: 'consultation.created', actor_id: n.pSecretary.id, table_id: n.provincialId, entity_type: 'consultation' },
    ]);
  });

  it('accepts audiences at any depth below the running table (recursive), and refuses tables beside or above: FORBIDDEN', async () => {
    const deep = await t.gql(CREATE, input({ tableId: n.nationalId, audienceTableIds: [n.regional1Id, n.regional3Id] }), n.nChair.token);
    expect(deep.errors).toBeUndefined();
    expect(codeOf(await t.gql(CREATE, input({ audienceTableIds: [n.regional1Id, n.regional3Id] }), n.pChair.token))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(CREATE, input({ audienceTableIds: [n.nationalId] }), n.pChair.token))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(CREATE, input({ tableId: n.regional1Id, audienceTableIds: [n.provincialId] }), n.aChair.token))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(CREATE, input({ audienceTableIds: [UNKNOWN] }), n.pChair.token))).toBe('NOT_FOUND');
    expect(codeOf(await t.gql(CREATE, input({ audienceTableIds: ['nope'] }), n.pChair.token))).toBe('NOT_FOUND');
  });

  it('lets only officers of the running table create: members, observers, other tables’ officers and coordinators are FORBIDDEN', async () => {
    for (const who of [n.pMember, n.pObserver, n.aChair, n.nChair, n.coordinator, n.outsider]) {
      expect(codeOf(await t.gql(CREATE, input(), who.token))).toBe('FORBIDDEN');
    }
    expect(codeOf(await t.gql(CREATE, input()))).toBe('UNAUTHENTICATED');
    expect(codeOf(await t.gql(CREATE, input({ tableId: UNKNOWN }), n.pChair.token))).toBe('NOT_FOUND');
    expect(codeOf(await t.gql(CREATE, input({ tableId: 'nope' }), n.pChair.token))).toBe('NOT_FOUND');
  });

  it('refuses a questionnaire out of its rules: BAD_USER_INPUT', async () => {
    const bad: Array<Record<string, unknown>> = [
      { title: '   ' },
      { title: 'x'.repeat(201) },
      { description: 'x'.repeat(20_001) },
      { closesAt: inMinutes(-1) },
      { audienceTableIds: [] },
      { questions: [] },
      { questions: [{ prompt: ' ', kind: 'TEXT' }] },
      { questions: [{ prompt: 'x'.repeat(1001), kind: 'TEXT' }] },
      { questions: [{ prompt: 'Choix fictif', kind: 'SINGLE_CHOICE', options: ['Seul'] }] },
      { questions: [{ prompt: 'Choix fictif', kind: 'MULTIPLE_CHOICE' }] },
      { questions: [{ prompt: 'Choix fictif', kind: 'SINGLE_CHOICE', options: ['Oui', ' Oui '] }] },
      { questions: [{ prompt: 'Choix fictif', kind: 'SINGLE_CHOICE', options: ['Oui', ''] }] },
      { questions: [{ prompt: 'Choix fictif', kind: 'SINGLE_CHOICE', options: ['Oui', 'x'.repeat(201)] }] },
      { questions: [{ prompt: 'Texte fictif', kind: 'TEXT', options: ['Oui', 'Non'] }] },
      { questions: [{ prompt: 'Échelle fictive', kind: 'SCALE', options: ['1', '2'] }] },
    ];
    for (const fields of bad) {
      const r = await t.gql(CREATE, input(fields), n.pChair.token);
      expect([JSON.stringify(fields).slice(0, 80), codeOf(r)]).toEqual([JSON.stringify(fields).slice(0, 80), 'BAD_USER_INPUT']);
    }
  });

  it('refuses to consult from or to an archived table: FORBIDDEN', async () => {
    await t.dataSource.query(`UPDATE round_table SET archived_at = now() WHERE id = $1`, [n.regional2Id]);
    try {
      expect(codeOf(await t.gql(CREATE, input({ audienceTableIds: [n.regional2Id] }), n.pChair.token))).toBe('FORBIDDEN');
    } finally {
      await t.dataSource.query(`UPDATE round_table SET archived_at = NULL WHERE id = $1`, [n.regional2Id]);
    }
    const draft = await createConsultation(t, n);
    await t.dataSource.query(`UPDATE round_table SET archived_at = now() WHERE id = $1`, [n.provincialId]);
    try {
      expect(codeOf(await t.gql(CREATE, input(), n.pChair.token))).toBe('FORBIDDEN');
      expect(codeOf(await t.gql(OPEN, { id: draft.id }, n.pChair.token))).toBe('FORBIDDEN');
    } finally {
      await t.dataSource.query(`UPDATE round_table SET archived_at = NULL WHERE id = $1`, [n.provincialId]);
    }
  });

  it('opens a DRAFT: invites the ACTIVE members of the audience tables, tells their people there (not the opener), audited', async () => {
    const c = await createConsultation(t, n, { audienceTableIds: [n.provincialId, n.regional1Id, n.regional2Id] });
    for (const who of [n.pMember, n.pObserver, n.aChair, n.coordinator]) expect(codeOf(await t.gql(OPEN, { id: c.id }, who.token))).toBe('FORBIDDEN');
    const r = await t.gql(OPEN, { id: c.id }, n.pChair.token);
    expect(r.errors).toBeUndefined();
    expect(r.data.openConsultation.status).toBe('OPEN');
    expect(r.data.openConsultation.opensAt).not.toBeNull();
    expect(r.data.openConsultation.invitedOrganizations.map((o: { id: string }) => o.id).sort()).toEqual([n.orgP, n.orgA, n.orgB].sort());

    const told = async (userId: string) => (await notificationsOf(t, userId)).filter((x) => x.kind === 'CONSULTATION_OPENED');
    for (const who of [n.pSecretary, n.pMember, n.pObserver, n.aChair, n.aMember, n.aObserver, n.bMember]) {
      expect(await told(who.id)).toEqual([
        expect.objectContaining({ title: 'Consultation\u202f: Consultation fictive sur le protocole', table_id: n.provincialId }),
      ]);
    }
    for (const who of [n.pChair, n.aColleague, n.cMember, n.outsider, n.coordinator, n.nChair]) expect(await told(who.id)).toEqual([]);
    // The notification names the consultation, so that the web client can lead to it.
    const subjects: Array<{ subject_id: string | null }> = await t.dataSource.query(
      `SELECT subject_id FROM notification WHERE user_id = $1 AND kind = 'CONSULTATION_OPENED'`,
      [n.aMember.id],
    );
    expect(subjects).toEqual([{ subject_id: c.id }]);
    expect((await auditEvents(t, c.id)).map((e) => [e.action, e.actor_id])).toEqual([
      ['consultation.created', n.pChair.id],
      ['consultation.opened', n.pChair.id],
    ]);
    // Opened once: a second opening is refused by its state.
    expect(codeOf(await t.gql(OPEN, { id: c.id }, n.pChair.token))).toBe('FORBIDDEN');

    // The invitations were written down when it opened: a later member is not invited.
    const late = await t.dataSource.query(
      `INSERT INTO organization (name, search_key, sector, region_id) SELECT 'Organisme fictif tardif', 'organisme fictif tardif', 'OTHER', region_id FROM organization WHERE id = $1 RETURNING id`,
      [n.orgA],
    );
    await t.dataSource.query(`INSERT INTO table_membership (table_id, organization_id, status) VALUES ($1, $2, 'ACTIVE')`, [n.regional2Id, late[0].id]);
    const read = await t.gql(READ, { id: c.id }, n.pChair.token);
    expect(read.data.consultation.invitedOrganizations.map((o: { id: string }) => o.id).sort()).toEqual([n.orgP, n.orgA, n.orgB].sort());
    expect(read.data.consultation.results.invitedCount).toBe(3);
    await t.dataSource.query(`DELETE FROM table_membership WHERE organization_id = $1`, [late[0].id]);
  });

  it('refuses to open when closesAt has passed, and unknown ids: FORBIDDEN, NOT_FOUND', async () => {
    const c = await createConsultation(t, n);
    await t.dataSource.query(`UPDATE consultation SET closes_at = now() - interval '1 minute' WHERE id = $1`, [c.id]);
    expect(codeOf(await t.gql(OPEN, { id: c.id }, n.pChair.token))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(OPEN, { id: UNKNOWN }, n.pChair.token))).toBe('NOT_FOUND');
    expect(codeOf(await t.gql(OPEN, { id: 'nope' }, n.pChair.token))).toBe('NOT_FOUND');
    expect(codeOf(await t.gql(CLOSE, { id: UNKNOWN }, n.pChair.token))).toBe('NOT_FOUND');
  });

  it('closes an OPEN consultation (officers only): closesAt becomes the closing time; audited; then frozen', async () => {
    const draft = await createConsultation(t, n);
    expect(codeOf(await t.gql(CLOSE, { id: draft.id }, n.pChair.token))).toBe('FORBIDDEN');
    const c = await openedConsultation(t, n);
    for (const who of [n.pMember, n.aChair, n.aMember, n.coordinator]) expect(codeOf(await t.gql(CLOSE, { id: c.id }, who.token))).toBe('FORBIDDEN');
    const before = Date.now();
    const r = await t.gql(CLOSE, { id: c.id }, n.pSecretary.token);
    expect(r.errors).toBeUndefined();
    expect(r.data.closeConsultation.status).toBe('CLOSED');
    expect(Math.abs(Date.parse(r.data.closeConsultation.closesAt) - before)).toBeLessThan(60_000);
    expect((await auditEvents(t, c.id)).map((e) => [e.action, e.actor_id])).toEqual([
      ['consultation.created', n.pChair.id],
      ['consultation.opened', n.pChair.id],
      ['consultation.closed', n.pSecretary.id],
    ]);
    expect(codeOf(await t.gql(CLOSE, { id: c.id }, n.pSecretary.token))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(OPEN, { id: c.id }, n.pSecretary.token))).toBe('FORBIDDEN');
  });

  it('reads: a DRAFT for those who sit at the running table; once opened, also for the audience tables and invited organizations', async () => {
    const draft = await createConsultation(t, n);
    const opened = await openedConsultation(t, n);
    const read = async (id: string, token: string) => codeOf(await t.gql(READ, { id }, token)) ?? 'OK';
    for (const who of [n.pChair, n.pMember, n.pObserver]) expect(await read(draft.id, who.token)).toBe('OK');
    for (const who of [n.aChair, n.aMember, n.aColleague, n.bMember, n.cMember, n.coordinator, n.nChair, n.outsider])
      expect(await read(draft.id, who.token)).toBe('FORBIDDEN');
    for (const who of [n.pChair, n.pObserver, n.aMember, n.aObserver, n.aColleague, n.bMember]) expect(await read(opened.id, who.token)).toBe('OK');
    for (const who of [n.cMember, n.coordinator, n.nChair, n.outsider]) expect(await read(opened.id, who.token)).toBe('FORBIDDEN');
    expect(await read(UNKNOWN, n.pChair.token)).toBe('NOT_FOUND');
    expect(await read('nope', n.pChair.token)).toBe('NOT_FOUND');
    expect(codeOf(await t.gql(READ, { id: opened.id }))).toBe('UNAUTHENTICATED');

    const mine = async (token: string, status?: string) =>
      ((await t.gql(MINE, { status }, token)).data.myConsultations as Array<{ id: string }>).map((c) => c.id);
    expect(await mine(n.pObserver.token)).toEqual(expect.arrayContaining([draft.id, opened.id]));
    expect(await mine(n.pObserver.token, 'DRAFT')).toContain(draft.id);
    expect(await mine(n.pObserver.token, 'DRAFT')).not.toContain(opened.id);
    expect(await mine(n.aColleague.token)).toContain(opened.id);
    expect(await mine(n.aColleague.token)).not.toContain(draft.id);
    expect(await mine(n.cMember.token)).toEqual([]);
    expect(await mine(n.coordinator.token)).toEqual([]);

    const ofTable = async (tableId: string, token: string) =>
      ((await t.gql(TABLE, { id: tableId }, token)).data.table.consultations as Array<{ id: string }>).map((c) => c.id);
    expect(await ofTable(n.provincialId, n.pMember.token)).toEqual(expect.arrayContaining([draft.id, opened.id]));
    expect(await ofTable(n.provincialId, n.coordinator.token)).toEqual([]);
    // The regional table lists what is addressed to it once opened.
    expect(await ofTable(n.regional1Id, n.aMember.token)).toContain(opened.id);
    expect(await ofTable(n.regional1Id, n.aMember.token)).not.toContain(draft.id);
    expect(await ofTable(n.regional3Id, n.cMember.token)).toEqual([]);
  });

  it('reads CLOSED from closesAt on, before any job ran; status filters agree', async () => {
    const c = await openedConsultation(t, n);
    await t.dataSource.query(`UPDATE consultation SET closes_at = now() - interval '1 second' WHERE id = $1`, [c.id]);
    expect((await t.gql(READ, { id: c.id }, n.aMember.token)).data.consultation.status).toBe('CLOSED');
    const closed = (await t.gql(MINE, { status: 'CLOSED' }, n.aMember.token)).data.myConsultations.map((x: { id: string }) => x.id);
    const open = (await t.gql(MINE, { status: 'OPEN' }, n.aMember.token)).data.myConsultations.map((x: { id: string }) => x.id);
    expect(closed).toContain(c.id);
    expect(open).not.toContain(c.id);
    expect(codeOf(await t.gql(CLOSE, { id: c.id }, n.pChair.token))).toBe('FORBIDDEN');
  });
});
