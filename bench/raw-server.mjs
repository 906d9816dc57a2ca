// The raw baseline of scenario 1: `node:http` + `pg`, no framework. It checks the token as the API
// does, sends exactly the statements the API sends for the dashboard query (lib/dashboard-sql.mjs)
// and answers the same JSON. Usage: DATABASE_URL=… JWT_SECRET=… PORT=… node bench/raw-server.mjs
import http from 'node:http';
import jwt from 'jsonwebtoken';
import pg from 'pg';
import * as q from './lib/dashboard-sql.mjs';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
const secret = process.env.JWT_SECRET;
const iso = (d) => (d === null ? null : d.toISOString());

async function dashboard(authorization, variables) {
  const token = /^Bearer\s+(\S+)$/i.exec(authorization ?? '')?.[1];
  const claims = token ? jwt.verify(token, secret, { algorithms: ['HS256'] }) : null;
  const viewer = (await pool.query(q.sessionSql, [claims.jti, claims.sub])).rows[0];
  const userId = claims.sub;
  // As the API: the lists first, side by side; then, in one statement each, the viewer's seats at
  // the meetings' tables (a meeting's location is for those seated there) and every table named.
  const [meetings, count, page, , counts] = await Promise.all([
    pool.query(q.meetingsSql, [userId, new Date(variables.from), new Date(variables.to)]),
    pool.query(q.actionCountSql, [userId, viewer.organization_id]),
    pool.query(q.actionPageSql, [userId, viewer.organization_id]),
    pool.query(q.notificationPageSql, [userId]),
    pool.query(q.notificationCountsSql, [userId]),
  ]);
  const actions = page.rows.slice(0, 50);
  const meetingTables = [...new Set(meetings.rows.map((m) => m.tableId))];
  const allTables = [...new Set([...meetingTables, ...actions.map((a) => a.tableId)])];
  const [seats, tables] = await Promise.all([
    meetingTables.length ? pool.query(q.participantsSql, [[userId], meetingTables]) : { rows: [] },
    allTables.length ? pool.query(q.tablesSql, [allTables]) : { rows: [] },
  ]);
  const seated = new Set(seats.rows.map((s) => s.tableId));
  const names = new Map(tables.rows.map((t) => [t.id, t.name]));
  const table = (id) => ({ id, name: names.get(id) });
  return {
    data: {
      myMeetings: meetings.rows.map((m) => ({
        id: m.id,
        title: m.title,
        status: m.status,
        startsAt: iso(m.startsAt),
        endsAt: iso(m.endsAt),
        timeZone: m.timeZone,
        location: seated.has(m.tableId) ? m.location : null,
        table: table(m.tableId),
      })),
      myActionItems: {
        totalCount: count.rows[0].n,
        edges: actions.map((a) => ({ node: { id: a.id, title: a.title, status: a.status, dueOn: a.dueOn, table: table(a.tableId) } })),
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
