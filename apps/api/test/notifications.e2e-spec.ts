import { legacyNotificationParams, NotificationParams1764700000100 } from '../src/core/database/migrations/1764700000100-notification-params';
import { createTable, createUser } from './support/fixtures';
import { codeOf, startTestApp, type GqlResult, type TestApp } from './support/test-app';

interface Page {
  totalCount: number;
  unreadCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: Array<{ cursor: string; node: { id: string } }>;
}

const LIST = `query ($unreadOnly: Boolean, $first: Int, $after: String) {
  notifications(unreadOnly: $unreadOnly, first: $first, after: $after) {
    totalCount unreadCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { id kind title body readAt createdAt table { id name } } }
  }
}`;
const MARK = `mutation ($ids: [ID!]) { markNotificationsRead(ids: $ids) }`;

/** Inserts notifications one second apart (the last one newest), plus `sameInstant` sharing one instant. */
async function seedNotifications(t: TestApp, userId: string, count: number, tableId: string | null = null): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const rows = await t.dataSource.query(
      `INSERT INTO notification (user_id, kind, params, table_id, created_at)
       VALUES ($1, 'MEETING_SCHEDULED', jsonb_build_object('legacy', jsonb_build_object('title', $2::text, 'body', 'Corps fictif')), $3, now() - make_interval(secs => $4))
       RETURNING id`,
      [userId, `Avis fictif ${i}`, tableId, count - i],
    );
    ids.push(rows[0].id);
  }
  return ids;
}

describe('notifications over HTTP', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('lists only the viewer’s own, newest first, page by page, with counts', async () => {
    const user = await createUser(t);
    const other = await createUser(t);
    const ids = await seedNotifications(t, user.id, 25);
    const othersIds = await seedNotifications(t, other.id, 3);
    await t.dataSource.query(`UPDATE notification SET read_at = now() WHERE id = ANY($1::uuid[])`, [ids.slice(0, 5)]);

    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const result: GqlResult<{ notifications: Page }> = await t.gql(LIST, { first: 10, after }, user.token);
      expect(result.errors).toBeUndefined();
      const page: Page = result.data.notifications;
      expect(page.totalCount).toBe(25);
      expect(page.unreadCount).toBe(20);
      seen.push(...page.edges.map((e: { node: { id: string } }) => e.node.id));
      pages++;
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(pages).toBe(3);
    expect(seen).toEqual([...ids].reverse());
    expect(seen.some((id) => othersIds.includes(id))).toBe(false);
  });

  it('keeps pages stable when several notifications share one instant', async () => {
    const user = await createUser(t);
    const rows = await t.dataSource.query(
      `INSERT INTO notification (user_id, kind, params, created_at)
       SELECT $1, 'AGENDA_PUBLISHED', jsonb_build_object('legacy', jsonb_build_object('title', 'Même instant ' || g)), '2026-01-15T14:00:00.123456Z'
         FROM generate_series(1, 7) g RETURNING id`,
      [user.id],
    );
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 10; i++) {
      const page: Page = (await t.gql(LIST, { first: 2, after }, user.token)).data.notifications;
      seen.push(...page.edges.map((e: { node: { id: string } }) => e.node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(7);
    expect(new Set(seen)).toEqual(new Set(rows.map((r: { id: string }) => r.id)));
  });

  it('filters unread ones with unreadOnly', async () => {
    const user = await createUser(t);
    const ids = await seedNotifications(t, user.id, 4);
    await t.dataSource.query(`UPDATE notification SET read_at = now() WHERE id = $1`, [ids[3]]);
    const page = (await t.gql(LIST, { unreadOnly: true }, user.token)).data.notifications;
    expect(page.totalCount).toBe(3);
    expect(page.unreadCount).toBe(3);
    expect(page.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([ids[2], ids[1], ids[0]]);
    expect(page.edges.every((e: { node: { readAt: string | null } }) => e.node.readAt === null)).toBe(true);
  });

  it('resolves the table a notification is about', async () => {
    const user = await createUser(t);
    const tableId = await createTable(t, { name: 'Table fictive des Laurentides' });
    const [older] = await seedNotifications(t, user.id, 1, tableId);
    await t.dataSource.query(`UPDATE notification SET created_at = created_at - interval '1 hour' WHERE id = $1`, [older]);
    await seedNotifications(t, user.id, 1, null);
    const edges = (await t.gql(LIST, {}, user.token)).data.notifications.edges;
    expect(edges.map((e: { node: { table: unknown } }) => e.node.table)).toEqual([null, { id: tableId, name: 'Table fictive des Laurentides' }]);
  });

  it('refuses a page size out of 1..100 and a cursor it did not give out', async () => {
    const user = await createUser(t);
    for (const variables of [{ first: 0 }, { first: 101 }, { after: 'bm90LWEtY3Vyc29y' }, { after: Buffer.from('["x","y"]').toString('base64url') }]) {
      const result = await t.gql(LIST, variables, user.token);
      expect(codeOf(result)).toBe('BAD_USER_INPUT');
    }
  });

  describe('markNotificationsRead', () => {
    it('marks the named ones read, returns how many changed, and audits it', async () => {
      const user = await createUser(t);
      const ids = await seedNotifications(t, user.id, 4);
      expect((await t.gql(MARK, { ids: ids.slice(0, 2) }, user.token)).data.markNotificationsRead).toBe(2);
      // Already read: nothing changes.
      expect((await t.gql(MARK, { ids: ids.slice(0, 1) }, user.token)).data.markNotificationsRead).toBe(0);
      expect((await t.gql(MARK, { ids: [] }, user.token)).data.markNotificationsRead).toBe(0);
      expect((await t.gql(LIST, {}, user.token)).data.notifications.unreadCount).toBe(2);
      const audit = await t.dataSource.query(`SELECT action, entity_id, actor_id FROM audit_event WHERE entity_id = $1`, [user.id]);
      expect(audit).toEqual([{ action: 'notification.read', entity_id: user.id, actor_id: user.id }]);
    });

    it('marks all of the viewer’s unread ones when ids is absent, and nobody else’s', async () => {
      const user = await createUser(t);
      const other = await createUser(t);
      await seedNotifications(t, user.id, 3);
      await seedNotifications(t, other.id, 2);
      expect((await t.gql(MARK, {}, user.token)).data.markNotificationsRead).toBe(3);
      expect((await t.gql(LIST, {}, user.token)).data.notifications.unreadCount).toBe(0);
      expect((await t.gql(LIST, {}, other.token)).data.notifications.unreadCount).toBe(2);
    });

    it('refuses someone else’s notification (FORBIDDEN) and unknown or malformed ids (NOT_FOUND), changing nothing', async () => {
      const user = await createUser(t);
      const other = await createUser(t);
      const mine = await seedNotifications(t, user.id, 1);
      const theirs = await seedNotifications(t, other.id, 1);
      expect(codeOf(await t.gql(MARK, { ids: [mine[0], theirs[0]] }, user.token))).toBe('FORBIDDEN');
      expect(codeOf(await t.gql(MARK, { ids: ['00000000-0000-4000-8000-000000000000'] }, user.token))).toBe('NOT_FOUND');
      expect(codeOf(await t.gql(MARK, { ids: ['not-a-uuid'] }, user.token))).toBe('NOT_FOUND');
      const unread = await t.dataSource.query(`SELECT count(*)::int AS n FROM notification WHERE id = ANY($1::uuid[]) AND read_at IS NULL`, [
        [mine[0], theirs[0]],
      ]);
      expect(Number(unread[0].n)).toBe(2);
    });
  });

  describe('in the reader’s language', () => {
    const PROFILE = `mutation ($input: UpdateProfileInput!) { updateProfile(input: $input) { locale } }`;
    const MEETING = {
      meetingTitle: 'Réunion fictive de concertation',
      tableName: 'Table fictive de la Mauricie',
      startsAt: '2030-01-08T14:00:00.000Z',
      location: 'Salle fictive',
      onlineUrl: null,
      seriesCount: 3,
    };
    const IANA = /\b(?:America|Europe|Asia|Africa|Pacific|Atlantic|Australia|Etc)\/[A-Za-z_]+/;

    async function texts(token: string): Promise<Array<{ title: string; body: string | null }>> {
      const result = await t.gql(LIST, {}, token);
      expect(result.errors).toBeUndefined();
      return result.data.notifications.edges.map((e: { node: { title: string; body: string | null } }) => ({ title: e.node.title, body: e.node.body }));
    }

    async function meetingNotice(userId: string): Promise<void> {
      await t.dataSource.query(`INSERT INTO notification (user_id, kind, params) VALUES ($1, 'MEETING_SCHEDULED', $2)`, [userId, JSON.stringify(MEETING)]);
    }

    it('reads a stored notification in English for an English reader, in French for a French one, in their zone by its name', async () => {
      const english = await createUser(t, { locale: 'EN' });
      const french = await createUser(t, { locale: 'FR' });
      await t.dataSource.query(`UPDATE app_user SET time_zone = 'America/Halifax' WHERE id = $1`, [english.id]);
      await meetingNotice(english.id);
      await meetingNotice(french.id);

      const [en] = await texts(english.token);
      expect(en.title).toBe('New meeting: Réunion fictive de concertation');
      expect(en.body).toContain('Table: Table fictive de la Mauricie');
      // 14:00 UTC is 10:00 in Halifax in January, told as Atlantic time.
      expect(en.body).toMatch(/10:00.*\(Atlantic Standard Time\)/);
      expect(en.body).toContain('A series of 3 meetings; this is the first.');
      expect(`${en.title}\n${en.body}`).not.toMatch(/[ \u00a0\u202f][:;?!]/);

      const [fr] = await texts(french.token);
      expect(fr.title).toBe('Nouvelle rencontre\u202f: Réunion fictive de concertation');
      expect(fr.body).toMatch(/09 h 00 \(heure normale de l’Est\)/);
      expect(fr.body).toContain('Série de 3 rencontres\u202f; celle-ci est la première.');
      for (const text of [en, fr]) expect(`${text.title}\n${text.body}`).not.toMatch(IANA);
    });

    it('reads the same stored notification in the new language after the reader switches', async () => {
      const user = await createUser(t, { locale: 'FR' });
      await meetingNotice(user.id);
      expect((await texts(user.token))[0].title).toMatch(/^Nouvelle rencontre/);
      expect((await t.gql(PROFILE, { input: { locale: 'EN' } }, user.token)).data.updateProfile.locale).toBe('EN');
      expect((await texts(user.token))[0].title).toBe('New meeting: Réunion fictive de concertation');
    });

    it('writes notifications of mutations as kind and parameters, rendered for each reader', async () => {
      const chair = await createUser(t, { locale: 'EN' });
      const tableId = await createTable(t, { name: 'Table fictive bilingue' });
      await t.dataSource.query(`INSERT INTO notification (user_id, kind, params, table_id) VALUES ($1, 'MEMBERSHIP_DECIDED', $2, $3)`, [
        chair.id,
        JSON.stringify({ accepted: true, tableName: 'Table fictive bilingue', message: null }),
        tableId,
      ]);
      expect(await texts(chair.token)).toEqual([{ title: 'Membership accepted: Table fictive bilingue', body: null }]);
    });

    it('migrates old rows: parameters where the wording gives them back, the old text kept in every row, the text columns gone', async () => {
      const runner = t.dataSource.createQueryRunner();
      await runner.connect();
      try {
        await runner.query(`CREATE SCHEMA notification_migration_test`);
        await runner.query(`SET search_path TO notification_migration_test`);
        await runner.query(`CREATE TABLE notification (id uuid PRIMARY KEY, kind varchar NOT NULL, title varchar NOT NULL, body text)`);
        await runner.query(
          `INSERT INTO notification (id, kind, title, body) VALUES
             ('00000000-0000-4000-8000-000000000001', 'MINUTES_CIRCULATED', 'Procès-verbal diffusé : Réunion fictive', 'Le procès-verbal de la réunion est diffusé.'),
             ('00000000-0000-4000-8000-000000000002', 'MEMBERSHIP_REQUESTED', 'Texte d’une autre forme', NULL)`,
        );
        await new NotificationParams1764700000100().up(runner);
        const rows = await runner.query(`SELECT id, params FROM notification ORDER BY id`);
        expect(rows.map((r: { params: unknown }) => r.params)).toEqual([
          {
            meetingTitle: 'Réunion fictive',
            legacy: { title: 'Procès-verbal diffusé : Réunion fictive', body: 'Le procès-verbal de la réunion est diffusé.' },
          },
          { legacy: { title: 'Texte d’une autre forme', body: null } },
        ]);
        const columns = await runner.query(
          `SELECT column_name FROM information_schema.columns WHERE table_schema = 'notification_migration_test' AND table_name = 'notification' ORDER BY column_name`,
        );
        expect(columns.map((c: { column_name: string }) => c.column_name)).toEqual(['id', 'kind', 'params']);
      } finally {
        await runner.query(`SET search_path TO DEFAULT`);
        await runner.query(`DROP SCHEMA IF EXISTS notification_migration_test CASCADE`);
        await runner.release();
      }
    });

    it('keeps what a migrated notification said, and reads it in English where its wording gave its parameters back', async () => {
      const user = await createUser(t, { locale: 'EN' });
      const parsed = legacyNotificationParams(
        'MEETING_CANCELLED',
        'Réunion annulée : Réunion fictive',
        'Table : Table fictive\nDate : mardi 8 janvier 2030 à 09 h 00 (America/Toronto)\nLieu : Salle fictive\n\nMotif : Tempête fictive',
      );
      expect(parsed).toMatchObject({
        meetingTitle: 'Réunion fictive',
        tableName: 'Table fictive',
        startsAt: '2030-01-08T14:00:00.000Z',
        reason: 'Tempête fictive',
      });
      const unknown = legacyNotificationParams('MEETING_CHANGED', 'Texte d’une forme inconnue', null);
      expect(unknown).toEqual({ legacy: { title: 'Texte d’une forme inconnue', body: null } });
      for (const params of [unknown, parsed]) {
        await t.dataSource.query(`INSERT INTO notification (user_id, kind, params) VALUES ($1, $2, $3)`, [
          user.id,
          params === parsed ? 'MEETING_CANCELLED' : 'MEETING_CHANGED',
          JSON.stringify(params),
        ]);
      }
      const [cancelled, kept] = await texts(user.token);
      expect(cancelled.title).toBe('Meeting cancelled: Réunion fictive');
      expect(cancelled.body).toContain('Reason: Tempête fictive');
      expect(cancelled.body).not.toMatch(IANA);
      expect(kept).toEqual({ title: 'Texte d’une forme inconnue', body: null });
    });
  });

  it('answers UNAUTHENTICATED without a token', async () => {
    expect(codeOf(await t.gql(LIST))).toBe('UNAUTHENTICATED');
    expect(codeOf(await t.gql(MARK))).toBe('UNAUTHENTICATED');
  });
});
