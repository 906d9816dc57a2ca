import { tallyVote } from '@concertation/shared-domain';
import { DEMO_MONTREAL_CHAIR_EMAIL, DEMO_PASSWORD, DEMO_SIGN_INS } from '../src/startup/demo-data';
import { startTestApp, type TestApp } from './support/test-app';
import { localTime } from './support/meeting-fixtures';

const MONTREAL = 'Table régionale de Montréal (fictive)';
const TABLE_MEETINGS = `query($id: ID!) { table(id: $id) { nextMeeting { id title status agendaPublishedAt agenda { position title confidentiality } }
  meetings { id status startsAt agenda { title } attendance { status } rsvps { response } quorum { required present reached } } } }`;

describe('the demo data set: meetings', () => {
  let t: TestApp;
  const login = async (email: string): Promise<string> =>
    (await t.gql(`mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }`, { e: email, p: DEMO_PASSWORD })).data.login
      .accessToken;
  const tableId = async (name: string): Promise<string> => (await t.dataSource.query(`SELECT id FROM round_table WHERE name = $1`, [name]))[0].id;

  /** The table's first SCHEDULED meeting still ahead, as `token`'s holder reads it. */
  const firstScheduled = async (id: string, token: string) => {
    const { meetings } = (
      await t.gql(
        `query($id: ID!) { table(id: $id) { meetings { id title status startsAt agendaPublishedAt agenda { position title confidentiality } } } }`,
        { id },
        token,
      )
    ).data.table;
    return meetings.find((m: { status: string; startsAt: string }) => m.status === 'SCHEDULED' && new Date(m.startsAt).getTime() > Date.now());
  };

  beforeAll(async () => {
    t = await startTestApp({ DEMO_DATA: '1' });
  });
  afterAll(() => t.close());

  it('has past (adjourned) and upcoming (scheduled, agenda published) meetings at Montréal and at another table, some items in camera', async () => {
    const rows: Array<{ name: string; status: string; upcoming: boolean; published: boolean; items: number; in_camera: number }> = await t.dataSource.query(
      `SELECT t.name, m.status, m.starts_at > now() AS upcoming, m.agenda_published_at IS NOT NULL AS published,
              (SELECT count(*)::int FROM agenda_item a WHERE a.meeting_id = m.id) AS items,
              (SELECT count(*)::int FROM agenda_item a WHERE a.meeting_id = m.id AND a.confidentiality = 'IN_CAMERA') AS in_camera
         FROM meeting m JOIN round_table t ON t.id = m.table_id WHERE m.series_id IS NULL`,
    );
    const tablesWith = (test: (r: (typeof rows)[number]) => boolean) => new Set(rows.filter(test).map((r) => r.name));
    const past = tablesWith((r) => r.status === 'ADJOURNED' && !r.upcoming && r.items > 0);
    const upcoming = tablesWith((r) => r.status === 'SCHEDULED' && r.upcoming && r.published && r.items > 0);
    expect(past.has(MONTREAL)).toBe(true);
    expect(upcoming.has(MONTREAL)).toBe(true);
    expect(past.size).toBeGreaterThanOrEqual(2);
    expect(upcoming.size).toBeGreaterThanOrEqual(2);
    expect(rows.filter((r) => r.in_camera > 0).length).toBeGreaterThanOrEqual(2);
    const titles: Array<{ title: string }> = await t.dataSource.query(`SELECT title FROM meeting UNION ALL SELECT title FROM agenda_item`);
    expect(titles.length).toBeGreaterThan(10);
  });

  it('has RSVPs and attendance for the past Montréal meeting, with quorum reached', async () => {
    const chair = await login(DEMO_MONTREAL_CHAIR_EMAIL);
    const table = (await t.gql(TABLE_MEETINGS, { id: await tableId(MONTREAL) }, chair)).data.table;
    const past = table.meetings.find((m: { status: string }) => m.status === 'ADJOURNED');
    expect(past.rsvps.length).toBeGreaterThanOrEqual(3);
    expect(past.attendance.filter((a: { status: string }) => a.status === 'PRESENT').length).toBeGreaterThanOrEqual(3);
    expect(past.quorum.reached).toBe(true);
  });

  it('gives the Montréal chair an upcoming meeting of at least three items, one in camera, which an observer sees without it', async () => {
    const chair = await login(DEMO_MONTREAL_CHAIR_EMAIL);
    const id = await tableId(MONTREAL);
    // The meeting under way comes first (nextMeeting); the upcoming one is the first scheduled after it.
    const next = await firstScheduled(id, chair);
    expect(next.status).toBe('SCHEDULED');
    expect(next.agendaPublishedAt).not.toBeNull();
    expect(next.agenda.length).toBeGreaterThanOrEqual(3);
    const secret = next.agenda.filter((i: { confidentiality: string }) => i.confidentiality === 'IN_CAMERA');
    expect(secret).toHaveLength(1);
    const observer = await login('observation.montreal@exemple.test');
    const seen = await firstScheduled(id, observer);
    expect(seen.agenda.map((i: { position: number }) => i.position)).toEqual(next.agenda.slice(1).map((_: unknown, i: number) => i + 1));
    expect(JSON.stringify(seen)).not.toContain(secret[0].title);
    // The observer's notification of that agenda leaves the in-camera title out too.
    const notice = await t.gql(`{ notifications { edges { node { kind body meeting { id } } } } }`, {}, observer);
    const published = notice.data.notifications.edges.map((e: any) => e.node).filter((n: any) => n.kind === 'AGENDA_PUBLISHED' && n.meeting?.id === next.id);
    expect(published).toHaveLength(1);
    expect(published[0].body).not.toContain(secret[0].title);
  });

  it('has minutes approved at a later meeting, circulated and draft, with summaries, notes and one revision per edit', async () => {
    const rows: Array<{
      status: string;
      summary: string | null;
      version: number;
      revisions: number;
      noted: number;
      later: boolean | null;
      meeting_status: string;
    }> = await t.dataSource.query(
      `SELECT mi.status, mi.summary, mi.version, m.status AS meeting_status,
              (SELECT count(*)::int FROM minutes_revision r WHERE r.minutes_id = mi.id) AS revisions,
              (SELECT count(*)::int FROM agenda_item a WHERE a.meeting_id = m.id AND a.notes IS NOT NULL) AS noted,
              (SELECT at.starts_at > m.starts_at AND at.table_id = m.table_id FROM meeting at WHERE at.id = mi.approved_at_meeting_id) AS later
         FROM minutes mi JOIN meeting m ON m.id = mi.meeting_id`,
    );
    expect(rows.map((r) => r.status).sort()).toEqual(['APPROVED', 'CIRCULATED', 'DRAFT']);
    for (const r of rows) {
      expect(r.meeting_status).toBe('ADJOURNED');
      expect(r.summary).toBeTruthy();
      expect(r.noted).toBeGreaterThanOrEqual(2);
      expect(r.version).toBe(r.revisions + 1);
    }
    expect(rows.find((r) => r.status === 'APPROVED')?.later).toBe(true);
    // The last revision holds the notes the items have now.
    const stale = await t.dataSource.query(
      `SELECT a.id FROM minutes mi JOIN minutes_revision r ON r.minutes_id = mi.id AND r.version = mi.version JOIN agenda_item a ON a.meeting_id = mi.meeting_id
        WHERE (r.item_notes ->> a.id::text) IS DISTINCT FROM a.notes`,
    );
    expect(stale).toEqual([]);
    const decisions: Array<{ outcome: string; votes_for: number | null }> = await t.dataSource.query(`SELECT outcome, votes_for FROM decision`);
    expect(decisions.length).toBeGreaterThanOrEqual(3);
    expect(new Set(decisions.map((d) => d.outcome)).size).toBeGreaterThanOrEqual(3);
    expect(decisions.some((d) => d.votes_for !== null)).toBe(true);
  });

  it('has action items in every status, some overdue, some due within two days, for people and organizations, each with a history', async () => {
    const items: Array<{
      status: string;
      version: number;
      completed: boolean;
      overdue: boolean;
      soon: boolean;
      person: boolean;
      organization: boolean;
      updates: number;
      changes: number;
    }> = await t.dataSource.query(
      `SELECT x.status, x.version, x.completed_at IS NOT NULL AS completed,
                x.due_on < (now() AT TIME ZONE 'America/Toronto')::date AS overdue,
                x.due_on BETWEEN (now() AT TIME ZONE 'America/Toronto')::date AND (now() AT TIME ZONE 'America/Toronto')::date + 2 AS soon,
                x.assignee_id IS NOT NULL AS person, x.assignee_organization_id IS NOT NULL AS organization,
                (SELECT count(*)::int FROM action_item_update u WHERE u.action_item_id = x.id) AS updates,
                (SELECT count(*)::int FROM action_item_update u WHERE u.action_item_id = x.id AND u.status IS NOT NULL) AS changes
           FROM action_item x`,
    );
    expect(new Set(items.map((i) => i.status))).toEqual(new Set(['OPEN', 'IN_PROGRESS', 'BLOCKED', 'DONE', 'CANCELLED']));
    const unfinished = (i: (typeof items)[number]) => ['OPEN', 'IN_PROGRESS', 'BLOCKED'].includes(i.status);
    expect(items.filter((i) => unfinished(i) && i.overdue).length).toBeGreaterThanOrEqual(2);
    expect(items.filter((i) => unfinished(i) && i.soon).length).toBeGreaterThanOrEqual(2);
    expect(items.some((i) => i.person)).toBe(true);
    expect(items.some((i) => i.organization && !i.person)).toBe(true);
    for (const i of items) {
      expect(i.completed).toBe(i.status === 'DONE');
      expect(i.updates).toBeGreaterThanOrEqual(2);
      expect(i.version).toBe(1 + i.changes);
    }
  });

  it('gives every demo sign-in with a seat something in "my actions", which the observer sees without in-camera items', async () => {
    const MY = `{ myActionItems(first: 100) { totalCount edges { node { title status agendaItem { confidentiality } } } } }`;
    const seated: Array<{ email: string }> = await t.dataSource.query(`SELECT DISTINCT u.email FROM app_user u JOIN table_participant p ON p.user_id = u.id`);
    const emails = DEMO_SIGN_INS.map((s) => s.email).filter((email) => seated.some((u) => u.email === email));
    expect(emails.length).toBeGreaterThanOrEqual(8);
    for (const email of emails) {
      const r = await t.gql(MY, {}, await login(email));
      expect([email, r.errors]).toEqual([email, undefined]);
      expect([email, r.data.myActionItems.totalCount > 0]).toEqual([email, true]);
    }
    const observer = (await t.gql(MY, {}, await login('observation.montreal@exemple.test'))).data.myActionItems.edges.map((e: any) => e.node);
    expect(observer.some((n: any) => n.agendaItem?.confidentiality === 'IN_CAMERA')).toBe(false);
  });

  it('finds demo words in notes, accents and plurals aside, and keeps in-camera notes from the observer', async () => {
    const SEARCH = `query($q: String!) { search(query: $q) { totalCount edges { node { snippet hit { __typename ... on AgendaItem { id confidentiality } } } } } }`;
    const chair = await login(DEMO_MONTREAL_CHAIR_EMAIL);
    const found = (await t.gql(SEARCH, { q: 'hebergements' }, chair)).data.search;
    expect(found.totalCount).toBeGreaterThan(0);
    expect(found.edges.some((e: any) => /«hébergement»/.test(e.node.snippet))).toBe(true);
    expect((await t.gql(SEARCH, { q: 'signalement' }, chair)).data.search.totalCount).toBeGreaterThan(0);
    // "trajectoires" is written only in in-camera items' notes and decisions.
    const inCamera = (await t.gql(SEARCH, { q: 'trajectoires' }, chair)).data.search.edges.map((e: any) => e.node.hit);
    expect(inCamera.filter((hit: any) => hit.__typename === 'AgendaItem').length).toBeGreaterThanOrEqual(2);
    for (const hit of inCamera) expect(hit.__typename === 'Decision' || hit.confidentiality === 'IN_CAMERA').toBe(true);
    const observer = await login('observation.montreal@exemple.test');
    expect((await t.gql(SEARCH, { q: 'trajectoires' }, observer)).data.search.totalCount).toBe(0);
    expect((await t.gql(SEARCH, { q: 'hébergement' }, observer)).data.search.totalCount).toBeGreaterThan(0);
  });

  it('has a proxy at the upcoming Montréal meeting: the community organization entrusts its ballot to the police service', async () => {
    const chair = await login(DEMO_MONTREAL_CHAIR_EMAIL);
    const { meetings } = (
      await t.gql(
        `query($id: ID!) { table(id: $id) { meetings { title status proxies { from { name } to { name } } } } }`,
        { id: await tableId(MONTREAL) },
        chair,
      )
    ).data.table;
    const withProxies = meetings.filter((m: { proxies: unknown[] }) => m.proxies.length > 0);
    expect(withProxies).toHaveLength(1);
    expect(withProxies[0].status).toBe('SCHEDULED');
    expect(withProxies[0].proxies).toEqual([{ from: { name: expect.stringMatching(/fictif|fictive/) }, to: { name: expect.stringMatching(/[Pp]olice/) } }]);
  });

  it('has a substitute at that same meeting: the health centre sends a colleague who sits at no table, and who sees that meeting only', async () => {
    const chair = await login(DEMO_MONTREAL_CHAIR_EMAIL);
    const { meetings } = (
      await t.gql(
        `query($id: ID!) { table(id: $id) { meetings { id status proxies { id }
          substitutions { id note organization { name } substitute { displayName } replaces { displayName } createdBy { displayName } } } } }`,
        { id: await tableId(MONTREAL) },
        chair,
      )
    ).data.table;
    const withSubstitutes = meetings.filter((m: { substitutions: unknown[] }) => m.substitutions.length > 0);
    expect(withSubstitutes).toHaveLength(1);
    const [meeting] = withSubstitutes;
    expect(meeting.status).toBe('SCHEDULED');
    expect(meeting.proxies).toHaveLength(1);
    const [substitution] = meeting.substitutions;
    expect(substitution).toMatchObject({
      organization: { name: expect.stringMatching(/santé.*\(fictif\)/) },
      substitute: { displayName: 'Jules Intervention (fictif)' },
      replaces: { displayName: 'Maxime Procès-Verbal (fictif)' },
      createdBy: { displayName: 'Maxime Procès-Verbal (fictif)' },
      note: expect.stringContaining('procès-verbal'),
    });
    const audit = await t.dataSource.query(`SELECT action, actor_id IS NOT NULL AS by_someone FROM audit_event WHERE entity_id = $1`, [substitution.id]);
    expect(audit).toEqual([{ action: 'substitution.sent', by_someone: true }]);

    // The colleague sent sits at no table: that meeting is theirs, in camera included, and nothing else.
    const substitute = await login('intervention.sante@exemple.test');
    const seen = await t.gql(
      `query($id: ID!) { myMeetings { id } me { participations { id } } meeting(id: $id) { agenda { confidentiality } } notifications(first: 5) { edges { node { kind } } } }`,
      { id: meeting.id },
      substitute,
    );
    expect(seen.errors).toBeUndefined();
    expect(seen.data.myMeetings).toEqual([{ id: meeting.id }]);
    expect(seen.data.me.participations).toEqual([]);
    expect(seen.data.meeting.agenda.map((i: { confidentiality: string }) => i.confidentiality)).toContain('IN_CAMERA');
    expect(seen.data.notifications.edges.map((e: { node: { kind: string } }) => e.node.kind)).toEqual(['SUBSTITUTE_INVITED']);
    // The police service's colleague is at no table and sent nowhere: theirs to be sent (the web flows do it).
    const colleague = await login('releve.police@exemple.test');
    expect((await t.gql(`query { myMeetings { id } me { participations { id } } }`, {}, colleague)).data).toEqual({
      myMeetings: [],
      me: { participations: [] },
    });
  });

  it('has a Montréal meeting under way, with a vote closed as closeVote leaves it and its decision in the minutes', async () => {
    const chair = await login(DEMO_MONTREAL_CHAIR_EMAIL);
    const id = await tableId(MONTREAL);
    const next = (await t.gql(TABLE_MEETINGS, { id }, chair)).data.table.nextMeeting;
    expect(next.status).toBe('IN_PROGRESS');
    const FLOOR = `query($id: ID!) { meeting(id: $id) { status startsAt endsAt currentItem { title } currentItemStartedAt quorum { reached }
      decisions { text outcome votesFor votesAgainst abstentions agendaItem { id } }
      votes { status question method threshold secret passed winningOption options results { option count } agendaItem { id title status }
        eligibleOrganizations { id } votedOrganizations { id } ballots { choice byProxy organization { id } castBy { id } }
        decision { text outcome votesFor votesAgainst abstentions } }
      minutes { markdown } } }`;
    const r = await t.gql(FLOOR, { id: next.id }, chair);
    expect(r.errors).toBeUndefined();
    const meeting = r.data.meeting;
    expect(new Date(meeting.startsAt).getTime()).toBeLessThan(Date.now());
    expect(new Date(meeting.endsAt).getTime()).toBeGreaterThan(Date.now());
    expect(meeting.currentItem.title).toBeTruthy();
    expect(meeting.currentItemStartedAt).not.toBeNull();
    expect(meeting.quorum.reached).toBe(true);

    expect(meeting.votes).toHaveLength(1);
    const [vote] = meeting.votes;
    expect(vote).toMatchObject({ status: 'CLOSED', method: 'YES_NO_ABSTAIN', options: ['YES', 'NO', 'ABSTAIN'], secret: false });
    expect(vote.agendaItem.status).toBe('DONE');
    // Every ACTIVE member organization was eligible and cast its ballot, by someone sitting for it.
    const members: Array<{ organization_id: string }> = await t.dataSource.query(
      `SELECT organization_id FROM table_membership WHERE table_id = $1 AND status = 'ACTIVE'`,
      [id],
    );
    expect(vote.eligibleOrganizations.map((o: { id: string }) => o.id).sort()).toEqual(members.map((m) => m.organization_id).sort());
    expect(vote.votedOrganizations).toHaveLength(members.length);
    const seats: Array<{ user_id: string; organization_id: string }> = await t.dataSource.query(
      `SELECT user_id, organization_id FROM table_participant WHERE table_id = $1`,
      [id],
    );
    for (const b of vote.ballots) {
      expect(b.byProxy).toBe(false);
      expect(seats.some((s) => s.user_id === b.castBy.id && s.organization_id === b.organization.id)).toBe(true);
    }
    // Counted as closeVote counts (shared-domain tallyVote), and recorded as its decision.
    const tally = tallyVote(
      vote.method,
      vote.options,
      vote.threshold,
      vote.ballots.map((b: { choice: string }) => b.choice),
    );
    expect(vote.results.map(({ option, count }: { option: string; count: number }) => ({ option, count }))).toEqual(tally.results);
    expect(vote.passed).toBe(tally.passed);
    expect(new Set(vote.ballots.map((b: { choice: string }) => b.choice)).size).toBeGreaterThanOrEqual(3);
    const counts = Object.fromEntries(tally.results.map((x) => [x.option, x.count]));
    expect(vote.decision).toEqual({
      text: vote.question,
      outcome: tally.passed ? 'ADOPTED' : 'REJECTED',
      votesFor: counts['YES'],
      votesAgainst: counts['NO'],
      abstentions: counts['ABSTAIN'],
    });
    expect(meeting.decisions.filter((d: { text: string }) => d.text === vote.question)).toEqual([{ ...vote.decision, agendaItem: { id: vote.agendaItem.id } }]);
    expect(meeting.minutes.markdown).toContain(vote.question);

    // This meeting's vote only: the table's year of history (demo-history.set.ts) has votes of its own.
    const audit: Array<{ action: string; n: number }> = await t.dataSource.query(
      `SELECT action, count(*)::int AS n FROM audit_event WHERE table_id = $1 AND action IN ('vote.opened', 'ballot.cast', 'vote.closed', 'decision.recorded')
        AND entity_id IN (SELECT id FROM vote WHERE meeting_id = $2 UNION SELECT decision_id FROM vote WHERE meeting_id = $2) GROUP BY action ORDER BY action`,
      [id, next.id],
    );
    expect(audit).toEqual([
      { action: 'ballot.cast', n: members.length },
      { action: 'decision.recorded', n: 1 },
      { action: 'vote.closed', n: 1 },
      { action: 'vote.opened', n: 1 },
    ]);
  });

  it('has the speakers’ list of that meeting’s current item: one speaking, two waiting from different organizations, one done', async () => {
    const chair = await login(DEMO_MONTREAL_CHAIR_EMAIL);
    const next = (await t.gql(TABLE_MEETINGS, { id: await tableId(MONTREAL) }, chair)).data.table.nextMeeting;
    const SPEAKERS = `query($id: ID!) { meeting(id: $id) { currentItem { id } speakers { status startedAt endedAt requestedAt
      agendaItem { id } user { displayName } organization { id sector } } } }`;
    const { currentItem, speakers } = (await t.gql(SPEAKERS, { id: next.id }, chair)).data.meeting;
    expect(speakers.map((s: { status: string }) => s.status)).toEqual(['SPEAKING', 'WAITING', 'WAITING', 'DONE']);
    for (const s of speakers) {
      expect(s.agendaItem.id).toBe(currentItem.id);
      expect(s.organization).not.toBeNull();
    }
    const [speaking, first, second, done] = speakers;
    expect(speaking.startedAt).not.toBeNull();
    expect(speaking.endedAt).toBeNull();
    expect(new Date(done.endedAt).getTime()).toBeGreaterThan(new Date(done.startedAt).getTime());
    expect(first.organization.id).not.toBe(second.organization.id);
    // Called in speakingOrder: the organization not heard yet comes before the one that has spoken, though it asked later.
    expect(second.organization.id).toBe(done.organization.id);
    expect(new Date(first.requestedAt).getTime()).toBeGreaterThan(new Date(second.requestedAt).getTime());
    expect(new Set(speakers.map((s: { organization: { sector: string } }) => s.organization.sector)).size).toBeGreaterThanOrEqual(3);

    // The observer reads the same list (the item is not in camera).
    const observer = await login('observation.montreal@exemple.test');
    const seen = (await t.gql(SPEAKERS, { id: next.id }, observer)).data.meeting.speakers;
    expect(seen.map((s: { status: string }) => s.status)).toEqual(['SPEAKING', 'WAITING', 'WAITING', 'DONE']);
  });

  it('has a monthly series at 09:00 local time, sharing one seriesId', async () => {
    const series: Array<{ series_id: string; starts_at: Date; time_zone: string }> = await t.dataSource.query(
      `SELECT series_id, starts_at, time_zone FROM meeting WHERE series_id IS NOT NULL ORDER BY starts_at`,
    );
    expect(series.length).toBeGreaterThanOrEqual(3);
    expect(new Set(series.map((s) => s.series_id)).size).toBe(1);
    for (const s of series) expect(localTime(s.starts_at, s.time_zone).slice(11)).toBe('09:00');
  });
});
