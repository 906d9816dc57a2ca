import { randomBytes } from 'node:crypto';
import argon2 from 'argon2';
import { foldForSearch, type EnumValue, type Locale, type TableLevel, type TableRole } from '@concertation/shared-domain';
import { TokenService } from '../../src/core/auth/token.service';
import type { TestApp } from './test-app';

/**
 * Fictitious people and bodies, written straight to the database so that each test states only
 * what it is about. Passwords are hashed like real ones; tokens are real sessions.
 */
export const FIXTURE_PASSWORD = 'fixture-password-123';
let passwordHash: Promise<string> | null = null;
const hashOnce = () => (passwordHash ??= argon2.hash(FIXTURE_PASSWORD, { type: argon2.argon2id }));

const unique = () => randomBytes(4).toString('hex');

export async function regionId(t: TestApp, code: string): Promise<string> {
  const rows = await t.dataSource.query(`SELECT id FROM region WHERE code = $1`, [code]);
  if (!rows[0]) throw new Error(`no region ${code}`);
  return rows[0].id;
}

export async function createOrganization(
  t: TestApp,
  fields: { name?: string; acronym?: string | null; sector?: string; regionCode?: string } = {},
): Promise<string> {
  const name = fields.name ?? `Organisme fictif ${unique()}`;
  const acronym = fields.acronym ?? null;
  const rows = await t.dataSource.query(`INSERT INTO organization (name, acronym, search_key, sector, region_id) VALUES ($1, $2, $3, $4, $5) RETURNING id`, [
    name,
    acronym,
    foldForSearch(`${name} ${acronym ?? ''}`),
    fields.sector ?? 'COMMUNITY',
    await regionId(t, fields.regionCode ?? 'QC-06'),
  ]);
  return rows[0].id;
}

export interface FixtureUser {
  id: string;
  email: string;
  token: string;
}

export async function createUser(
  t: TestApp,
  fields: {
    email?: string;
    displayName?: string;
    coordinator?: boolean;
    organizationId?: string | null;
    pendingOrganizationId?: string | null;
    locale?: EnumValue<Locale>;
  } = {},
): Promise<FixtureUser> {
  const email = (fields.email ?? `personne.${unique()}@exemple.test`).toLowerCase();
  const rows = await t.dataSource.query(
    `INSERT INTO app_user (email, password_hash, display_name, platform_role, locale, time_zone, organization_id, pending_organization_id)
     VALUES ($1, $2, $3, $4, $5, 'America/Toronto', $6, $7) RETURNING id`,
    [
      email,
      await hashOnce(),
      fields.displayName ?? `Personne fictive ${unique()}`,
      fields.coordinator ? 'COORDINATOR' : 'MEMBER',
      fields.locale ?? 'FR',
      fields.organizationId ?? null,
      fields.pendingOrganizationId ?? null,
    ],
  );
  const id: string = rows[0].id;
  return { id, email, token: await signIn(t, id) };
}

/** A new session for the user, as login would open. */
export async function signIn(t: TestApp, userId: string): Promise<string> {
  const expiresAt = new Date(Date.now() + 3600_000);
  const rows = await t.dataSource.query(`INSERT INTO auth_session (user_id, expires_at) VALUES ($1, $2) RETURNING id`, [userId, expiresAt]);
  return t.app.get(TokenService).sign({ userId, sessionId: rows[0].id }, expiresAt);
}

export async function createTable(
  t: TestApp,
  fields: { name?: string; level?: EnumValue<TableLevel>; parentId?: string | null; regionCodes?: string[]; mandate?: string | null; archived?: boolean } = {},
): Promise<string> {
  const name = fields.name ?? `Table fictive ${unique()}`;
  const rows = await t.dataSource.query(
    `INSERT INTO round_table (name, search_key, level, mandate, parent_id, archived_at) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    [name, foldForSearch(name), fields.level ?? 'REGIONAL', fields.mandate ?? null, fields.parentId ?? null, fields.archived ? new Date() : null],
  );
  const id: string = rows[0].id;
  let position = 1;
  for (const code of fields.regionCodes ?? ['QC-06']) {
    await t.dataSource.query(`INSERT INTO round_table_region (table_id, region_id, position) VALUES ($1, $2, $3)`, [id, await regionId(t, code), position++]);
  }
  return id;
}

export async function addMembership(
  t: TestApp,
  tableId: string,
  organizationId: string,
  status = 'ACTIVE',
  requestedById: string | null = null,
): Promise<string> {
  const rows = await t.dataSource.query(
    `INSERT INTO table_membership (table_id, organization_id, status, requested_by_id, decided_at)
     VALUES ($1, $2, $3::varchar, $4, CASE WHEN $3::varchar = 'PENDING' THEN NULL ELSE now() END) RETURNING id`,
    [tableId, organizationId, status, requestedById],
  );
  return rows[0].id;
}

export async function seat(t: TestApp, tableId: string, userId: string, role: EnumValue<TableRole>, organizationId: string | null): Promise<string> {
  const rows = await t.dataSource.query(`INSERT INTO table_participant (table_id, user_id, organization_id, role) VALUES ($1, $2, $3, $4) RETURNING id`, [
    tableId,
    userId,
    organizationId,
    role,
  ]);
  return rows[0].id;
}

/**
 * A table with one organization seated in every role, plus a coordinator who does not sit at it
 * and a user of another organization: the cast most permission tests need.
 */
export async function tableWithCast(t: TestApp) {
  const organizationId = await createOrganization(t, { name: 'Service de police fictif', sector: 'POLICE' });
  const otherOrganizationId = await createOrganization(t, { name: 'Organisme communautaire fictif', sector: 'COMMUNITY' });
  const provincialId = await createTable(t, { level: 'PROVINCIAL', regionCodes: ['CA-QC'] });
  const tableId = await createTable(t, { level: 'REGIONAL', parentId: provincialId });
  await addMembership(t, tableId, organizationId);
  const chair = await createUser(t, { organizationId });
  const secretary = await createUser(t, { organizationId });
  const member = await createUser(t, { organizationId });
  const observer = await createUser(t, { organizationId });
  const colleague = await createUser(t, { organizationId });
  const outsider = await createUser(t, { organizationId: otherOrganizationId });
  const coordinator = await createUser(t, { coordinator: true });
  const participants = {
    chair: await seat(t, tableId, chair.id, 'CHAIR', organizationId),
    secretary: await seat(t, tableId, secretary.id, 'SECRETARY', organizationId),
    member: await seat(t, tableId, member.id, 'MEMBER', organizationId),
    observer: await seat(t, tableId, observer.id, 'OBSERVER', organizationId),
  };
  return { tableId, provincialId, organizationId, otherOrganizationId, chair, secretary, member, observer, colleague, outsider, coordinator, participants };
}
