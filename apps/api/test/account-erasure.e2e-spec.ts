import { foldForSearch } from '@concertation/shared-domain';
import { FIXTURE_PASSWORD, createTable, createUser, seat } from './support/fixtures';
import { listenersOf, liveSockets, waitForListener, waitUntil } from './support/live';
import { activePerson, ok, type ActivePerson } from './support/privacy-fixtures';
import { codeOf, startTestApp, type TestApp } from './support/test-app';
import { Topics } from '../src/core/pubsub/topics';

const NAME = 'Zéphyrine Oublietteuse';
const EMAIL = 'zephyrine.oublietteuse@exemple.test';
const DELETE = `mutation($p: String!) { deleteMyAccount(password: $p) }`;
const ME = `{ me { id displayName } }`;

interface Trace {
  column: string;
  needle: string;
}

/**
 * Every column of every table that can hold text (text, varchar, char, json, jsonb, arrays, and
 * the search index's tsvector), searched for each needle: text as a case-insensitive substring,
 * a tsvector as the search would (French and English stemming, accents ignored).
 */
async function tracesOf(t: TestApp, needles: string[]): Promise<Trace[]> {
  const columns: Array<{ table_name: string; column_name: string; data_type: string }> = await t.dataSource.query(
    `SELECT c.table_name, c.column_name, c.data_type
       FROM information_schema.columns c
       JOIN information_schema.tables tb ON tb.table_schema = c.table_schema AND tb.table_name = c.table_name
      WHERE c.table_schema = current_schema() AND tb.table_type = 'BASE TABLE'
        AND c.data_type IN ('text', 'character varying', 'character', 'json', 'jsonb', 'tsvector', 'ARRAY')`,
  );
  expect(columns.length).toBeGreaterThan(60);
  const found: Trace[] = [];
  for (const { table_name, column_name, data_type } of columns) {
    const column = `"${table_name}"."${column_name}"`;
    for (const needle of needles) {
      const test =
        data_type === 'tsvector'
          ? `${column} @@ (websearch_to_tsquery('concertation_fr', $1) || websearch_to_tsquery('concertation_en', $1))`
          : `position(lower($1) in lower(${column}::text)) > 0`;
      const [row] = await t.dataSource.query(`SELECT count(*)::int AS n FROM "${table_name}" WHERE ${test}`, [needle]);
      if (row.n > 0) found.push({ column: `${table_name}.${column_name}`, needle });
    }
  }
  return found;
}

describe('deleteMyAccount: the account is erased, what the person contributed stays under a neutral name', () => {
  let t: TestApp;
  const sockets = liveSockets();
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('refuses anonymous callers', async () => {
    expect(codeOf(await t.gql(DELETE, { p: FIXTURE_PASSWORD }))).toBe('UNAUTHENTICATED');
  });

  it('refuses a wrong password with UNAUTHENTICATED, counted as a failed sign-in, and changes nothing', async () => {
    const user = await createUser(t, { displayName: 'Personne prudente fictive' });
    const failures = async () => (await t.dataSource.query(`SELECT count(*)::int AS n FROM sign_in_failure WHERE email = $1`, [user.email]))[0].n;
    const result = await t.gql(DELETE, { p: 'pas-le-bon-mot-de-passe' }, user.token);
    expect(codeOf(result)).toBe('UNAUTHENTICATED');
    expect(result.data).toBeNull();
    expect(await failures()).toBe(1);
    expect((await t.gql(ME, {}, user.token)).data.me).toEqual({ id: user.id, displayName: 'Personne prudente fictive' });
    const audit = await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'account.deleted' AND entity_id = $1`, [user.id]);
    expect(audit[0].n).toBe(0);
  });

  it('refuses, once the limit of failed sign-ins is reached, whatever the password', async () => {
    const user = await createUser(t);
    await t.dataSource.query(`INSERT INTO sign_in_failure (email, address) SELECT $1, 'ailleurs-' || g FROM generate_series(1, 10) AS g`, [user.email]);
    expect(codeOf(await t.gql(DELETE, { p: FIXTURE_PASSWORD }, user.token))).toBe('TOO_MANY_REQUESTS');
    expect((await t.gql(ME, {}, user.token)).data.me.id).toBe(user.id);
  });

  it('refuses the only CHAIR of a table with FORBIDDEN, and erases once another CHAIR is named (an archived table needs none)', async () => {
    const chair = await createUser(t, { displayName: 'Présidence unique fictive' });
    const tableId = await createTable(t, { name: 'Table fictive sans relève' });
    const archivedId = await createTable(t, { name: 'Table fictive archivée', archived: true });
    await seat(t, tableId, chair.id, 'CHAIR', null);
    await seat(t, archivedId, chair.id, 'CHAIR', null);

    const refused = await t.gql(DELETE, { p: FIXTURE_PASSWORD }, chair.token);
    expect(codeOf(refused)).toBe('FORBIDDEN');
    expect(refused.errors?.[0].message).toContain('Table fictive sans relève');
    expect(refused.errors?.[0].message).not.toContain('archivée');
    expect((await t.gql(ME, {}, chair.token)).data.me.displayName).toBe('Présidence unique fictive');

    const relief = await createUser(t);
    await seat(t, tableId, relief.id, 'CHAIR', null);
    expect((await t.gql(DELETE, { p: FIXTURE_PASSWORD }, chair.token)).data.deleteMyAccount).toBe(true);
    const seats = await t.dataSource.query(`SELECT user_id FROM table_participant WHERE table_id IN ($1, $2)`, [tableId, archivedId]);
    expect(seats).toEqual([{ user_id: relief.id }]);
  });

  describe('a person who did one of everything', () => {
    let p: ActivePerson;
    let auditBefore: number;
    beforeAll(async () => {
      p = await activePerson(t, NAME, EMAIL);
      // Two-factor sign-in on, as a person who set it up has it: a sealed secret and recovery codes.
      await t.dataSource.query(
        `UPDATE app_user SET two_factor_enabled = true, two_factor_secret = 'sealed', two_factor_pending_secret = 'sealed-new', two_factor_last_step = 1 WHERE id = $1`,
        [p.person.id],
      );
      await t.dataSource.query(`INSERT INTO two_factor_recovery_code (user_id, code_hash) VALUES ($1, repeat('a', 64)), ($1, repeat('b', 64))`, [p.person.id]);
      auditBefore = (await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_event WHERE actor_id = $1`, [p.person.id]))[0].n;
    });

    it('leaves no trace of the name or the e-mail in any text column of any table, the search index included', async () => {
      const needles = [NAME, EMAIL, foldForSearch(NAME)];
      // The check finds what it looks for: before, the person is everywhere.
      const before = new Set((await tracesOf(t, needles)).map((trace) => trace.column));
      for (const column of [
        'app_user.email',
        'app_user.display_name',
        'sign_in_failure.email',
        'notification.params',
        'table_membership.message',
        'action_item_update.body',
        'agenda_item.notes',
        'agenda_item.search_doc',
        'minutes_revision.item_notes',
        'stored_file.file_name',
      ]) {
        expect(before).toContain(column);
      }
      // One device listening for notifications, another only connected.
      await sockets.follow(t, p.secondToken, `subscription { notificationReceived { id } }`);
      await waitForListener(t.app, Topics.notifications(p.person.id));
      const live = await sockets.open(t, p.person.token);

      expect((await t.gql(DELETE, { p: FIXTURE_PASSWORD }, p.person.token)).data).toEqual({ deleteMyAccount: true });

      expect(await tracesOf(t, needles)).toEqual([]);
      // Every session is gone, and the sockets opened with them close.
      expect(await live.closed()).toBe(4403);
      await waitUntil(async () => (await listenersOf(t.app, Topics.notifications(p.person.id))) === 0, 'the subscription to end');
      for (const token of [p.person.token, p.secondToken]) expect(codeOf(await t.gql(ME, {}, token))).toBe('UNAUTHENTICATED');
      expect(await t.dataSource.query(`SELECT id FROM auth_session WHERE user_id = $1`, [p.person.id])).toEqual([]);
    });

    it('keeps the row, with the same id, an address that is no address, and nothing personal', async () => {
      const [row] = await t.dataSource.query(
        `SELECT email, display_name, platform_role, organization_id, pending_organization_id, calendar_secret, digest_hour, erased_at,
                two_factor_enabled, two_factor_secret, two_factor_pending_secret, two_factor_last_step
           FROM app_user WHERE id = $1`,
        [p.person.id],
      );
      expect(row).toEqual({
        email: `deleted-${p.person.id}@invalid`,
        display_name: '',
        platform_role: 'MEMBER',
        organization_id: null,
        pending_organization_id: null,
        calendar_secret: null,
        digest_hour: 7,
        erased_at: expect.any(Date),
        two_factor_enabled: false,
        two_factor_secret: null,
        two_factor_pending_secret: null,
        two_factor_last_step: null,
      });
      const left = await t.dataSource.query(
        `SELECT (SELECT count(*)::int FROM table_participant WHERE user_id = $1) AS seats,
                (SELECT count(*)::int FROM rsvp r JOIN table_participant tp ON tp.id = r.participant_id WHERE tp.user_id = $1) AS rsvps,
                (SELECT count(*)::int FROM notification WHERE user_id = $1) AS notifications,
                (SELECT count(*)::int FROM email_outbox WHERE recipient_id = $1) AS emails,
                (SELECT count(*)::int FROM notification_preference WHERE user_id = $1) AS preferences,
                (SELECT count(*)::int FROM stored_file WHERE id = $2) AS uploads,
                (SELECT count(*)::int FROM two_factor_recovery_code WHERE user_id = $1) AS recovery_codes`,
        [p.person.id, p.uploadId],
      );
      expect(left).toEqual([{ seats: 0, rsvps: 0, notifications: 0, emails: 0, preferences: 0, uploads: 0, recovery_codes: 0 }]);
    });

    it('keeps minutes, decisions, ballots, updates, attendance and audit events attributed to the same id', async () => {
      const [kept] = await t.dataSource.query(
        `SELECT (SELECT editor_id FROM minutes_revision r JOIN minutes m ON m.id = r.minutes_id WHERE m.meeting_id = $2 AND r.version = 2) AS editor,
                (SELECT recorded_by_id FROM decision WHERE id = $3) AS decision,
                (SELECT cast_by_id FROM ballot WHERE vote_id = $4) AS ballot,
                (SELECT author_id FROM action_item_update WHERE id = $5) AS update,
                (SELECT user_id FROM attendance WHERE meeting_id = $2 AND user_id = $1) AS attendance,
                (SELECT created_by_id FROM substitution WHERE id = $6) AS substitution`,
        [p.person.id, p.meetingId, p.decisionId, p.voteId, p.updateId, p.substitutionId],
      );
      expect(kept).toEqual({
        editor: p.person.id,
        decision: p.person.id,
        ballot: p.person.id,
        update: p.person.id,
        attendance: p.person.id,
        substitution: p.person.id,
      });
      const audit = await t.dataSource.query(`SELECT action, entity_id FROM audit_event WHERE actor_id = $1`, [p.person.id]);
      expect(audit.length).toBeGreaterThan(auditBefore);
      expect(audit).toContainEqual({ action: 'account.deleted', entity_id: p.person.id });
      expect(audit).toContainEqual({ action: 'participant.removed', entity_id: expect.any(String) });
    });

    it('hands back what the person held: the action item keeps its organization, the request to speak is withdrawn', async () => {
      const [item] = await t.dataSource.query(`SELECT assignee_id, assignee_organization_id, version FROM action_item WHERE id = $1`, [p.actionItemId]);
      expect(item).toEqual({ assignee_id: null, assignee_organization_id: p.cast.organizationId, version: 3 });
      const [request] = await t.dataSource.query(`SELECT status FROM speaker_request WHERE id = $1`, [p.speakerRequestId]);
      expect(request.status).toBe('WITHDRAWN');
    });

    it('is named « Ancien participant » for French readers and "Former participant" for English readers, with no e-mail', async () => {
      const READ = `query($id: ID!, $v: ID!) {
        actionItem(id: $id) { updates { author { id displayName email } } }
        vote(id: $v) { ballots { castBy { id displayName email } } }
      }`;
      await ok(t, `mutation { updateProfile(input: { locale: EN }) { id } }`, {}, p.cast.member.token);
      // Closed, so that everyone at the meeting reads its ballots.
      await ok(t, `mutation($v: ID!) { closeVote(id: $v) { status } }`, { v: p.voteId }, p.cast.chair.token);
      const french = await ok(t, READ, { id: p.actionItemId, v: p.voteId }, p.cast.chair.token);
      const english = await ok(t, READ, { id: p.actionItemId, v: p.voteId }, p.cast.member.token);
      expect(french.actionItem.updates).toContainEqual({ author: { id: p.person.id, displayName: 'Ancien participant', email: null } });
      expect(english.actionItem.updates).toContainEqual({ author: { id: p.person.id, displayName: 'Former participant', email: null } });
      expect(french.vote.ballots).toContainEqual({ castBy: { id: p.person.id, displayName: 'Ancien participant', email: null } });
      // The coordinator too, who reads every e-mail otherwise.
      const log = await ok(
        t,
        `query($a: ID!) { auditLog(actorId: $a, first: 100) { edges { node { action actor { displayName email } entityTitle } } } }`,
        { a: p.person.id },
        p.cast.coordinator.token,
      );
      const erased = log.auditLog.edges.find((e: { node: { action: string } }) => e.node.action === 'account.deleted').node;
      expect(erased).toEqual({ action: 'account.deleted', actor: { displayName: 'Ancien participant', email: null }, entityTitle: 'Ancien participant' });
    });

    it('is named so in the minutes’ files and in others’ notifications', async () => {
      const markdown = await (
        await fetch(`${t.url}/meetings/${p.meetingId}/minutes.md`, { headers: { authorization: `Bearer ${p.cast.chair.token}` } })
      ).text();
      expect(markdown).toContain('- Ancien participant (Service de police fictif) — présent·e');
      // What the CHAIR wrote stays, the name and address replaced.
      expect(markdown).toContain('Ancien participant / Former participant (Ancien participant / Former participant) présente les partenaires.');
      const NOTICES = `{ notifications(first: 100) { edges { node { title body } } } }`;
      const colleague = await ok(t, NOTICES, {}, p.cast.colleague.token);
      expect(colleague.notifications.edges.map((e: { node: { body: string } }) => e.node.body)).toContainEqual(
        expect.stringMatching(/^Ancien participant vous envoie à cette rencontre/),
      );
      const coordinator = await ok(t, NOTICES, {}, p.cast.coordinator.token);
      expect(coordinator.notifications.edges.map((e: { node: { body: string } }) => e.node.body)).toContain(
        'Ancien participant indique travailler pour Service de police fictif.',
      );
    });

    it('is found by no search, while what the minutes say still is', async () => {
      const SEARCH = `query($q: String!) { search(query: $q) { totalCount edges { node { snippet } } } }`;
      expect((await ok(t, SEARCH, { q: 'Oublietteuse' }, p.cast.chair.token)).search.totalCount).toBe(0);
      const partners = await ok(t, SEARCH, { q: 'partenaires' }, p.cast.chair.token);
      expect(partners.search.totalCount).toBeGreaterThan(0);
    });

    it('lets nobody sign in with the old e-mail, which registers again as a new person', async () => {
      const login = await t.gql(`mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }`, { e: EMAIL, p: FIXTURE_PASSWORD });
      expect(codeOf(login)).toBe('UNAUTHENTICATED');
      const again = await ok(
        t,
        `mutation($input: RegisterInput!) { register(input: $input) { user { id email displayName } } }`,
        { input: { email: EMAIL, password: 'un-tout-nouveau-mot-de-passe', displayName: 'Nouvelle personne fictive' } },
        '',
      );
      expect(again.register.user).toEqual({ id: expect.any(String), email: EMAIL, displayName: 'Nouvelle personne fictive' });
      expect(again.register.user.id).not.toBe(p.person.id);
      const signedIn = await ok(t, `mutation($e: String!) { login(email: $e, password: "un-tout-nouveau-mot-de-passe") { user { id } } }`, { e: EMAIL }, '');
      expect(signedIn.login.user.id).toBe(again.register.user.id);
    });
  });
});
