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

/** The coordinator (platform role), for the network report: user 4999, who is no dashboard viewer nor live subscriber. */
export const COORDINATOR = 4999;

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
-- About one past meeting in a hundred was cancelled (two of table 1's). bench_meeting keeps each
-- meeting's number, table, start and status for the rows that hang off it.
CREATE TEMP TABLE bench_meeting AS
SELECT g AS n, ${tableOfMeeting('g')} AS t, s,
       CASE WHEN g = ${LIVE_MEETING} THEN 'IN_PROGRESS' WHEN s < now() AND g % 97 = 41 THEN 'CANCELLED' WHEN s < now() THEN 'ADJOURNED' ELSE 'SCHEDULED' END AS status
  FROM generate_series(0, ${M - 1}) g,
       LATERAL (SELECT CASE WHEN g = ${LIVE_MEETING} THEN now() - interval '30 minutes'
                            ELSE date_trunc('hour', now()) - interval '365 days' + (g * interval '1 day' * 730 / ${M}) END AS s) st;
INSERT INTO meeting (id, table_id, title, status, starts_at, ends_at, time_zone, location, created_by_id, agenda_published_at)
SELECT ${mtg('n')}, ${tab('t')}, 'Rencontre fictive ' || n, status, s, s + interval '2 hours', 'America/Toronto', 'Salle fictive ' || (n % 50),
       ${usr(`n % ${T}`)}, s - interval '7 days'
  FROM bench_meeting;

INSERT INTO agenda_item (id, meeting_id, position, title, description, kind, confidentiality, duration_minutes)
SELECT ${agi('g')}, ${mtg(`g / ${A / M}`)}, 1 + g % ${A / M}, 'Point fictif ' || g, 'Description fictive du point ' || g,
       (ARRAY['INFORMATION','DISCUSSION','DECISION'])[1 + g % 3], CASE WHEN g % 10 = 9 THEN 'IN_CAMERA' ELSE 'MEMBERS' END, 15
  FROM generate_series(0, ${A - 1}) g;

-- Action item g belongs to meeting g % M (so to its table) and is assigned to someone who sits there.
-- A DONE one was completed some hours after it was created, never later than now.
INSERT INTO action_item (id, table_id, meeting_id, title, description, assignee_id, assignee_organization_id, due_on, status, created_by_id, created_at, completed_at)
SELECT ${uuidSql('action', 'g')}, ${tab('t')}, ${mtg('m')}, 'Suivi fictif ' || g, 'Action fictive ' || g,
       ${usr('a')}, ${org(`a % ${O}`)}, (now() + ((g % 120) - 30) * interval '1 day')::date,
       (ARRAY['OPEN','IN_PROGRESS','BLOCKED','DONE','CANCELLED'])[1 + g % 5], ${usr('t')},
       now() - (g % 700) * interval '1 hour',
       CASE WHEN g % 5 = 3 THEN LEAST(now(), now() - (g % 700) * interval '1 hour' + (g % 97) * interval '1 hour') END
  FROM generate_series(0, ${X - 1}) g,
       LATERAL (SELECT g % ${M} AS m, ${tableOfMeeting(`g % ${M}`)} AS t) mt,
       LATERAL (SELECT t + ${T} * ((g / ${M}) % ${Math.floor((U - 1) / T)}) AS a) asg;

${reportsSql()}
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

/**
 * What the reports of issue 16 count, at the scale of the rest: a coordinator; at every held meeting
 * (adjourned; the live one is left alone) one attendance row per member organization (its first
 * seated user, about 80 % PRESENT, every 23rd meeting short of quorum), two decisions and one
 * closed vote with a ballot per organization present; 20 referrals a year from every table to the
 * one above it, answered after 1 to 30 days or pending; 13 consultations a year by every table with
 * tables below it (12 closed with about 60 % of the invited organizations answering, one open);
 * 5 protocols of table 0, adopted at a third of the regional tables and under way at another third.
 */
function reportsSql() {
  const { organizations: O, tables: T } = SIZES;
  const org = (e) => uuidSql('org', e);
  const tab = (e) => uuidSql('table', e);
  const usr = (e) => uuidSql('user', e);
  const mtg = (e) => uuidSql('meeting', e);
  const agi = (e) => uuidSql('agenda', e);
  const per = SIZES.agendaItems / SIZES.meetings;
  const parent = (t) => `(CASE WHEN ${t} = 0 THEN NULL WHEN ${t} <= 12 THEN 0 ELSE 1 + ${t} % 12 END)`;
  return `
UPDATE app_user SET platform_role = 'COORDINATOR' WHERE id = ${usr(COORDINATOR)};

-- Each member organization of a table is represented there by its first seated user.
CREATE TEMP TABLE bench_delegate AS
SELECT DISTINCT ON (t, u % ${O}) t, u % ${O} AS o, u FROM bench_seat ORDER BY t, u % ${O}, u;
CREATE TEMP TABLE bench_attendance AS
SELECT m.n, m.t, m.s, d.o, d.u,
       CASE WHEN m.n % 23 = 0 AND d.o % 3 <> 0 THEN 'EXCUSED' WHEN (m.n + d.o) % 10 = 0 THEN 'ABSENT' WHEN (m.n + d.o) % 10 = 1 THEN 'EXCUSED' ELSE 'PRESENT' END AS status
  FROM bench_meeting m JOIN bench_delegate d ON d.t = m.t WHERE m.status = 'ADJOURNED';
INSERT INTO attendance (meeting_id, user_id, organization_id, status, recorded_at)
SELECT ${mtg('n')}, ${usr('u')}, ${org('o')}, status, s FROM bench_attendance;

-- Two decisions per held meeting (items 3 and 6), the first one the outcome of a closed vote.
INSERT INTO decision (id, meeting_id, agenda_item_id, text, outcome, recorded_by_id, recorded_at)
SELECT ${uuidSql('decision', 'm.n * 2 + k')}, ${mtg('m.n')}, ${agi(`m.n * ${per} + 2 + 3 * k`)}, 'Décision fictive ' || (m.n * 2 + k),
       (ARRAY['ADOPTED', 'CONSENSUS', 'REJECTED', 'DEFERRED'])[1 + (m.n + k) % 4], ${usr('m.t')}, m.s + (30 + 20 * k) * interval '1 minute'
  FROM bench_meeting m, generate_series(0, 1) k WHERE m.status = 'ADJOURNED';
INSERT INTO vote (id, meeting_id, agenda_item_id, question, method, options, threshold, secret, status, eligible_organization_ids, opened_by_id, opened_at, closed_at, decision_id)
SELECT ${uuidSql('vote', 'm.n')}, ${mtg('m.n')}, ${agi(`m.n * ${per} + 2`)}, 'Question fictive ' || m.n || ' ?', 'YES_NO_ABSTAIN', '["YES", "NO", "ABSTAIN"]', 'SIMPLE_MAJORITY',
       false, 'CLOSED', (SELECT array_agg(${org('d.o')} ORDER BY d.o) FROM bench_delegate d WHERE d.t = m.t), ${usr('m.t')},
       m.s + interval '20 minutes', m.s + interval '30 minutes', ${uuidSql('decision', 'm.n * 2')}
  FROM bench_meeting m WHERE m.status = 'ADJOURNED';
INSERT INTO ballot (vote_id, organization_id, choice, cast_by_id, cast_at)
SELECT ${uuidSql('vote', 'n')}, ${org('o')}, (ARRAY['YES', 'YES', 'YES', 'NO', 'ABSTAIN'])[1 + (n + o) % 5], ${usr('u')}, s + interval '25 minutes'
  FROM bench_attendance WHERE status = 'PRESENT';
-- Counted as closeVote counts them: the results, and the decision's outcome and counts.
UPDATE vote v SET results = jsonb_build_array(jsonb_build_object('option', 'YES', 'count', c.yes), jsonb_build_object('option', 'NO', 'count', c.no),
         jsonb_build_object('option', 'ABSTAIN', 'count', c.abstain)), passed = c.yes > c.no
  FROM (SELECT vote_id, count(*) FILTER (WHERE choice = 'YES')::int AS yes, count(*) FILTER (WHERE choice = 'NO')::int AS no,
               count(*) FILTER (WHERE choice = 'ABSTAIN')::int AS abstain FROM ballot GROUP BY vote_id) c
 WHERE v.id = c.vote_id;
UPDATE decision d SET outcome = CASE WHEN v.passed THEN 'ADOPTED' ELSE 'REJECTED' END,
       votes_for = (v.results -> 0 ->> 'count')::int, votes_against = (v.results -> 1 ->> 'count')::int, abstentions = (v.results -> 2 ->> 'count')::int
  FROM vote v WHERE d.id = v.decision_id;

-- Referrals up the tree: 20 a year from every table but the national one.
INSERT INTO referral (from_table_id, to_table_id, title, rationale, status, referred_by_id, referred_at, decided_by_id, decided_at, response)
SELECT ${tab('t')}, ${tab(parent('t'))}, 'Référence fictive ' || t || '-' || k, 'Motif fictif', st,
       ${usr('t')}, r, CASE WHEN st <> 'PENDING' THEN ${usr(parent('t'))} END,
       CASE WHEN st <> 'PENDING' THEN LEAST(now(), r + (1 + (t + k) % 30) * interval '1 day') END,
       CASE WHEN st = 'DECLINED' THEN 'Réponse fictive' END
  FROM generate_series(1, ${T - 1}) t, generate_series(0, 19) k,
       LATERAL (SELECT now() - ((k * 18 + t) % 365) * interval '1 day' AS r, (ARRAY['ACCEPTED', 'DECLINED', 'PENDING'])[1 + (t + k) % 3] AS st) x;

-- Consultations of the tables that have tables below them (0..12), each asking those tables: one a month, the last still open.
CREATE TEMP TABLE bench_consultation AS
SELECT p, k, ${uuidSql('consultation', "p || '-' || k")} AS id, now() + interval '14 days' - k * 28 * interval '1 day' AS closes
  FROM generate_series(0, 12) p, generate_series(0, 12) k;
INSERT INTO consultation (id, table_id, title, status, opens_at, closes_at, closed_at, created_by_id, created_at)
SELECT id, ${tab('p')}, 'Consultation fictive ' || p || '-' || k, CASE WHEN k = 0 THEN 'OPEN' ELSE 'CLOSED' END,
       closes - interval '14 days', closes, CASE WHEN k > 0 THEN closes END, ${usr('p')}, closes - interval '15 days'
  FROM bench_consultation;
INSERT INTO consultation_audience (consultation_id, table_id)
SELECT c.id, ${tab('t')} FROM bench_consultation c, generate_series(1, ${T - 1}) t WHERE ${parent('t')} = c.p;
CREATE TEMP TABLE bench_invitation AS
SELECT DISTINCT ON (c.id, d.o) c.id, c.k, c.closes, d.o, d.u
  FROM bench_consultation c JOIN generate_series(1, ${T - 1}) a ON ${parent('a')} = c.p JOIN bench_delegate d ON d.t = a ORDER BY c.id, d.o, d.u;
INSERT INTO consultation_invitation (consultation_id, organization_id) SELECT id, ${org('o')} FROM bench_invitation;
INSERT INTO consultation_response (consultation_id, organization_id, submitted_by_id, submitted_at)
SELECT id, ${org('o')}, ${usr('u')}, closes - (1 + o % 13) * interval '1 day' FROM bench_invitation WHERE (o + k) % 5 < 3 AND k > 0;

-- Protocols of table 0, adopted (version 2) or under way at two regional tables in three.
INSERT INTO protocol (id, owner_table_id, title, search_key, created_by_id, created_at)
SELECT ${uuidSql('protocol', 'p')}, ${tab('0')}, 'Protocole fictif ' || p, 'protocole fictif ' || p, ${usr('0')}, now() - interval '300 days'
  FROM generate_series(0, 4) p;
INSERT INTO protocol_version (id, protocol_id, number, body, published_by_id, published_at)
SELECT ${uuidSql('protocol-version', "p || '-' || v")}, ${uuidSql('protocol', 'p')}, v, 'Texte fictif du protocole ' || p || ', version ' || v, ${usr('0')},
       now() - (300 - 100 * v) * interval '1 day'
  FROM generate_series(0, 4) p, generate_series(1, 2) v;
INSERT INTO protocol_adoption (protocol_id, table_id, status, version_id)
SELECT ${uuidSql('protocol', 'p')}, ${tab('t')}, CASE WHEN (t + p) % 3 = 1 THEN 'IN_PROGRESS' ELSE 'ADOPTED' END,
       CASE WHEN (t + p) % 3 = 2 THEN ${uuidSql('protocol-version', "p || '-2'")} END
  FROM generate_series(0, 4) p, generate_series(13, ${T - 1}) t WHERE (t + p) % 3 <> 0;
`;
}
