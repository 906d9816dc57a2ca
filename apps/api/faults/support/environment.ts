import jwt from 'jsonwebtoken';
import { Client, Pool } from 'pg';
import { ApiProcess, FAULTS_JWT_SECRET } from './api-process';
import { assertToolsInstalled, ThrowawayPostgres, ThrowawayRedis } from './services';

const DATABASE = 'concertation_faults';

/** A throwaway PostgreSQL and Redis, and API processes on them; `close` removes all of it. */
export interface FaultEnvironment {
  pg: ThrowawayPostgres;
  redis: ThrowawayRedis;
  databaseUrl: string;
  /** The suite's own connections, to set up fixtures and to reconcile afterwards. */
  db: Pool;
  apis: ApiProcess[];
  startApi(name: string, options?: ApiOptions): Promise<ApiProcess>;
  close(): Promise<void>;
}

/** Where a process listens, and the variables it gets on top of the suite's own. */
export interface ApiOptions {
  port?: number;
  env?: Record<string, string>;
}

/** `envFor` gives the first `apiCount` processes (A, B, …) their own variables, e.g. SMTP_URL. */
export async function startEnvironment(apiCount: number, envFor: (name: string) => Record<string, string> = () => ({})): Promise<FaultEnvironment> {
  assertToolsInstalled();
  const pg = await ThrowawayPostgres.create();
  let redis: ThrowawayRedis | null = null;
  const apis: ApiProcess[] = [];
  let db: Pool | null = null;
  const close = async () => {
    await Promise.all(apis.map((a) => a.remove()));
    await db?.end().catch(() => undefined);
    await redis?.kill();
    await pg.drop();
  };
  try {
    const admin = new Client({ connectionString: pg.url });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${DATABASE}`);
    await admin.end();
    const databaseUrl = pg.url.replace(/\/postgres$/, `/${DATABASE}`);
    redis = await ThrowawayRedis.create();
    const services = { databaseUrl, redisUrl: redis.url };
    const startApi = async (name: string, options?: ApiOptions) => {
      const api = await ApiProcess.start(name, services, options);
      apis.push(api);
      return api;
    };
    // One after the other: the first migrates the empty database.
    for (let i = 0; i < apiCount; i++) {
      const name = String.fromCharCode(65 + i);
      await startApi(name, { env: envFor(name) });
    }
    db = new Pool({ connectionString: databaseUrl, max: 4 });
    // Idle connections die with the server during the faults: that is expected, not a crash.
    db.on('error', () => undefined);
    return { pg, redis, databaseUrl, db, apis, startApi, close };
  } catch (err) {
    await close();
    throw err;
  }
}

/* Fictitious people and bodies, written straight to the database (the API's own e2e fixtures
 * need an in-process app; these processes are separate). */

let counter = 0;
const unique = () => `${process.pid}-${Date.now().toString(36)}-${++counter}`;

async function one(db: Pool, sql: string, params: unknown[]): Promise<string> {
  return (await db.query(sql, params)).rows[0].id;
}

export interface FaultUser {
  id: string;
  token: string;
}

/** A real session and its token, as sign-in would open. */
export async function sessionFor(db: Pool, userId: string): Promise<string> {
  const expiresAt = new Date(Date.now() + 3600_000);
  const sessionId = await one(db, `INSERT INTO auth_session (user_id, expires_at) VALUES ($1, $2) RETURNING id`, [userId, expiresAt]);
  return jwt.sign({ sub: userId, jti: sessionId, exp: Math.floor(expiresAt.getTime() / 1000) }, FAULTS_JWT_SECRET, { algorithm: 'HS256' });
}

/** A REGIONAL table with one ACTIVE member organization, a CHAIR, a SECRETARY and `members` MEMBERs. */
export async function tableWithPeople(
  db: Pool,
  members = 0,
): Promise<{ tableId: string; organizationId: string; chair: FaultUser; secretary: FaultUser; members: FaultUser[] }> {
  const name = `Organisme fictif ${unique()}`;
  const regionId = await one(db, `SELECT id FROM region WHERE code = 'QC-06'`, []);
  const organizationId = await one(db, `INSERT INTO organization (name, search_key, sector, region_id) VALUES ($1, $2, 'COMMUNITY', $3) RETURNING id`, [
    name,
    name.toLowerCase(),
    regionId,
  ]);
  const tableName = `Table fictive ${unique()}`;
  const tableId = await one(db, `INSERT INTO round_table (name, search_key, level) VALUES ($1, $2, 'REGIONAL') RETURNING id`, [
    tableName,
    tableName.toLowerCase(),
  ]);
  await db.query(`INSERT INTO round_table_region (table_id, region_id, position) VALUES ($1, $2, 1)`, [tableId, regionId]);
  await db.query(`INSERT INTO table_membership (table_id, organization_id, status, decided_at) VALUES ($1, $2, 'ACTIVE', now())`, [tableId, organizationId]);
  const person = async (role: string): Promise<FaultUser> => {
    const id = await one(
      db,
      `INSERT INTO app_user (email, password_hash, display_name, platform_role, locale, time_zone, organization_id)
       VALUES ($1, 'not-a-real-hash', $2, 'MEMBER', 'FR', 'America/Toronto', $3) RETURNING id`,
      [`personne.${unique()}@exemple.test`, `Personne fictive ${unique()}`, organizationId],
    );
    await db.query(`INSERT INTO table_participant (table_id, user_id, organization_id, role) VALUES ($1, $2, $3, $4)`, [tableId, id, organizationId, role]);
    return { id, token: await sessionFor(db, id) };
  };
  const chair = await person('CHAIR');
  const secretary = await person('SECRETARY');
  const people: FaultUser[] = [];
  for (let i = 0; i < members; i++) people.push(await person('MEMBER'));
  return { tableId, organizationId, chair, secretary, members: people };
}

/** A meeting under way (its minutes exist) with `items` agenda items. */
export async function meetingInProgress(db: Pool, tableId: string, items = 2): Promise<{ meetingId: string; itemIds: string[] }> {
  const startsAt = new Date(Date.now() - 3600_000);
  const meetingId = await one(
    db,
    `INSERT INTO meeting (table_id, title, status, starts_at, ends_at, time_zone) VALUES ($1, 'Réunion fictive', 'IN_PROGRESS', $2, $3, 'America/Toronto') RETURNING id`,
    [tableId, startsAt, new Date(startsAt.getTime() + 3 * 3600_000)],
  );
  const itemIds: string[] = [];
  for (let i = 1; i <= items; i++) {
    itemIds.push(
      await one(db, `INSERT INTO agenda_item (meeting_id, position, title, confidentiality, status) VALUES ($1, $2, $3, 'MEMBERS', 'PENDING') RETURNING id`, [
        meetingId,
        i,
        `Point fictif ${i}`,
      ]),
    );
  }
  return { meetingId, itemIds };
}
