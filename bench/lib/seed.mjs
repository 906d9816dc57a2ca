// Seeds the bench database at the sizes issue 7 names, in SQL (generate_series), in one transaction.
// Every row is fictitious; ids are md5-derived uuids so that the driver can name them.
export const SIZES = { organizations: 300, tables: 120, users: 5000, meetings: 10000, agendaItems: 100000, actionItems: 200000 };
/** Users 0..LIVE_SUBSCRIBERS-1 also sit at table 0, where the live meeting is. */
export const LIVE_SUBSCRIBERS = 2000;

export const uuidSql = (kind, expr) => `md5('${kind}-' || (${expr}))::uuid`;
/** The same uuid in JavaScript (for tokens and variables). */
export async function uuidOf(kind, n) {
  const { createHash } = await import('node:crypto');
  const h = createHash('md5').update(`${kind}-${n}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** An access token for seeded user n, on the session the seed gave them, signed with the run's secret. */
export async function tokenFor(n, secret) {
  const { default: jwt } = await import('jsonwebtoken');
  return jwt.sign({ sub: await uuidOf('user', n), jti: await uuidOf('session', n), exp: Math.floor(Date.now() / 1000) + 2 * 3600 }, secret, {
    algorithm: 'HS256',
  });
}

/** The live meeting: meeting 0, at table 0, IN_PROGRESS now; its agenda items are agenda-0-*. */
export const LIVE_MEETING = 0;
/** Table 1 holds 250 meetings (every meeting g with g % 40 = 1), for the 10- and 200-meeting table pages. */
export const BIG_TABLE = 1;
const tableOfMeeting = (m) => `(CASE WHEN (${m}) % 40 = 1 THEN 1 ELSE (${m}) % 120 END)`;

export function seedSql() {
  const { organizations: O, tables: T, users: U, meetings: M, agendaItems: A, actionItems: X } = SIZES;
  const org = (e) => uuidSql('org', e);
  const tab = (e) => uuidSql('table', e);
  const usr = (e) => uuidSql('user', e);
  const mtg = (e) => uuidSql('meeting', e);
  const agi = (e) => uuidSql('agenda', e);
  return `
BEGIN;
SET LOCAL synchronous_commit = off;
CREATE TEMP TABLE bench_region AS SELECT row_number() OVER (ORDER BY code) - 1 AS n, id, time_zone FROM region;

INSERT INTO organization (id, name, acronym, search_key, sector, region_id)
SELECT ${org('g')}, 'Organisme fictif ' || g, 'OF' || g, 'organisme fictif ' || g || ' of' || g,
       (ARRAY['COMMUNITY','EDUCATION','GOVERNMENT','HEALTH_AND_SOCIAL_SERVICES','JUSTICE','MUNICIPAL','OTHER','POLICE','YOUTH_PROTECTION'])[1 + g % 9],
       (SELECT id FROM bench_region WHERE n = g % (SELECT count(*) FROM bench_region))
  FROM generate_series(0, ${O - 1}) g;

-- Table 0 is NATIONAL, 1..12 PROVINCIAL under it, the rest REGIONAL under a provincial one.
INSERT INTO round_table (id, name, search_key, level, mandate, parent_id)
SELECT ${tab('g')}, 'Table fictive ' || g, 'table fictive ' || g,
       CASE WHEN g = 0 THEN 'NATIONAL' WHEN g <= 12 THEN 'PROVINCIAL' ELSE 'REGIONAL' END,
       'Mandat fictif de la table ' || g,
       CASE WHEN g = 0 THEN NULL WHEN g <= 12 THEN ${tab('0')} ELSE ${tab('1 + g % 12')} END
  FROM generate_series(0, ${T - 1}) g;
INSERT INTO round_table_region (table_id, region_id, position)
SELECT ${tab('g')}, (SELECT id FROM bench_region WHERE n = g % (SELECT count(*) FROM bench_region)), 1 FROM generate_series(0, ${T - 1}) g;

INSERT INTO app_user (id, email, password_hash, display_name, organization_id)
SELECT ${usr('g')}, 'bench-user-' || g || '@bench.invalid', 'not-a-real-hash', 'Personne fictive ' || g, ${org(`g % ${O}`)}
  FROM generate_series(0, ${U - 1}) g;
-- One live session per user: the driver signs its own tokens for them (JWT_SECRET is the bench's).
INSERT INTO auth_session (id, user_id, expires_at)
SELECT ${uuidSql('session', 'g')}, ${usr('g')}, now() + interval '2 days' FROM generate_series(0, ${U - 1}) g;

-- Each user sits at three tables (g, g+40, g+80 mod 120); users 0..${LIVE_SUBSCRIBERS - 1} also at table 0. User 0 chairs table 0.
CREATE TEMP TABLE bench_seat AS
SELECT DISTINCT ON (t, u) t, u FROM (
  SELECT (g + k * 40) % ${T} AS t, g AS u FROM generate_series(0, ${U - 1}) g, generate_series(0, 2) k
  UNION ALL SELECT 0, g FROM generate_series(0, ${LIVE_SUBSCRIBERS - 1}) g
) s;
INSERT INTO table_membership (table_id, organization_id, status, decided_at)
SELECT DISTINCT ${tab('t')}, ${org(`u % ${O}`)}, 'ACTIVE', now() FROM bench_seat;
INSERT INTO table_participant (table_id, user_id, organization_id, role)
SELECT ${tab('t')}, ${usr('u')}, ${org(`u % ${O}`)},
       CASE WHEN u = t THEN 'CHAIR' WHEN u % 10 = 1 THEN 'SECRETARY' WHEN u % 10 = 2 THEN 'OBSERVER' ELSE 'MEMBER' END
  FROM bench_seat;

-- Meetings spread over two years around now: about ten in the next 30 days for someone at three tables.
INSERT INTO meeting (id, table_id, title, status, starts_at, ends_at, time_zone, location, created_by_id, agenda_published_at)
SELECT ${mtg('g')}, ${tab(tableOfMeeting('g'))}, 'Rencontre fictive ' || g,
       CASE WHEN g = ${LIVE_MEETING} THEN 'IN_PROGRESS' WHEN s < now() THEN 'ADJOURNED' ELSE 'SCHEDULED' END,
       s, s + interval '2 hours', 'America/Toronto', 'Salle fictive ' || (g % 50), ${usr(`g % ${T}`)}, s - interval '7 days'
  FROM generate_series(0, ${M - 1}) g,
       LATERAL (SELECT CASE WHEN g = ${LIVE_MEETING} THEN now() - interval '30 minutes'
                            ELSE date_trunc('hour', now()) - interval '365 days' + (g * interval '1 day' * 730 / ${M}) END AS s) st;

INSERT INTO agenda_item (id, meeting_id, position, title, description, kind, confidentiality, duration_minutes)
SELECT ${agi('g')}, ${mtg(`g / ${A / M}`)}, 1 + g % ${A / M}, 'Point fictif ' || g, 'Description fictive du point ' || g,
       (ARRAY['INFORMATION','DISCUSSION','DECISION'])[1 + g % 3], CASE WHEN g % 10 = 9 THEN 'IN_CAMERA' ELSE 'MEMBERS' END, 15
  FROM generate_series(0, ${A - 1}) g;

-- Action item g belongs to meeting g % M (so to its table) and is assigned to someone who sits there.
INSERT INTO action_item (id, table_id, meeting_id, title, description, assignee_id, assignee_organization_id, due_on, status, created_by_id, created_at)
SELECT ${uuidSql('action', 'g')}, ${tab('t')}, ${mtg('m')}, 'Suivi fictif ' || g, 'Action fictive ' || g,
       ${usr('a')}, ${org(`a % ${O}`)}, (now() + ((g % 120) - 30) * interval '1 day')::date,
       (ARRAY['OPEN','IN_PROGRESS','BLOCKED','DONE','CANCELLED'])[1 + g % 5], ${usr('t')},
       now() - (g % 700) * interval '1 hour'
  FROM generate_series(0, ${X - 1}) g,
       LATERAL (SELECT g % ${M} AS m, ${tableOfMeeting(`g % ${M}`)} AS t) mt,
       LATERAL (SELECT t + ${T} * ((g / ${M}) % ${Math.floor((U - 1) / T)}) AS a) asg;

-- Notifications keep their kind and facts; the API writes the sentence in the reader's language when read.
INSERT INTO notification (user_id, kind, params, table_id, created_at, read_at)
SELECT ${usr(`g % ${U}`)}, 'MEETING_SCHEDULED',
       jsonb_build_object('meetingTitle', 'Rencontre fictive ' || g, 'tableName', 'Table fictive', 'startsAt', now() + interval '7 days',
         'location', NULL, 'onlineUrl', NULL, 'seriesCount', 1),
       ${tab(`g % ${T}`)}, now() - g * interval '1 minute',
       CASE WHEN g % 2 = 0 THEN now() END
  FROM generate_series(0, ${U * 10 - 1}) g;

-- Steady state: today's reminders have gone out (the daily job's first run would otherwise send
-- ~35,000 of them in the middle of a window). Yesterday and tomorrow too, whatever the tables' zone.
INSERT INTO action_item_reminder (action_item_id, day)
SELECT ai.id, d.day FROM action_item ai, (VALUES (current_date - 1), (current_date), (current_date + 1)) d(day)
 WHERE ai.due_on IS NOT NULL AND ai.due_on <= d.day + 2 AND ai.status IN ('OPEN', 'IN_PROGRESS', 'BLOCKED');
COMMIT;
ANALYZE;
`;
}
