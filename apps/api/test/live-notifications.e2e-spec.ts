import { storedNotifications } from './support/inspect';
import { Topics } from '../src/core/pubsub/topics';
import { createOrganization, createUser, tableWithCast } from './support/fixtures';
import { liveSockets, type LiveSubscription, quietFor, waitForListener } from './support/live';
import { startTestApp, type TestApp } from './support/test-app';

const RECEIVED = `subscription { notificationReceived { id kind title body createdAt readAt table { id name } } }`;
const REQUEST = `mutation ($tableId: ID!, $organizationId: ID!) { requestMembership(tableId: $tableId, organizationId: $organizationId) { id } }`;

describe('notificationReceived over graphql-ws', () => {
  let t: TestApp;
  const sockets = liveSockets();

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  async function listen(user: { id: string; token: string }): Promise<LiveSubscription> {
    const sub = await sockets.follow(t, user.token, RECEIVED);
    await waitForListener(t.app, Topics.notifications(user.id));
    return sub;
  }

  async function applicantOf(tableId: string) {
    const organizationId = await createOrganization(t);
    return { organizationId, user: await createUser(t, { organizationId }), tableId };
  }

  it('delivers a notification made by someone else’s mutation to its recipients only, as it is stored', async () => {
    const cast = await tableWithCast(t);
    const applicant = await applicantOf(cast.tableId);
    const [chair, secretary, member, requester, coordinator] = [
      await listen(cast.chair),
      await listen(cast.secretary),
      await listen(cast.member),
      await listen(applicant.user),
      await listen(cast.coordinator),
    ];

    const result = await t.gql(REQUEST, { tableId: cast.tableId, organizationId: applicant.organizationId }, applicant.user.token);
    expect(result.errors).toBeUndefined();

    for (const [officer, id] of [
      [chair, cast.chair.id],
      [secretary, cast.secretary.id],
    ] as const) {
      const event = await officer.next();
      expect(event.errors).toBeUndefined();
      const live = event.data.notificationReceived;
      expect(live).toMatchObject({ kind: 'MEMBERSHIP_REQUESTED', readAt: null, table: { id: cast.tableId } });
      const stored = await storedNotifications<{ id: string; created_at: string }>(t, `n.user_id = $1`, [id], ['id', 'created_at']);
      expect(stored).toHaveLength(1);
      expect(live).toMatchObject({ id: stored[0].id, title: stored[0].title, body: stored[0].body });
      expect(new Date(live.createdAt).getTime()).toBe(new Date(stored[0].created_at).getTime());
    }
    await quietFor(300);
    expect(member.received).toHaveLength(0);
    expect(requester.received).toHaveLength(0);
    expect(coordinator.received).toHaveLength(0);
    expect(chair.received).toHaveLength(1);
  });

  it('resolves each notification’s fields when it arrives, not from what an earlier one loaded', async () => {
    const cast = await tableWithCast(t);
    const chair = await listen(cast.chair);
    const first = await applicantOf(cast.tableId);
    await t.gql(REQUEST, { tableId: cast.tableId, organizationId: first.organizationId }, first.user.token);
    const before = (await chair.next()).data.notificationReceived;

    await t.dataSource.query(`UPDATE round_table SET name = 'Table fictive renommée' WHERE id = $1`, [cast.tableId]);
    const second = await applicantOf(cast.tableId);
    await t.gql(REQUEST, { tableId: cast.tableId, organizationId: second.organizationId }, second.user.token);
    const after = (await chair.next()).data.notificationReceived;
    expect(after.id).not.toBe(before.id);
    expect(before.table.name).not.toBe('Table fictive renommée');
    expect(after.table.name).toBe('Table fictive renommée');
  });

  it('tells each subscriber in their own language, and in the new one once they switch', async () => {
    const cast = await tableWithCast(t);
    await t.dataSource.query(`UPDATE app_user SET locale = 'EN' WHERE id = $1`, [cast.chair.id]);
    const [chair, secretary] = [await listen(cast.chair), await listen(cast.secretary)];
    const first = await applicantOf(cast.tableId);
    await t.gql(REQUEST, { tableId: cast.tableId, organizationId: first.organizationId }, first.user.token);
    const english = (await chair.next()).data.notificationReceived;
    const french = (await secretary.next()).data.notificationReceived;
    expect(english.title).toMatch(/^Membership request from /);
    expect(english.body).toMatch(/ asks to join “.+”\.$/);
    expect(french.title).toMatch(/^Demande d’adhésion de /);
    expect(french.body).toMatch(/ demande à se joindre à «\u00a0.+\u00a0»\.$/);

    await t.dataSource.query(`UPDATE app_user SET locale = 'FR' WHERE id = $1`, [cast.chair.id]);
    const second = await applicantOf(cast.tableId);
    await t.gql(REQUEST, { tableId: cast.tableId, organizationId: second.organizationId }, second.user.token);
    expect((await chair.next()).data.notificationReceived.title).toMatch(/^Demande d’adhésion de /);
  });

  it('sends nothing for a refused mutation', async () => {
    const cast = await tableWithCast(t);
    const chair = await listen(cast.chair);
    // Already an ACTIVE member: CONFLICT, nothing written, nothing published.
    const refused = await t.gql(REQUEST, { tableId: cast.tableId, organizationId: cast.organizationId }, cast.colleague.token);
    expect(refused.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    await quietFor(300);
    expect(chair.received).toHaveLength(0);
  });
});
