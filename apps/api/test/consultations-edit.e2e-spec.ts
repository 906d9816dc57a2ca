import { auditEvents } from './support/inspect';
import { QUESTIONS, createConsultation, inMinutes, network, openedConsultation, type Network } from './support/consultation-fixtures';
import { codeOf, startTestApp, type TestApp } from './support/test-app';

const UNKNOWN = '6f1c1d2e-3b4a-4c5d-8e9f-0a1b2c3d4e5f';
const UPDATE = `mutation($id: ID!, $input: UpdateConsultationInput!) { updateConsultation(id: $id, input: $input) { id status title description closesAt
  table { id } audienceTables { id } questions { id position prompt kind options required } } }`;

describe('consultations: editing a DRAFT', () => {
  let t: TestApp;
  let n: Network;
  beforeAll(async () => {
    t = await startTestApp();
    n = await network(t);
  });
  afterAll(() => t.close());

  const input = (fields: Record<string, unknown> = {}) => ({
    title: 'Consultation fictive révisée',
    description: 'Contexte fictif révisé',
    closesAt: inMinutes(60 * 48),
    audienceTableIds: [n.regional1Id],
    questions: [
      { prompt: '  Quelle mesure fictive prioriser ?  ', kind: 'SINGLE_CHOICE', options: [' Prévention ', 'Suivi'], required: true },
      { prompt: 'Commentaires fictifs', kind: 'TEXT' },
    ],
    ...fields,
  });

  it('rewrites the title, description, closing, audience and questions of a DRAFT; audited', async () => {
    const draft = await createConsultation(t, n);
    const closesAt = inMinutes(60 * 48);
    const r = await t.gql(UPDATE, { id: draft.id, input: input({ closesAt }) }, n.pSecretary.token);
    expect(r.errors).toBeUndefined();
    const c = r.data.updateConsultation;
    expect([c.id, c.status, c.title, c.description, c.table.id]).toEqual([
      draft.id,
      'DRAFT',
      'Consultation fictive révisée',
      'Contexte fictif révisé',
      n.provincialId,
    ]);
    expect(new Date(c.closesAt).toISOString()).toBe(closesAt);
    expect(c.audienceTables.map((x: { id: string }) => x.id)).toEqual([n.regional1Id]);
    expect(
      c.questions.map((q: { position: number; prompt: string; kind: string; options: string[]; required: boolean }) => [
        q.position,
        q.prompt,
        q.kind,
        q.options,
        q.required,
      ]),
    ).toEqual([
      [1, 'Quelle mesure fictive prioriser ?', 'SINGLE_CHOICE', ['Prévention', 'Suivi'], true],
      [2, 'Commentaires fictifs', 'TEXT', [], false],
    ]);
    expect((await auditEvents(t, draft.id)).map((e) => [e.action, e.actor_id])).toEqual([
      ['consultation.created', n.pChair.id],
      ['consultation.updated', n.pSecretary.id],
    ]);
  });

  it('keeps what is absent, clears the description with null, and refuses null elsewhere: BAD_USER_INPUT', async () => {
    const draft = await createConsultation(t, n, { description: 'Contexte fictif' });
    const r = await t.gql(UPDATE, { id: draft.id, input: { title: ' Titre fictif seul ', description: null } }, n.pChair.token);
    expect(r.errors).toBeUndefined();
    const c = r.data.updateConsultation;
    expect([c.title, c.description]).toEqual(['Titre fictif seul', null]);
    expect(c.questions.map((q: { id: string }) => q.id)).toEqual(draft.questions.map((q) => q.id));
    expect(c.audienceTables.map((x: { id: string }) => x.id).sort()).toEqual([n.regional1Id, n.regional2Id].sort());
    for (const field of ['title', 'closesAt', 'audienceTableIds', 'questions']) {
      expect([field, codeOf(await t.gql(UPDATE, { id: draft.id, input: { [field]: null } }, n.pChair.token))]).toEqual([field, 'BAD_USER_INPUT']);
    }
  });

  it('refuses what creation refuses: BAD_USER_INPUT, and an audience out of reach: FORBIDDEN or NOT_FOUND', async () => {
    const draft = await createConsultation(t, n);
    const bad: Array<Record<string, unknown>> = [
      { title: '   ' },
      { title: 'x'.repeat(201) },
      { description: 'x'.repeat(20_001) },
      { closesAt: inMinutes(-1) },
      { audienceTableIds: [] },
      { questions: [] },
      { questions: [{ prompt: ' ', kind: 'TEXT' }] },
      { questions: [{ prompt: 'Choix fictif', kind: 'SINGLE_CHOICE', options: ['Seul'] }] },
      { questions: [{ prompt: 'Choix fictif', kind: 'SINGLE_CHOICE', options: ['Oui', ' Oui '] }] },
      { questions: [{ prompt: 'Texte fictif', kind: 'TEXT', options: ['Oui', 'Non'] }] },
    ];
    for (const fields of bad) {
      const r = await t.gql(UPDATE, { id: draft.id, input: input(fields) }, n.pChair.token);
      expect([JSON.stringify(fields).slice(0, 80), codeOf(r)]).toEqual([JSON.stringify(fields).slice(0, 80), 'BAD_USER_INPUT']);
    }
    expect(codeOf(await t.gql(UPDATE, { id: draft.id, input: input({ audienceTableIds: [n.nationalId] }) }, n.pChair.token))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(UPDATE, { id: draft.id, input: input({ audienceTableIds: [UNKNOWN] }) }, n.pChair.token))).toBe('NOT_FOUND');
    // A refused edit changes nothing.
    const read = await t.gql(`query($id: ID!) { consultation(id: $id) { title questions { id } } }`, { id: draft.id }, n.pChair.token);
    expect(read.data.consultation).toEqual({ title: 'Consultation fictive sur le protocole', questions: draft.questions.map((q) => ({ id: q.id })) });
  });

  it('is for the officers of the running table only, while DRAFT and while the table is not archived', async () => {
    const draft = await createConsultation(t, n);
    for (const who of [n.pMember, n.pObserver, n.aChair, n.nChair, n.coordinator, n.outsider]) {
      expect(codeOf(await t.gql(UPDATE, { id: draft.id, input: input() }, who.token))).toBe('FORBIDDEN');
    }
    expect(codeOf(await t.gql(UPDATE, { id: UNKNOWN, input: input() }, n.pChair.token))).toBe('NOT_FOUND');
    expect(codeOf(await t.gql(UPDATE, { id: 'nope', input: input() }, n.pChair.token))).toBe('NOT_FOUND');

    const opened = await openedConsultation(t, n, { questions: QUESTIONS });
    expect(codeOf(await t.gql(UPDATE, { id: opened.id, input: input() }, n.pChair.token))).toBe('FORBIDDEN');

    await t.dataSource.query(`UPDATE round_table SET archived_at = now() WHERE id = $1`, [n.provincialId]);
    try {
      expect(codeOf(await t.gql(UPDATE, { id: draft.id, input: input() }, n.pChair.token))).toBe('FORBIDDEN');
    } finally {
      await t.dataSource.query(`UPDATE round_table SET archived_at = NULL WHERE id = $1`, [n.provincialId]);
    }
  });
});
