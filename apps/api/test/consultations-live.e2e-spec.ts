import { Topics } from '../src/core/pubsub/topics';
import { ConsultationClosings } from '../src/modules/consultations/consultation-closings';
import { CLOSE, OPEN, SUBMIT, answersFor, createConsultation, network, type Network } from './support/consultation-fixtures';
import { liveSockets, type LiveSubscription, quietFor, waitForListener } from './support/live';
import { startTestApp, type TestApp } from './support/test-app';

const PROGRESS = `subscription ($id: ID!) { consultationProgress(consultationId: $id) {
  invitedCount responseCount consultation { id status respondedOrganizations { id } results { responseCount } } } }`;
const UNKNOWN = '6f1c1d2e-3b4a-4c5d-8e9f-0a1b2c3d4e5f';

describe('consultationProgress over graphql-ws', () => {
  let t: TestApp;
  let n: Network;
  const sockets = liveSockets();
  beforeAll(async () => {
    t = await startTestApp();
    n = await network(t);
  });
  afterAll(() => t.close());

  const follow = (token: string, id: string): Promise<LiveSubscription> => sockets.follow(t, token, PROGRESS, { id });

  it('refuses at subscribe time: NOT_FOUND, FORBIDDEN (a DRAFT for the audience, anything for others)', async () => {
    const draft = await createConsultation(t, n);
    const cases: Array<[string, string, string]> = [
      [n.pChair.token, UNKNOWN, 'NOT_FOUND'],
      [n.pChair.token, 'nope', 'NOT_FOUND'],
      [n.aMember.token, draft.id, 'FORBIDDEN'],
      [n.coordinator.token, draft.id, 'FORBIDDEN'],
      [n.cMember.token, draft.id, 'FORBIDDEN'],
    ];
    for (const [token, id, code] of cases) {
      const sub = await follow(token, id);
      const first = await sub.next();
      expect(first.errors?.[0]?.extensions?.code).toBe(code);
      expect((await sub.ended()).how).toBe('complete');
    }
  });

  it('delivers opening, answers and closing to each subscriber with their own rights', async () => {
    const c = await createConsultation(t, n);
    const chair = await follow(n.pChair.token, c.id);
    const observer = await follow(n.pObserver.token, c.id);
    await waitForListener(t.app, Topics.consultation(c.id), 2);

    expect((await t.gql(OPEN, { id: c.id }, n.pChair.token)).errors).toBeUndefined();
    const opened = (await chair.next()).data!.consultationProgress;
    expect(opened).toMatchObject({ invitedCount: 2, responseCount: 0, consultation: { id: c.id, status: 'OPEN', results: { responseCount: 0 } } });
    expect((await observer.next()).data!.consultationProgress).toMatchObject({ invitedCount: 2, responseCount: 0, consultation: { results: null } });

    // Now that it is open, the audience follows too.
    const regional = await follow(n.aMember.token, c.id);
    await waitForListener(t.app, Topics.consultation(c.id), 3);
    expect((await t.gql(SUBMIT, { c: c.id, o: n.orgB, a: answersFor(c) }, n.bMember.token)).errors).toBeUndefined();
    for (const sub of [chair, observer, regional]) {
      const event = (await sub.next()).data!.consultationProgress;
      expect(event.responseCount).toBe(1);
      expect(event.consultation.respondedOrganizations).toEqual([{ id: n.orgB }]);
      // Results only for the running table's officers while OPEN.
      expect(event.consultation.results === null).toBe(sub !== chair);
    }

    await t.gql(CLOSE, { id: c.id }, n.pSecretary.token);
    const closedForRegional = (await regional.next()).data!.consultationProgress;
    expect(closedForRegional.consultation.status).toBe('CLOSED');
    // orgA is invited: its people read the results once CLOSED.
    expect(closedForRegional.consultation.results).toEqual({ responseCount: 1 });
    // The provincial table is not in this audience: its observer's organization is not invited.
    expect((await observer.next()).data!.consultationProgress.consultation.results).toBeNull();
    expect((await chair.next()).data!.consultationProgress.consultation.status).toBe('CLOSED');
  });

  it('tells subscribers when it closes by itself, and ends the stream of someone who lost the right to read it', async () => {
    const c = await createConsultation(t, n);
    await t.gql(OPEN, { id: c.id }, n.pChair.token);
    const member = await follow(n.pObserver.token, c.id);
    const regional = await follow(n.bMember.token, c.id);
    const chair = await follow(n.pChair.token, c.id);
    await waitForListener(t.app, Topics.consultation(c.id), 3);

    // The observer reads it through their seat at the running table only (their organization is not invited):
    // once removed from that table, the next event ends their stream.
    await t.dataSource.query(`DELETE FROM table_participant WHERE user_id = $1 AND table_id = $2`, [n.pObserver.id, n.provincialId]);
    await t.dataSource.query(`UPDATE consultation SET closes_at = now() - interval '1 second' WHERE id = $1`, [c.id]);
    expect((await t.app.get(ConsultationClosings).run()).closed).toBe(1);
    expect((await chair.next()).data!.consultationProgress.consultation.status).toBe('CLOSED');
    expect((await regional.next()).data!.consultationProgress.consultation.status).toBe('CLOSED');
    expect((await member.ended()).how).toBe('complete');
    expect(member.received).toEqual([]);
    await quietFor(50);
  });
});
