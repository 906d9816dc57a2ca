import { DEFAULT_DELIVERY_CHANNELS, NOTIFICATION_KINDS } from '@concertation/shared-domain';
import { createOrganization, createUser, type FixtureUser } from './support/fixtures';
import { codeOf, startTestApp, type TestApp } from './support/test-app';

const MINE = `{ me { digestHour notificationPreferences { kind channel } } }`;
const UPDATE = `mutation($p: [NotificationPreferenceInput!]!, $h: Int) {
  updateNotificationPreferences(preferences: $p, digestHour: $h) { id digestHour notificationPreferences { kind channel } }
}`;
const PENDING = `{ pendingAffiliations { id digestHour notificationPreferences { kind channel } } }`;

describe('notification preferences', () => {
  let t: TestApp;
  let person: FixtureUser;

  beforeAll(async () => {
    t = await startTestApp();
    person = await createUser(t);
  });
  afterAll(() => t.close());

  it('lists every kind with its default channel, and the digest at 7', async () => {
    const me = (await t.gql(MINE, {}, person.token)).data.me;
    expect(me.digestHour).toBe(7);
    expect(me.notificationPreferences).toEqual(NOTIFICATION_KINDS.map((kind) => ({ kind, channel: DEFAULT_DELIVERY_CHANNELS[kind] })));
    expect(me.notificationPreferences.find((p: { kind: string }) => p.kind === 'MEETING_SCHEDULED').channel).toBe('EMAIL');
    expect(me.notificationPreferences.find((p: { kind: string }) => p.kind === 'PROTOCOL_PUBLISHED').channel).toBe('DIGEST');
  });

  it('changes the kinds named and the hour, keeps the rest, and records it in the audit log', async () => {
    const r = await t.gql(
      UPDATE,
      {
        p: [
          { kind: 'MEETING_SCHEDULED', channel: 'DIGEST' },
          { kind: 'PROTOCOL_PUBLISHED', channel: 'IN_APP' },
        ],
        h: 18,
      },
      person.token,
    );
    expect(r.errors).toBeUndefined();
    const channels = Object.fromEntries(
      r.data.updateNotificationPreferences.notificationPreferences.map((p: { kind: string; channel: string }) => [p.kind, p.channel]),
    );
    expect(channels).toMatchObject({ MEETING_SCHEDULED: 'DIGEST', PROTOCOL_PUBLISHED: 'IN_APP', MEETING_CANCELLED: 'EMAIL', ACTION_ITEM_DUE: 'DIGEST' });
    expect(r.data.updateNotificationPreferences.digestHour).toBe(18);
    // Naming a kind again changes it again; leaving the hour out keeps it.
    const again = await t.gql(UPDATE, { p: [{ kind: 'MEETING_SCHEDULED', channel: 'EMAIL' }] }, person.token);
    expect(again.data.updateNotificationPreferences.digestHour).toBe(18);
    expect((await t.gql(MINE, {}, person.token)).data.me.notificationPreferences.find((p: { kind: string }) => p.kind === 'MEETING_SCHEDULED').channel).toBe(
      'EMAIL',
    );
    const audit = await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'preferences.updated' AND actor_id = $1`, [person.id]);
    expect(audit[0].n).toBe(2);
  });

  it('refuses an hour outside 0–23 and a kind named twice, changing nothing', async () => {
    for (const h of [24, -1]) {
      const r = await t.gql(UPDATE, { p: [{ kind: 'MEETING_CHANGED', channel: 'IN_APP' }], h }, person.token);
      expect(codeOf(r)).toBe('BAD_USER_INPUT');
    }
    const twice = await t.gql(
      UPDATE,
      {
        p: [
          { kind: 'MEETING_CHANGED', channel: 'IN_APP' },
          { kind: 'MEETING_CHANGED', channel: 'DIGEST' },
        ],
      },
      person.token,
    );
    expect(codeOf(twice)).toBe('BAD_USER_INPUT');
    const me = (await t.gql(MINE, {}, person.token)).data.me;
    expect(me.notificationPreferences.find((p: { kind: string }) => p.kind === 'MEETING_CHANGED').channel).toBe('EMAIL');
    expect(me.digestHour).toBe(18);
    expect((await t.gql(UPDATE, { p: [{ kind: 'NOT_A_KIND', channel: 'EMAIL' }] }, person.token)).status).toBe(400);
  });

  it('shows nobody else’s preferences, not even to a coordinator', async () => {
    const organizationId = await createOrganization(t);
    const waiting = await createUser(t, { pendingOrganizationId: organizationId });
    const coordinator = await createUser(t, { coordinator: true });
    const listed = (await t.gql(PENDING, {}, coordinator.token)).data.pendingAffiliations.find((u: { id: string }) => u.id === waiting.id);
    expect(listed).toEqual({ id: waiting.id, digestHour: null, notificationPreferences: [] });
  });

  it('needs a signed-in person', async () => {
    expect(codeOf(await t.gql(UPDATE, { p: [] }))).toBe('UNAUTHENTICATED');
  });
});
