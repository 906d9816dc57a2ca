import { CLOSING_LOCK_KEY, ConsultationClosings } from '../src/modules/consultations/consultation-closings';
import { auditEvents } from './support/inspect';
import { testStore } from './support/stores';
import { CLOSE, READ, SUBMIT, answersFor, createConsultation, network, openedConsultation, type Network } from './support/consultation-fixtures';
import { codeOf, startTestApp, type TestApp } from './support/test-app';

const UNKNOWN = '6f1c1d2e-3b4a-4c5d-8e9f-0a1b2c3d4e5f';

describe('consultations: answering, results, closing by itself', () => {
  let t: TestApp;
  let n: Network;
  beforeAll(async () => {
    t = await startTestApp();
    n = await network(t);
  });
  afterAll(() => t.close());

  it('lets a user of an invited organization who sits at an audience table answer for it; FORBIDDEN to everyone else', async () => {
    const c = await openedConsultation(t, n);
    const submit = (token: string, organizationId: string) => t.gql(SUBMIT, { c: c.id, o: organizationId, a: answersFor(c) }, token);
    // Observers sit at the table too.
    expect(codeOf(await submit(n.aObserver.token, n.orgA))).toBeUndefined();
    expect(codeOf(await submit(n.aColleague.token, n.orgA))).toBe('FORBIDDEN'); // no seat at an audience table
    expect(codeOf(await submit(n.aMember.token, n.orgB))).toBe('FORBIDDEN'); // not their organization
    expect(codeOf(await submit(n.pChair.token, n.orgP))).toBe('FORBIDDEN'); // the running table is not in this audience
    expect(codeOf(await submit(n.cMember.token, n.orgC))).toBe('FORBIDDEN');
    expect(codeOf(await submit(n.coordinator.token, n.orgA))).toBe('FORBIDDEN');
    expect(codeOf(await submit(n.outsider.token, n.orgX))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(SUBMIT, { c: c.id, o: n.orgA, a: answersFor(c) }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await submit(n.aMember.token, UNKNOWN))).toBe('NOT_FOUND');
    expect(codeOf(await t.gql(SUBMIT, { c: UNKNOWN, o: n.orgA, a: [] }, n.aMember.token))).toBe('NOT_FOUND');
    expect(codeOf(await t.gql(SUBMIT, { c: 'nope', o: n.orgA, a: [] }, n.aMember.token))).toBe('NOT_FOUND');
  });

  it('keeps one response per organization: a later submission replaces it; audited on the consultation', async () => {
    const c = await openedConsultation(t, n);
    const first = await t.gql(SUBMIT, { c: c.id, o: n.orgA, a: answersFor(c, { text: '  Premier avis fictif  ' }) }, n.aMember.token);
    expect(first.errors).toBeUndefined();
    const r1 = first.data.submitConsultationResponse;
    expect(r1.organization.id).toBe(n.orgA);
    expect(r1.submittedBy.id).toBe(n.aMember.id);
    expect(r1.answers).toEqual([
      { question: { id: c.questions[0].id, kind: 'SINGLE_CHOICE' }, text: null, choices: ['Prévention'], scale: null },
      { question: { id: c.questions[1].id, kind: 'MULTIPLE_CHOICE' }, text: null, choices: ['Police', 'Santé'], scale: null },
      { question: { id: c.questions[2].id, kind: 'SCALE' }, text: null, choices: [], scale: 4 },
      { question: { id: c.questions[3].id, kind: 'TEXT' }, text: 'Premier avis fictif', choices: [], scale: null },
    ]);
    const second = await t.gql(SUBMIT, { c: c.id, o: n.orgA, a: answersFor(c, { single: 'Suivi', multi: ['Éducation'], scale: 2 }) }, n.aChair.token);
    expect(second.errors).toBeUndefined();
    const r2 = second.data.submitConsultationResponse;
    expect(r2.id).toBe(r1.id);
    expect(r2.submittedBy.id).toBe(n.aChair.id);
    expect(r2.answers.map((a: { choices: string[]; scale: number | null }) => [a.choices, a.scale])).toEqual([
      [['Suivi'], null],
      [['Éducation'], null],
      [[], 2],
    ]);
    const read = await t.gql(READ, { id: c.id }, n.aObserver.token);
    expect(read.data.consultation.viewerResponse.id).toBe(r1.id);
    expect(read.data.consultation.viewerResponse.answers).toHaveLength(3);
    expect(read.data.consultation.respondedOrganizations).toEqual([{ id: n.orgA }]);
    // Another organization's people do not see this response.
    expect((await t.gql(READ, { id: c.id }, n.bMember.token)).data.consultation.viewerResponse).toBeNull();
    expect((await auditEvents(t, c.id)).map((e) => [e.action, e.actor_id, e.table_id])).toEqual([
      ['consultation.created', n.pChair.id, n.provincialId],
      ['consultation.opened', n.pChair.id, n.provincialId],
      ['consultation.answered', n.aMember.id, n.provincialId],
      ['consultation.answered', n.aChair.id, n.provincialId],
    ]);
  });

  it('checks each answer against its question: BAD_USER_INPUT (NOT_FOUND for an unknown question id)', async () => {
    const c = await openedConsultation(t, n);
    const other = await createConsultation(t, n);
    const [single, multi, scale, text] = c.questions.map((q) => q.id);
    const ok = answersFor(c);
    const cases: Array<[string, unknown[], string]> = [
      ['required missing', ok.filter((a) => a.questionId !== scale), 'BAD_USER_INPUT'],
      ['required empty', [...ok.filter((a) => a.questionId !== single), { questionId: single, choices: [] }], 'BAD_USER_INPUT'],
      ['option not offered', [...ok.filter((a) => a.questionId !== single), { questionId: single, choices: ['Autre'] }], 'BAD_USER_INPUT'],
      ['two options for single', [...ok.filter((a) => a.questionId !== single), { questionId: single, choices: ['Prévention', 'Suivi'] }], 'BAD_USER_INPUT'],
      ['repeated option', [...ok.filter((a) => a.questionId !== multi), { questionId: multi, choices: ['Police', 'Police'] }], 'BAD_USER_INPUT'],
      ['multi option not offered', [...ok.filter((a) => a.questionId !== multi), { questionId: multi, choices: ['Police', 'Justice'] }], 'BAD_USER_INPUT'],
      ['scale 0', [...ok.filter((a) => a.questionId !== scale), { questionId: scale, scale: 0 }], 'BAD_USER_INPUT'],
      ['scale 6', [...ok.filter((a) => a.questionId !== scale), { questionId: scale, scale: 6 }], 'BAD_USER_INPUT'],
      ['text for a scale', [...ok.filter((a) => a.questionId !== scale), { questionId: scale, scale: 3, text: 'x' }], 'BAD_USER_INPUT'],
      ['choices for a text', [...ok, { questionId: text, choices: ['Police'] }], 'BAD_USER_INPUT'],
      ['text too long', [...ok, { questionId: text, text: 'x'.repeat(20_001) }], 'BAD_USER_INPUT'],
      ['answered twice', [...ok, ok[0]], 'BAD_USER_INPUT'],
      ['question of another consultation', [...ok, { questionId: other.questions[3].id, text: 'Avis fictif' }], 'BAD_USER_INPUT'],
      ['unknown question', [...ok, { questionId: UNKNOWN, text: 'Avis fictif' }], 'NOT_FOUND'],
      ['malformed question id', [...ok, { questionId: 'nope', text: 'Avis fictif' }], 'NOT_FOUND'],
    ];
    for (const [what, answers, code] of cases) {
      expect([what, codeOf(await t.gql(SUBMIT, { c: c.id, o: n.orgA, a: answers }, n.aMember.token))]).toEqual([what, code]);
    }
    // A blank optional text counts as no answer; a text of 20,000 characters fits.
    const fine = await t.gql(SUBMIT, { c: c.id, o: n.orgA, a: [...ok, { questionId: text, text: '   ' }] }, n.aMember.token);
    expect(fine.data.submitConsultationResponse.answers).toHaveLength(3);
    expect(codeOf(await t.gql(SUBMIT, { c: c.id, o: n.orgA, a: [...ok, { questionId: text, text: 'x'.repeat(20_000) }] }, n.aMember.token))).toBeUndefined();
  });

  it('refuses answers to a consultation that is not OPEN: DRAFT, closed, or past closesAt: FORBIDDEN', async () => {
    const draft = await createConsultation(t, n);
    expect(codeOf(await t.gql(SUBMIT, { c: draft.id, o: n.orgA, a: answersFor(draft) }, n.aMember.token))).toBe('FORBIDDEN');
    const closed = await openedConsultation(t, n);
    await t.gql(CLOSE, { id: closed.id }, n.pChair.token);
    expect(codeOf(await t.gql(SUBMIT, { c: closed.id, o: n.orgA, a: answersFor(closed) }, n.aMember.token))).toBe('FORBIDDEN');
    const due = await openedConsultation(t, n);
    await t.dataSource.query(`UPDATE consultation SET closes_at = now() - interval '1 second' WHERE id = $1`, [due.id]);
    expect(codeOf(await t.gql(SUBMIT, { c: due.id, o: n.orgA, a: answersFor(due) }, n.aMember.token))).toBe('FORBIDDEN');
  });

  it('counts results per option, averages scales, lists texts; for officers at any time, invited organizations once CLOSED', async () => {
    const c = await openedConsultation(t, n, { audienceTableIds: [n.provincialId, n.regional1Id, n.regional2Id] });
    await t.gql(
      SUBMIT,
      { c: c.id, o: n.orgA, a: answersFor(c, { single: 'Prévention', multi: ['Police', 'Santé'], scale: 5, text: 'Avis fictif A' }) },
      n.aMember.token,
    );
    await t.gql(SUBMIT, { c: c.id, o: n.orgB, a: answersFor(c, { single: 'Suivi', multi: ['Police'], scale: 2 }) }, n.bMember.token);
    const results = async (token: string) => (await t.gql(READ, { id: c.id }, token)).data.consultation.results;
    const expected = {
      invitedCount: 3,
      responseCount: 2,
      questions: [
        {
          question: { id: c.questions[0].id, kind: 'SINGLE_CHOICE' },
          optionCounts: [
            { option: 'Prévention', count: 1 },
            { option: 'Intervention', count: 0 },
            { option: 'Suivi', count: 1 },
          ],
          averageScale: null,
          texts: [],
        },
        {
          question: { id: c.questions[1].id, kind: 'MULTIPLE_CHOICE' },
          optionCounts: [
            { option: 'Police', count: 2 },
            { option: 'Santé', count: 1 },
            { option: 'Éducation', count: 0 },
          ],
          averageScale: null,
          texts: [],
        },
        { question: { id: c.questions[2].id, kind: 'SCALE' }, optionCounts: [], averageScale: 3.5, texts: [] },
        { question: { id: c.questions[3].id, kind: 'TEXT' }, optionCounts: [], averageScale: null, texts: ['Avis fictif A'] },
      ],
    };
    expect(await results(n.pChair.token)).toEqual(expected);
    expect(await results(n.pSecretary.token)).toEqual(expected);
    for (const who of [n.pMember, n.pObserver, n.aMember, n.aColleague, n.bMember]) expect(await results(who.token)).toBeNull();
    await t.gql(CLOSE, { id: c.id }, n.pChair.token);
    // Once CLOSED: every invited organization's people (orgP sits in the audience through the provincial table).
    for (const who of [n.pMember, n.pObserver, n.aMember, n.aColleague, n.bMember]) expect(await results(who.token)).toEqual(expected);
  });

  it('closes by itself at closesAt: the job writes it down once, without an actor', async () => {
    const c = await openedConsultation(t, n);
    const later = await openedConsultation(t, n);
    await t.dataSource.query(`UPDATE consultation SET closes_at = now() - interval '1 second' WHERE id = $1`, [c.id]);
    const job = t.app.get(ConsultationClosings);
    const first = await job.run();
    expect(first.ran).toBe(true);
    expect(first.closed).toBeGreaterThanOrEqual(1);
    const rows = await t.dataSource.query(`SELECT id, status, closed_at IS NOT NULL AS closed FROM consultation WHERE id = ANY($1::uuid[]) ORDER BY id`, [
      [c.id, later.id],
    ]);
    expect(rows.find((r: { id: string }) => r.id === c.id)).toMatchObject({ status: 'CLOSED', closed: true });
    expect(rows.find((r: { id: string }) => r.id === later.id)).toMatchObject({ status: 'OPEN', closed: false });
    expect((await auditEvents(t, c.id)).filter((e) => e.action === 'consultation.closed')).toEqual([
      { action: 'consultation.closed', actor_id: null, table_id: n.provincialId, entity_type: 'consultation' },
    ]);
    expect(await job.run()).toEqual({ ran: true, closed: 0 });
    expect((await auditEvents(t, c.id)).filter((e) => e.action === 'consultation.closed')).toHaveLength(1);
  });

  (testStore() === 'postgres' ? it : it.skip)('runs once with two API processes: the other process waits out the lock (PostgreSQL)', async () => {
    const second = await startTestApp({}, { shareDatabaseWith: t });
    try {
      const c = await openedConsultation(t, n);
      await t.dataSource.query(`UPDATE consultation SET closes_at = now() - interval '1 second' WHERE id = $1`, [c.id]);
      const holder = second.dataSource.createQueryRunner();
      await holder.connect();
      await holder.startTransaction();
      await holder.query(`SELECT pg_advisory_xact_lock(${CLOSING_LOCK_KEY}::bigint)`);
      expect(await t.app.get(ConsultationClosings).run()).toEqual({ ran: false, closed: 0 });
      await holder.rollbackTransaction();
      await holder.release();
      const [a, b] = await Promise.all([t.app.get(ConsultationClosings).run(), second.app.get(ConsultationClosings).run()]);
      expect(a.closed + b.closed).toBe(1);
      expect((await auditEvents(t, c.id)).filter((e) => e.action === 'consultation.closed')).toHaveLength(1);
    } finally {
      await second.close();
    }
  });
});
