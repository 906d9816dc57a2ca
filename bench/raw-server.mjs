// The raw baseline of scenario 1: `node:http` + `pg`, no framework. It checks the token as the API
// does, sends exactly the statements the API sends for the dashboard query (lib/dashboard-sql.mjs)
// and answers the same JSON. Usage: DATABASE_URL=… JWT_SECRET=… PORT=… node bench/raw-server.mjs
import http from 'node:http';
import jwt from 'jsonwebtoken';
import pg from 'pg';
import * as q from './lib/dashboard-sql.mjs';

pg.types.setTypeParser(1082, (v) => v); // date → 'YYYY-MM-DD', as the API's Date scalar answers
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
const secret = process.env.JWT_SECRET;
const iso = (d) => (d === null ? null : d.toISOString());

async function dashboard(authorization, variables) {
  const token = /^Bearer\s+(\S+)$/i.exec(authorization ?? '')?.[1];
  const claims = token ? jwt.verify(token, secret, { algorithms: ['HS256'] }) : null;
  const viewer = (await pool.query(q.sessionSql, [claims.jti, claims.sub])).rows[0];
  const userId = claims.sub;
  const tableCache = new Map();
  const loadTables = async (ids) => {
    const missing = [...new Set(ids)].filter((id) => !tableCache.has(id));
    if (missing.length) for (const t of (await pool.query(q.tablesFor(missing.length), missing)).rows) tableCache.set(t.RoundTableEntity_id, t);
  };
  const meetingsPart = (async () => {
    const rows = (await pool.query(q.meetingsSql, [userId, new Date(variables.from), new Date(variables.to)])).rows;
    const tableIds = [...new Set(rows.map((m) => m.m_table_id))];
    if (tableIds.length) {
      const seats = (await pool.query(q.participantsFor(tableIds.length), [userId, ...tableIds])).rows;
      const seated = new Set(seats.map((s) => s.TableParticipantEntity_table_id));
      await loadTables(tableIds);
      return rows.filter((m) => seated.has(m.m_table_id));
    }
    return rows;
  })();
  const actionsPart = (async () => {
    const [count, page] = await Promise.all([
      pool.query(q.actionCountSql, [userId, viewer.organization_id]),
      pool.query(q.actionPageSql, [userId, viewer.organization_id]),
    ]);
    const rows = page.rows.slice(0, 50);
    await meetingsPart; // the API's loader batches the meetings' tables first
    await loadTables(rows.map((a) => a.ai_table_id));
    return { totalCount: Number(count.rows[0].cnt), rows };
  })();
  const notificationsPart = Promise.all([pool.query(q.notificationPageSql, [userId]), pool.query(q.notificationCountsSql, [userId])]);
  const [meetings, actions, [, counts]] = await Promise.all([meetingsPart, actionsPart, notificationsPart]);
  const table = (id) => ({ id, name: tableCache.get(id).RoundTableEntity_name });
  return {
    data: {
      myMeetings: meetings.map((m) => ({
        id: m.m_id,
        title: m.m_title,
        status: m.m_status,
        startsAt: iso(m.m_starts_at),
        endsAt: iso(m.m_ends_at),
        timeZone: m.m_time_zone,
        location: m.m_location,
        table: table(m.m_table_id),
      })),
      myActionItems: {
        totalCount: actions.totalCount,
        edges: actions.rows.map((a) => ({ node: { id: a.ai_id, title: a.ai_title, status: a.ai_status, dueOn: a.ai_due_on, table: table(a.ai_table_id) } })),
      },
      notifications: { unreadCount: counts.rows[0].unread },
    },
  };
}

const server = http.createServer((req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', async () => {
    try {
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      const json = JSON.stringify(await dashboard(req.headers.authorization, body.variables));
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(json) });
      res.end(json);
    } catch (err) {
      res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ errors: [{ message: String(err?.message ?? err) }] }));
    }
  });
});
server.listen(Number(process.env.PORT ?? 3990), '127.0.0.1', () => console.log(`raw baseline on ${server.address().port}`));
process.on('SIGTERM', () => server.close(() => pool.end().then(() => process.exit(0))));
