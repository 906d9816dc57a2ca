import type { EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { foldForSearch, NotificationKind } from '@concertation/shared-domain';
import { UserEntity } from '../modules/accounts/user.entity';
import { AuditEventEntity } from '../modules/audit/audit-event.entity';
import { organizationSearchKey } from '../modules/directory/organizations.service';
import { OrganizationEntity } from '../modules/directory/organization.entity';
import { NotificationEntity } from '../modules/notifications/notification.entity';
import { RoundTableRegionEntity } from '../modules/round-tables/round-table-region.entity';
import { RoundTableEntity } from '../modules/round-tables/round-table.entity';
import { TableMembershipAlternateEntity } from '../modules/round-tables/table-membership-alternate.entity';
import { TableMembershipEntity } from '../modules/round-tables/table-membership.entity';
import { TableParticipantEntity } from '../modules/round-tables/table-participant.entity';
import { loadDemoFloor } from './demo-floor.loader';
import { loadDemoHistory } from './demo-history.loader';
import { loadDemoMeetings } from './demo-meetings.loader';
import { loadDemoMinutes } from './demo-minutes.loader';
import { loadDemoNetwork } from './demo-network.loader';
import {
  DEMO_MEMBERSHIPS,
  DEMO_ORGANIZATIONS,
  DEMO_PENDING_REQUEST,
  DEMO_REPRESENTATIVES,
  DEMO_SEATS,
  DEMO_SETUP_DAYS_AGO,
  DEMO_TABLES,
  DEMO_USERS,
} from './demo-data.set';

/** Resolves the data set's keys to the ids the database gave; a typo in the set fails loudly. */
class Ids {
  private readonly map = new Map<string, string>();
  constructor(private readonly what: string) {}
  set(key: string, id: string) {
    this.map.set(key, id);
  }
  get(key: string): string {
    const id = this.map.get(key);
    if (!id) throw new Error(`demo data: unknown ${this.what} ${key}`);
    return id;
  }
}

const daysAgo = (days: number) => () => `now() - interval '${Number(days)} days'`;

/** Writes the whole demo data set with the caller's manager (one transaction). */
export async function loadDemoData(manager: EntityManager, passwordHash: string): Promise<void> {
  const regions = new Ids('region');
  for (const r of (await manager.query(`SELECT id, code FROM region`)) as Array<{ id: string; code: string }>) regions.set(r.code, r.id);

  const organizations = new Ids('organization');
  const orgRows = await manager.insert(
    OrganizationEntity,
    DEMO_ORGANIZATIONS.map((o) => ({
      name: o.name,
      acronym: o.acronym,
      searchKey: organizationSearchKey(o.name, o.acronym),
      sector: o.sector,
      regionId: regions.get(o.region),
      website: o.website,
    })),
  );
  DEMO_ORGANIZATIONS.forEach((o, i) => organizations.set(o.key, orgRows.identifiers[i].id));

  const users = new Ids('user');
  const userRows = await manager.insert(
    UserEntity,
    DEMO_USERS.map((u) => ({
      email: u.email,
      passwordHash,
      displayName: u.displayName,
      platformRole: u.coordinator ? ('COORDINATOR' as const) : ('MEMBER' as const),
      locale: u.locale ?? ('FR' as const),
      timeZone: 'America/Toronto',
      organizationId: u.organization ? organizations.get(u.organization) : null,
      pendingOrganizationId: u.pendingOrganization ? organizations.get(u.pendingOrganization) : null,
    })),
  );
  DEMO_USERS.forEach((u, i) => users.set(u.key, userRows.identifiers[i].id));
  const coordinatorId = users.get('coordinator');
  const audit: Array<QueryDeepPartialEntity<AuditEventEntity>> = [];

  // Parents come before their children in DEMO_TABLES.
  const tables = new Ids('table');
  for (const t of DEMO_TABLES) {
    const row = await manager.insert(RoundTableEntity, {
      name: t.name,
      searchKey: foldForSearch(t.name),
      level: t.level,
      mandate: t.mandate,
      parentId: t.parent ? tables.get(t.parent) : null,
      quorum: t.quorum,
      // The same day as its `table.created` audit event, so the table's page and its history agree.
      createdAt: daysAgo(DEMO_SETUP_DAYS_AGO),
    });
    const id: string = row.identifiers[0].id;
    tables.set(t.key, id);
    await manager.insert(
      RoundTableRegionEntity,
      t.regions.map((code, i) => ({ tableId: id, regionId: regions.get(code), position: i + 1 })),
    );
    audit.push({ actorId: coordinatorId, action: 'table.created', entityType: 'table', entityId: id, tableId: id, at: daysAgo(DEMO_SETUP_DAYS_AGO) });
  }

  const memberships = new Ids('membership');
  for (const [tableKey, orgKeys] of Object.entries(DEMO_MEMBERSHIPS)) {
    const tableId = tables.get(tableKey);
    const rows = await manager.insert(
      TableMembershipEntity,
      orgKeys.map((key) => ({
        tableId,
        organizationId: organizations.get(key),
        status: 'ACTIVE' as const,
        requestedById: coordinatorId,
        requestedAt: daysAgo(DEMO_SETUP_DAYS_AGO - 1),
        decidedById: coordinatorId,
        decidedAt: daysAgo(DEMO_SETUP_DAYS_AGO - 2),
      })),
    );
    orgKeys.forEach((key, i) => memberships.set(`${tableKey}/${key}`, rows.identifiers[i].id));
    for (const { id } of rows.identifiers) {
      audit.push({
        actorId: coordinatorId,
        action: 'membership.decided',
        entityType: 'membership',
        entityId: id,
        tableId,
        at: daysAgo(DEMO_SETUP_DAYS_AGO - 2),
      });
    }
  }

  const organizationOf = new Map(DEMO_USERS.map((u) => [u.key, u.organization]));
  const seatRows = await manager.insert(
    TableParticipantEntity,
    DEMO_SEATS.map(([table, user, role]) => ({
      tableId: tables.get(table),
      userId: users.get(user),
      organizationId: organizations.get(organizationOf.get(user) as string),
      role,
      since: daysAgo(DEMO_SETUP_DAYS_AGO - 3),
    })),
  );
  DEMO_SEATS.forEach(([table], i) =>
    audit.push({
      actorId: coordinatorId,
      action: 'participant.added',
      entityType: 'participant',
      entityId: seatRows.identifiers[i].id,
      tableId: tables.get(table),
      at: daysAgo(DEMO_SETUP_DAYS_AGO - 3),
    }),
  );

  const seatOf = new Ids('seat');
  DEMO_SEATS.forEach(([table, user], i) => seatOf.set(`${table}/${user}`, seatRows.identifiers[i].id));
  for (const [table, organization, delegate, alternates] of DEMO_REPRESENTATIVES) {
    const membershipId = memberships.get(`${table}/${organization}`);
    await manager.update(TableMembershipEntity, { id: membershipId }, { delegateParticipantId: seatOf.get(`${table}/${delegate}`) });
    if (alternates.length > 0) {
      await manager.insert(
        TableMembershipAlternateEntity,
        alternates.map((user, i) => ({ membershipId, participantId: seatOf.get(`${table}/${user}`), position: i + 1 })),
      );
    }
    audit.push({
      actorId: coordinatorId,
      action: 'representatives.set',
      entityType: 'membership',
      entityId: membershipId,
      tableId: tables.get(table),
      at: daysAgo(DEMO_SETUP_DAYS_AGO - 4),
    });
  }

  // The request the Montréal table's chair can accept: the requester then sits there as a MEMBER.
  const pending = DEMO_PENDING_REQUEST;
  const montrealId = tables.get(pending.table);
  const requesterId = users.get(pending.requester);
  const request = await manager.insert(TableMembershipEntity, {
    tableId: montrealId,
    organizationId: organizations.get(pending.organization),
    status: 'PENDING',
    message: pending.message,
    requestedById: requesterId,
    requestedAt: daysAgo(2),
  });
  audit.push({
    actorId: requesterId,
    action: 'membership.requested',
    entityType: 'membership',
    entityId: request.identifiers[0].id,
    tableId: montrealId,
    at: daysAgo(2),
  });
  const pendingUserId = users.get('pending');
  audit.push({ actorId: pendingUserId, action: 'affiliation.requested', entityType: 'user', entityId: pendingUserId, tableId: null, at: daysAgo(1) });
  await manager.insert(AuditEventEntity, audit);

  const ecole = DEMO_ORGANIZATIONS.find((o) => o.key === pending.organization)?.name ?? '';
  const montreal = DEMO_TABLES.find((t) => t.key === pending.table)?.name ?? '';
  await manager.insert(NotificationEntity, [
    ...['chairMontreal', 'secretaryMontreal'].map((key) => ({
      userId: users.get(key),
      kind: NotificationKind.MEMBERSHIP_REQUESTED,
      params: { organizationName: ecole, tableName: montreal, message: pending.message },
      tableId: montrealId,
      createdAt: daysAgo(2),
    })),
    {
      userId: coordinatorId,
      kind: NotificationKind.AFFILIATION_REQUESTED,
      params: { displayName: 'Kim En-Attente (fictif)', organizationName: 'Maison d’hébergement Le Phare (fictif)' },
      tableId: null,
      createdAt: daysAgo(1),
    },
  ]);

  const keys = { table: (key: string) => tables.get(key), user: (key: string) => users.get(key), organization: (key: string) => organizations.get(key) };
  const meetings = await loadDemoMeetings(manager, keys);
  await loadDemoMinutes(manager, keys, meetings);
  await loadDemoFloor(manager, keys, meetings);
  await loadDemoNetwork(manager, keys, meetings);
  await loadDemoHistory(manager, keys);
}
