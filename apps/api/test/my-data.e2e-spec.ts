import { signIn } from './support/fixtures';
import { activePerson, type ActivePerson } from './support/privacy-fixtures';
import { startTestApp, type TestApp } from './support/test-app';

const NAME = 'Odile Exportatrice';
const EMAIL = 'odile.exportatrice@exemple.test';
/** More than two pages of the export's 500 rows. */
const EXTRA_NOTIFICATIONS = 1234;

interface Download {
  status: number;
  headers: Headers;
  text: string;
}

describe('GET /me/data.json: everything the platform holds about the viewer', () => {
  let t: TestApp;
  let p: ActivePerson;
  let download: Download;
  let data: any;

  const get = async (token?: string, authorization?: string): Promise<Download> => {
    const res = await fetch(`${t.url}/me/data.json`, {
      headers: authorization ? { authorization } : token ? { authorization: `Bearer ${token}` } : {},
    });
    return { status: res.status, headers: res.headers, text: await res.text() };
  };

  beforeAll(async () => {
    t = await startTestApp();
    p = await activePerson(t, NAME, EMAIL);
    // Years of notices: more than fit in one page of the export.
    await t.dataSource.query(
      `INSERT INTO notification (user_id, kind, params, created_at)
       SELECT $1, 'MINUTES_CIRCULATED', jsonb_build_object('meetingTitle', 'Rencontre fictive ' || g), now() - make_interval(mins => g)
         FROM generate_series(1, ${EXTRA_NOTIFICATIONS}) AS g`,
      [p.person.id],
    );
    download = await get(p.person.token);
    data = JSON.parse(download.text);
  });
  afterAll(() => t.close());

  it('answers 401 without a token or with a bad one, and writes nothing to the audit', async () => {
    const exports = async () => (await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'data.exported'`))[0].n;
    const before = await exports();
    for (const answer of [await get(), await get(undefined, 'Bearer pas-un-jeton')]) {
      expect(answer.status).toBe(401);
      expect(answer.headers.get('www-authenticate')).toBe('Bearer');
      expect(answer.text).not.toContain(EMAIL);
    }
    expect(await exports()).toBe(before);
  });

  it('is a JSON attachment nobody caches, streamed rather than built whole', () => {
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(download.headers.get('content-disposition')).toMatch(/^attachment; filename="mes-donnees-concertation-\d{4}-\d{2}-\d{2}\.json"$/);
    expect(download.headers.get('cache-control')).toBe('no-store');
    expect(download.headers.get('content-length')).toBeNull();
    expect(download.headers.get('transfer-encoding')).toBe('chunked');
    expect(data.format).toEqual({ name: 'concertation.my-data', version: 1 });
  });

  it('holds the profile and the affiliation, without the password hash or the calendar secret', async () => {
    const [row] = await t.dataSource.query(`SELECT password_hash, calendar_secret FROM app_user WHERE id = $1`, [p.person.id]);
    expect(data.profile).toMatchObject({
      id: p.person.id,
      email: EMAIL,
      displayName: NAME,
      platformRole: 'MEMBER',
      locale: 'FR',
      timeZone: 'America/Toronto',
      calendarFeedActive: true,
    });
    expect(data.affiliation).toEqual({ organization: { id: p.cast.organizationId, name: 'Service de police fictif' }, pendingOrganization: null });
    expect(row.calendar_secret).toBeTruthy();
    expect(download.text).not.toContain(row.password_hash);
    expect(download.text).not.toContain(row.calendar_secret);
    expect(download.text).not.toMatch(/\$argon2/);
  });

  it('holds participations, membership requests, RSVPs, attendance, substitutions, ballots and requests to speak', () => {
    expect(data.participations).toEqual([expect.objectContaining({ tableId: p.cast.tableId, organizationId: p.cast.organizationId, role: 'SECRETARY' })]);
    expect(data.membershipRequests).toEqual([
      expect.objectContaining({ id: p.membershipId, tableId: p.otherTableId, status: 'PENDING', message: `Demande portée par ${NAME}.` }),
    ]);
    expect(data.rsvps).toEqual([expect.objectContaining({ meetingId: p.scheduledMeetingId, response: 'ATTENDING' })]);
    expect(data.attendance).toEqual([expect.objectContaining({ meetingId: p.meetingId, organizationId: p.cast.organizationId, status: 'PRESENT' })]);
    expect(data.substitutions).toEqual([
      expect.objectContaining({ id: p.substitutionId, meetingId: p.scheduledMeetingId, youSentIt: true, youWereTheSubstitute: false, endedAt: null }),
    ]);
    expect(data.ballots).toEqual([expect.objectContaining({ voteId: p.voteId, organizationId: p.cast.organizationId, choice: 'ABSTAIN', byProxy: false })]);
    expect(data.speakerRequests).toEqual([
      expect.objectContaining({ id: p.speakerRequestId, meetingId: p.meetingId, agendaItemId: p.itemId, status: 'WAITING' }),
    ]);
  });

  it('holds the action items assigned to the viewer and the updates they posted', () => {
    expect(data.actionItemsAssigned).toEqual([
      expect.objectContaining({ id: p.actionItemId, tableId: p.cast.tableId, title: 'Action fictive du budget', status: 'IN_PROGRESS' }),
    ]);
    expect(data.actionItemUpdates).toEqual([
      expect.objectContaining({ id: p.updateId, actionItemId: p.actionItemId, body: `Relance faite par ${NAME}.`, status: 'IN_PROGRESS' }),
    ]);
  });

  it('holds every notification, read a page at a time, oldest first, in the viewer’s language', () => {
    const notifications: Array<{ id: string; kind: string; title: string; createdAt: string }> = data.notifications;
    // The extra notices, and those the person's own activity brought (the action item assigned to them).
    expect(notifications.length).toBeGreaterThan(EXTRA_NOTIFICATIONS);
    expect(new Set(notifications.map((n) => n.id)).size).toBe(notifications.length);
    const times = notifications.map((n) => Date.parse(n.createdAt));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(notifications.filter((n) => n.kind === 'MINUTES_CIRCULATED')).toHaveLength(EXTRA_NOTIFICATIONS);
    expect(notifications.find((n) => n.kind === 'MINUTES_CIRCULATED')?.title).toMatch(/^Procès-verbal diffusé/);
    expect(notifications.find((n) => n.kind === 'ACTION_ITEM_ASSIGNED')).toEqual(expect.objectContaining({ subjectId: p.actionItemId }));
    expect(download.text).not.toContain('"_params"');
  });

  it('holds the preferences, every session and the audit events the viewer caused', async () => {
    expect(data.preferences).toMatchObject({ locale: 'FR', timeZone: 'America/Toronto', digestHour: 18 });
    expect(data.preferences.notificationChannels).toContainEqual({ kind: 'MEETING_SCHEDULED', channel: 'IN_APP' });
    expect(data.preferences.notificationChannels).toContainEqual({ kind: 'ACTION_ITEM_ASSIGNED', channel: 'EMAIL' });
    const sessions: string[] = (await t.dataSource.query(`SELECT id FROM auth_session WHERE user_id = $1`, [p.person.id])).map((r: { id: string }) => r.id);
    expect(data.sessions.map((s: { id: string }) => s.id).sort()).toEqual(sessions.sort());
    const [session] = await t.dataSource.query(`SELECT user_agent FROM auth_session WHERE id = $1`, [data.sessions[0].id]);
    expect(data.sessions[0]).toEqual({
      id: expect.any(String),
      createdAt: expect.any(String),
      expiresAt: expect.any(String),
      revokedAt: null,
      lastSeenAt: expect.any(String),
      userAgent: session.user_agent,
    });
    const actions = new Set(data.auditEvents.map((a: { action: string }) => a.action));
    for (const action of [
      'user.registered',
      'affiliation.requested',
      'membership.requested',
      'rsvp.recorded',
      'ballot.cast',
      'actionItem.progressed',
      'minutes.edited',
      'decision.recorded',
      'substitution.sent',
      'preferences.updated',
      'calendarFeed.rotated',
      'session.opened',
      'data.exported',
    ]) {
      expect(actions).toContain(action);
    }
    // Theirs, all of them (the export's own event included), and no one else's.
    const caused: Array<{ id: string }> = await t.dataSource.query(`SELECT id FROM audit_event WHERE actor_id = $1 AND at <= $2`, [
      p.person.id,
      new Date(data.exportedAt),
    ]);
    expect(data.auditEvents.map((a: { id: string }) => a.id).sort()).toEqual(caused.map((a) => a.id).sort());
  });

  it('audits data.exported, once per download', async () => {
    const before = await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'data.exported' AND actor_id = $1`, [p.person.id]);
    expect((await get(p.secondToken)).status).toBe(200);
    const after = await t.dataSource.query(
      `SELECT count(*)::int AS n, min(entity_id::text) AS entity FROM audit_event WHERE action = 'data.exported' AND actor_id = $1`,
      [p.person.id],
    );
    expect(after[0].n).toBe(before[0].n + 1);
    expect(after[0].entity).toBe(p.person.id);
  });

  it('holds nothing of other people’s private data', async () => {
    const others: Array<{ email: string; password_hash: string }> = await t.dataSource.query(`SELECT email, password_hash FROM app_user WHERE id <> $1`, [
      p.person.id,
    ]);
    expect(others.length).toBeGreaterThan(5);
    for (const other of others) {
      expect(download.text).not.toContain(other.email);
      expect(download.text).not.toContain(other.password_hash);
    }
    // Another person's export holds none of this person's own words or choices.
    const colleagueExport = await get(p.cast.chair.token);
    expect(colleagueExport.status).toBe(200);
    expect(colleagueExport.text).not.toContain(EMAIL);
    expect(colleagueExport.text).not.toContain('Relance faite par');
    expect(JSON.parse(colleagueExport.text).ballots).toEqual([]);
  });

  it('is a fresh file for a person who did nothing yet', async () => {
    const quiet = await t.dataSource.query(
      `INSERT INTO app_user (email, password_hash, display_name, locale, time_zone) VALUES ('calme@exemple.test', 'x', 'Personne calme', 'EN', 'America/Toronto') RETURNING id`,
    );
    const answer = await get(await signIn(t, quiet[0].id));
    expect(answer.headers.get('content-disposition')).toMatch(/filename="my-concertation-data-/);
    const quietData = JSON.parse(answer.text);
    expect(quietData.participations).toEqual([]);
    expect(quietData.notifications).toEqual([]);
    expect(quietData.affiliation).toEqual({ organization: null, pendingOrganization: null });
    expect(quietData.sessions).toHaveLength(1);
  });
});
