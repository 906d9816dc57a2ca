import { DEMO_MONTREAL_CHAIR_EMAIL, DEMO_PASSWORD } from '../src/startup/demo-data';
import { codeOf, startTestApp, type TestApp } from './support/test-app';

const QUEBEC = 'Table provinciale du Québec (fictive)';
const MONTREAL = 'Table régionale de Montréal (fictive)';
const OUTAOUAIS = 'Table régionale de l’Outaouais (fictive)';
const QUEBEC_CHAIR = 'presidence.quebec@exemple.test';
const MEMBER_POLICE = 'membre.police@exemple.test';

const REFERRAL = `id title status response fromTable { name } toTable { name } referredAt decidedAt
  scheduledItem { id title meeting { id status startsAt } } outcomeDecisions { text outcome }`;
const CONSULTATION = `id title status closesAt questions { id kind options required }
  invitedOrganizations { id name } respondedOrganizations { id name } viewerResponse { id }
  results { invitedCount responseCount questions { question { kind } optionCounts { option count } averageScale texts } }`;

describe('the demo data set: referrals, consultations and protocols', () => {
  let t: TestApp;
  const tokens = new Map<string, string>();
  const login = async (email: string): Promise<string> => {
    if (!tokens.has(email)) {
      const r = await t.gql(`mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }`, { e: email, p: DEMO_PASSWORD });
      tokens.set(email, r.data.login.accessToken);
    }
    return tokens.get(email) as string;
  };
  const tableId = async (name: string): Promise<string> => (await t.dataSource.query(`SELECT id FROM round_table WHERE name = $1`, [name]))[0].id;
  const gqlOk = async (query: string, variables: Record<string, unknown>, email: string) => {
    const r = await t.gql(query, variables, await login(email));
    expect(r.errors).toBeUndefined();
    return r.data;
  };
  const notifications = async (email: string, kind: string) =>
    (await gqlOk(`{ notifications(first: 100) { edges { node { kind title body subjectId createdAt } } } }`, {}, email)).notifications.edges
      .map((e: any) => e.node)
      .filter((n: any) => n.kind === kind);

  beforeAll(async () => {
    t = await startTestApp({ DEMO_DATA: '1' });
  });
  afterAll(() => t.close());

  it('has referrals up to the Québec table in each status, from several regional tables', async () => {
    const rows: Array<{ status: string; from_name: string; scheduled: boolean; response: string | null }> = await t.dataSource.query(
      `SELECT r.status, f.name AS from_name, r.scheduled_item_id IS NOT NULL AS scheduled, r.response
         FROM referral r JOIN round_table f ON f.id = r.from_table_id JOIN round_table tt ON tt.id = r.to_table_id WHERE tt.name = $1`,
      [QUEBEC],
    );
    expect(new Set(rows.map((r) => r.status))).toEqual(new Set(['PENDING', 'ACCEPTED', 'DECLINED']));
    expect(new Set(rows.map((r) => r.from_name)).size).toBeGreaterThanOrEqual(3);
    // Every accepted referral went onto one of the Québec table's agendas: the two of the last weeks and those of the year before (demo-history.set.ts).
    const accepted = rows.filter((r) => r.status === 'ACCEPTED');
    expect(accepted.length).toBeGreaterThanOrEqual(2);
    expect(accepted.filter((r) => !r.scheduled)).toEqual([]);
    for (const r of rows.filter((x) => x.status === 'DECLINED')) expect(r.response).toBeTruthy();
  });

  it('gives the Québec chair a pending incoming referral from Montréal, told by REFERRAL_RECEIVED, that they can accept into the upcoming meeting', async () => {
    const quebec = await tableId(QUEBEC);
    const table = (
      await gqlOk(
        `query($id: ID!) { table(id: $id) { incomingReferrals { ${REFERRAL} } nextMeeting { id status agenda { title } } } }`,
        { id: quebec },
        QUEBEC_CHAIR,
      )
    ).table;
    const pending = table.incomingReferrals.filter((r: any) => r.status === 'PENDING');
    expect(pending).toHaveLength(1);
    expect(pending[0].fromTable.name).toBe(MONTREAL);
    // The accepted one waits on the upcoming meeting's agenda.
    const upcoming = table.incomingReferrals.find((r: any) => r.status === 'ACCEPTED' && r.scheduledItem?.meeting.status === 'SCHEDULED');
    expect(upcoming.scheduledItem.meeting.id).toBe(table.nextMeeting.id);
    expect(new Date(upcoming.scheduledItem.meeting.startsAt).getTime()).toBeGreaterThan(Date.now());
    expect(table.nextMeeting.agenda.map((i: any) => i.title)).toContain(upcoming.title);
    expect(upcoming.outcomeDecisions).toEqual([]);

    const received = await notifications(QUEBEC_CHAIR, 'REFERRAL_RECEIVED');
    expect(received.map((n: any) => n.subjectId)).toContain(pending[0].id);
    for (const n of received) expect(new Date(n.createdAt).getTime()).toBeLessThanOrEqual(Date.now());

    const decided = await t.gql(
      `mutation($id: ID!, $meetingId: ID) { decideReferral(id: $id, accept: true, meetingId: $meetingId) { status scheduledItem { meeting { id } } } }`,
      { id: pending[0].id, meetingId: table.nextMeeting.id },
      await login(QUEBEC_CHAIR),
    );
    expect(codeOf(decided)).toBeUndefined();
    expect(decided.data.decideReferral).toEqual({ status: 'ACCEPTED', scheduledItem: { meeting: { id: table.nextMeeting.id } } });
  });

  it('shows Montréal the decision the Québec table took on its referral, with REFERRAL_ANSWERED', async () => {
    const montreal = await tableId(MONTREAL);
    const outgoing = (await gqlOk(`query($id: ID!) { table(id: $id) { outgoingReferrals { ${REFERRAL} } } }`, { id: montreal }, DEMO_MONTREAL_CHAIR_EMAIL))
      .table.outgoingReferrals;
    const answered = outgoing.find((r: any) => r.outcomeDecisions.length > 0);
    expect(answered.status).toBe('ACCEPTED');
    expect(answered.scheduledItem.meeting.status).toBe('ADJOURNED');
    expect(answered.outcomeDecisions[0].outcome).toBe('ADOPTED');
    const told = await notifications(DEMO_MONTREAL_CHAIR_EMAIL, 'REFERRAL_ANSWERED');
    expect(told.find((n: any) => n.subjectId === answered.id)?.body).toContain(answered.outcomeDecisions[0].text);
  });

  it('shows the Outaouais table the response of its declined referral, with REFERRAL_ANSWERED', async () => {
    const outaouais = await tableId(OUTAOUAIS);
    const email = 'presidence.outaouais@exemple.test';
    const outgoing = (await gqlOk(`query($id: ID!) { table(id: $id) { outgoingReferrals { ${REFERRAL} } } }`, { id: outaouais }, email)).table
      .outgoingReferrals;
    const declined = outgoing.find((r: any) => r.status === 'DECLINED');
    expect(declined.response).toBeTruthy();
    expect(declined.scheduledItem).toBeNull();
    const told = await notifications(email, 'REFERRAL_ANSWERED');
    expect(told.find((n: any) => n.subjectId === declined.id)?.body).toBe(declined.response);
  });

  it('has an OPEN consultation of the regional tables, with questions of the four kinds, answered by 2 organizations, which membre.police can answer', async () => {
    const mine = (await gqlOk(`{ myConsultations(status: OPEN) { ${CONSULTATION} table { name } } }`, {}, MEMBER_POLICE)).myConsultations;
    expect(mine).toHaveLength(1);
    const open = mine[0];
    expect(open.table.name).toBe(QUEBEC);
    expect(new Set(open.questions.map((q: any) => q.kind))).toEqual(new Set(['TEXT', 'SINGLE_CHOICE', 'MULTIPLE_CHOICE', 'SCALE']));
    const days = (new Date(open.closesAt).getTime() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(8);
    expect(days).toBeLessThan(12);
    expect(open.invitedOrganizations.length).toBeGreaterThan(2);
    expect(open.respondedOrganizations).toHaveLength(2);
    expect(open.viewerResponse).toBeNull();
    expect(open.results).toBeNull();
    // The chair of the running table sees the results as they come.
    const forChair = (await gqlOk(`query($id: ID!) { consultation(id: $id) { ${CONSULTATION} } }`, { id: open.id }, QUEBEC_CHAIR)).consultation;
    expect(forChair.results.responseCount).toBe(2);
    expect(forChair.results.invitedCount).toBe(open.invitedOrganizations.length);
    expect((await notifications(MEMBER_POLICE, 'CONSULTATION_OPENED')).length).toBeGreaterThanOrEqual(2);

    const police = (await t.dataSource.query(`SELECT organization_id FROM app_user WHERE email = $1`, [MEMBER_POLICE]))[0].organization_id;
    const answer = (q: any) =>
      q.kind === 'TEXT'
        ? { questionId: q.id, text: 'Réponse de démonstration.' }
        : q.kind === 'SCALE'
          ? { questionId: q.id, scale: 4 }
          : { questionId: q.id, choices: [q.options[0]] };
    const r = await t.gql(
      `mutation($c: ID!, $o: ID!, $a: [AnswerInput!]!) { submitConsultationResponse(consultationId: $c, organizationId: $o, answers: $a) { id } }`,
      { c: open.id, o: police, a: open.questions.map(answer) },
      await login(MEMBER_POLICE),
    );
    expect(codeOf(r)).toBeUndefined();
    const after = (await gqlOk(`query($id: ID!) { consultation(id: $id) { respondedOrganizations { id } } }`, { id: open.id }, MEMBER_POLICE)).consultation;
    expect(after.respondedOrganizations).toHaveLength(3);
  });

  it('has a CLOSED consultation whose results the invited organizations see', async () => {
    const closed = (await gqlOk(`{ myConsultations(status: CLOSED) { ${CONSULTATION} } }`, {}, MEMBER_POLICE)).myConsultations;
    expect(closed).toHaveLength(1);
    const { results, respondedOrganizations } = closed[0];
    expect(respondedOrganizations.length).toBeGreaterThanOrEqual(5);
    expect(results.responseCount).toBe(respondedOrganizations.length);
    const byKind = (kind: string) => results.questions.find((q: any) => q.question.kind === kind);
    expect(byKind('SINGLE_CHOICE').optionCounts.reduce((n: number, o: any) => n + o.count, 0)).toBe(results.responseCount);
    expect(byKind('MULTIPLE_CHOICE').optionCounts.some((o: any) => o.count > 1)).toBe(true);
    expect(byKind('SCALE').averageScale).toBeGreaterThan(1);
    expect(byKind('TEXT').texts.length).toBeGreaterThanOrEqual(2);
    const [{ closed_at_is_closes_at }] = await t.dataSource.query(`SELECT closed_at = closes_at AS closed_at_is_closes_at FROM consultation WHERE id = $1`, [
      closed[0].id,
    ]);
    expect(closed_at_is_closes_at).toBe(true);
  });

  it('has two protocols of the Québec table with differing versions, adopted unevenly: coverage shows the four statuses', async () => {
    const PROTOCOLS = `{ protocols { id title ownerTable { name } currentVersion { number } versions { number body changeNote }
      adoptions { status table { name } version { number } decision { id text } }
      coverage { adoptedCount outdatedCount regions { status adoptedVersion region { code } } } } }`;
    const protocols = (await gqlOk(PROTOCOLS, {}, DEMO_MONTREAL_CHAIR_EMAIL)).protocols;
    expect(protocols).toHaveLength(2);
    const shown = new Set<string>();
    for (const p of protocols) {
      expect(p.title).toMatch(/\(fictif\)$/);
      expect(p.ownerTable.name).toBe(QUEBEC);
      expect(p.versions.length).toBeGreaterThanOrEqual(2);
      expect(new Set(p.versions.map((v: any) => v.body)).size).toBe(p.versions.length);
      expect(p.coverage.regions).toHaveLength(17);
      expect(p.coverage.outdatedCount).toBeGreaterThanOrEqual(1);
      for (const r of p.coverage.regions) {
        shown.add(r.status === 'ADOPTED' ? (r.adoptedVersion < p.currentVersion.number ? 'OUTDATED' : 'UP_TO_DATE') : r.status);
      }
      expect(p.coverage.regions.filter((r: any) => r.status === 'NOT_STARTED').length).toBeGreaterThan(10);
    }
    expect(shown).toEqual(new Set(['UP_TO_DATE', 'OUTDATED', 'IN_PROGRESS', 'NOT_STARTED']));
    const referencing = protocols.find((p: any) => p.versions.length === 3);
    const statuses = referencing.coverage.regions.map((r: any) => (r.status === 'ADOPTED' ? `${r.status}:${r.adoptedVersion}` : r.status));
    expect(new Set(statuses)).toEqual(new Set(['ADOPTED:3', 'ADOPTED:2', 'IN_PROGRESS', 'NOT_STARTED']));
    // Montréal's adoption names its decision, which its chair may read.
    const montreal = referencing.adoptions.find((a: any) => a.table.name === MONTREAL);
    expect(montreal.decision?.text).toMatch(/protocole/);
  });

  it('dates every audit event and notification in the past, and audits each change', async () => {
    const [{ future }] = await t.dataSource.query(
      `SELECT (SELECT count(*) FROM audit_event WHERE at > now()) + (SELECT count(*) FROM notification WHERE created_at > now()) AS future`,
    );
    expect(Number(future)).toBe(0);
    const actions: Array<{ action: string; n: number }> = await t.dataSource.query(`SELECT action, count(*)::int AS n FROM audit_event GROUP BY action`);
    const count = (action: string) => actions.find((a) => a.action === action)?.n ?? 0;
    for (const action of [
      'referral.created',
      'referral.decided',
      'consultation.created',
      'consultation.opened',
      'consultation.answered',
      'consultation.closed',
      'protocol.created',
      'protocol.published',
      'protocol.adopted',
    ]) {
      expect([action, count(action) > 0]).toEqual([action, true]);
    }
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM notification WHERE kind = 'PROTOCOL_PUBLISHED'`);
    expect(n).toBeGreaterThan(0);
  });
});
