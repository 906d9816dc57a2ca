import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { type EnumValue, isOfficerRole, TABLE_ROLES, type TableRole } from '@concertation/shared-domain';
import { isCoordinator, type Viewer } from '../../core/auth/viewer';
import { entityColumns } from '../../core/database/entity-columns';
import { forbidden } from '../../core/errors/domain-errors';
import type { RequestContext } from '../../core/graphql/request-context';
import { byKey } from '../../core/graphql/request-loaders';
import { DirectoryPolicy } from '../directory/directory.policy';
import type { RoundTableEntity } from './round-table.entity';
import { TableParticipantEntity } from './table-participant.entity';

/** A seat: the viewer's participation at one table, or null when they do not sit there. */
export type Seat = TableParticipantEntity | null;

interface SeatKey {
  userId: string;
  tableId: string;
}

const seatKey = (k: SeatKey): string => `${k.userId}/${k.tableId}`;

/**
 * The one place that knows who sits where and what each seat allows. Reads for field resolvers
 * go through `viewerSeat` (one query per request for every table asked about); checks made inside
 * a mutation go through `seatIn` with the transaction's manager.
 */
@Injectable()
export class RoundTablesPolicy {
  constructor(
    private readonly dataSource: DataSource,
    private readonly directory: DirectoryPolicy,
  ) {}

  // ─── Seats ───────────────────────────────────────────────────────────────

  /**
   * The viewer's seat at a table, batched with every other table of the same request. Keyed by
   * user and table, so that the subscribers of one live event share one query for all their seats.
   */
  viewerSeat(ctx: RequestContext, tableId: string): Promise<Seat> {
    const viewer = ctx.viewer;
    if (!viewer) return Promise.resolve(null);
    const loader = ctx.loaders.shared(
      'policy.seat',
      async (keys: readonly SeatKey[]) => {
        // Fixed SQL: every request and every live event's subscribers ask it.
        const seats: TableParticipantEntity[] = await this.dataSource.query(
          `SELECT ${entityColumns(this.dataSource, TableParticipantEntity, 'p')} FROM table_participant p
            WHERE p.user_id = ANY($1::uuid[]) AND p.table_id = ANY($2::uuid[])`,
          [[...new Set(keys.map((k) => k.userId))], [...new Set(keys.map((k) => k.tableId))]],
        );
        return byKey(keys.map(seatKey), seats, seatKey);
      },
      { cacheKeyFn: seatKey },
    );
    return loader.load({ userId: viewer.userId, tableId });
  }

  async viewerRole(ctx: RequestContext, tableId: string): Promise<EnumValue<TableRole> | null> {
    return (await this.viewerSeat(ctx, tableId))?.role ?? null;
  }

  /** A user's seat at a table, read in the caller's transaction. */
  async seatIn(manager: EntityManager, userId: string, tableId: string): Promise<Seat> {
    const [seat]: TableParticipantEntity[] = await manager.query(
      `SELECT ${entityColumns(manager.connection, TableParticipantEntity, 'p')} FROM table_participant p WHERE p.user_id = $1 AND p.table_id = $2`,
      [userId, tableId],
    );
    return seat ?? null;
  }

  // ─── What a seat allows ──────────────────────────────────────────────────

  /** Officers: the table's CHAIRs and SECRETARYs. */
  isOfficer(seat: Seat): boolean {
    return isOfficerRole(seat?.role);
  }

  /**
   * The officer roles as an SQL list, for the lists that restate `isOfficer` in the database (fixed
   * enum values, never user input), like MeetingsPolicy.inCameraRolesSql.
   */
  officerRolesSql(): string {
    const roles = TABLE_ROLES.filter((role) => isOfficerRole(role));
    return `(${roles.map((role) => `'${role.replace(/[^A-Z_]/g, '')}'`).join(', ')})`;
  }

  isChair(seat: Seat): boolean {
    return seat?.role === 'CHAIR';
  }

  /** Sitting at a table in any role. */
  sits(seat: Seat): boolean {
    return seat !== null;
  }

  /** `participants` is for those who sit at the table and for coordinators. */
  canReadParticipants(viewer: Viewer | null, seat: Seat): boolean {
    return isCoordinator(viewer) || this.sits(seat);
  }

  /**
   * An ACTIVE membership is public to signed-in users; the others (requests, refusals,
   * withdrawals) are for the table's officers, coordinators and the organization's own people.
   */
  canReadMembership(viewer: Viewer | null, seat: Seat, membership: { status: string; organizationId: string }): boolean {
    if (membership.status === 'ACTIVE') return true;
    return isCoordinator(viewer) || this.isOfficer(seat) || (!!viewer && viewer.organizationId === membership.organizationId);
  }

  // ─── Checks for mutations (inside their transaction) ─────────────────────

  /** Officers of the table or a coordinator (deciding membership requests). */
  async assertOfficerOrCoordinator(manager: EntityManager, viewer: Viewer, tableId: string): Promise<Seat> {
    const seat = await this.seatIn(manager, viewer.userId, tableId);
    if (!isCoordinator(viewer) && !this.isOfficer(seat)) throw forbidden('Only the officers of this table or a coordinator may do this.');
    return seat;
  }

  /** The table's CHAIR or a coordinator (editing the table, seating people). */
  async assertChairOrCoordinator(manager: EntityManager, viewer: Viewer, tableId: string): Promise<Seat> {
    const seat = await this.seatIn(manager, viewer.userId, tableId);
    if (!isCoordinator(viewer) && !this.isChair(seat)) throw forbidden("Only this table's chair or a coordinator may do this.");
    return seat;
  }

  /** Officers of the table only: coordinators who do not sit there are refused (least privilege). */
  async assertOfficer(manager: EntityManager, viewer: Viewer, tableId: string): Promise<Seat> {
    const seat = await this.seatIn(manager, viewer.userId, tableId);
    if (!this.isOfficer(seat)) throw forbidden('Only the officers of this table may do this.');
    return seat;
  }

  /** Anyone who sits at the table. */
  async assertSits(manager: EntityManager, viewer: Viewer, tableId: string): Promise<Seat> {
    const seat = await this.seatIn(manager, viewer.userId, tableId);
    if (!this.sits(seat)) throw forbidden('Only those who sit at this table may do this.');
    return seat;
  }

  /** updateTable: the table's CHAIR or a coordinator; moving it under another parent, coordinators only. */
  async assertMayEdit(manager: EntityManager, viewer: Viewer, tableId: string, changesParent: boolean): Promise<void> {
    await this.assertChairOrCoordinator(manager, viewer, tableId);
    if (changesParent && !isCoordinator(viewer)) throw forbidden("Only coordinators may set a table's parent.");
  }

  /** requestMembership: the organization's own people or a coordinator (DirectoryPolicy.canActFor). */
  assertMayRequestMembership(viewer: Viewer, organizationId: string): void {
    if (!this.directory.canActFor(viewer, organizationId)) throw forbidden('Only a user of that organization or a coordinator may ask for its membership.');
  }

  /** withdrawMembership: the organization's own people and coordinators, else the table's officers. */
  async assertMayWithdraw(manager: EntityManager, viewer: Viewer, membership: { tableId: string; organizationId: string }): Promise<void> {
    if (this.directory.canActFor(viewer, membership.organizationId)) return;
    await this.assertOfficerOrCoordinator(manager, viewer, membership.tableId);
  }

  /**
   * setRepresentatives: the table's officers and coordinators, or the organization's own people who
   * sit at the table (a colleague who does not sit there is not one of its voices at this table).
   */
  async assertMayNameRepresentatives(manager: EntityManager, viewer: Viewer, membership: { tableId: string; organizationId: string }): Promise<void> {
    const seat = await this.seatIn(manager, viewer.userId, membership.tableId);
    if (isCoordinator(viewer) || this.isOfficer(seat)) return;
    if (this.sits(seat) && this.directory.isOwnPerson(viewer, membership.organizationId)) return;
    throw forbidden("Only this table's officers, a coordinator or the organization's own people at the table may name its representatives.");
  }

  /** An archived table is frozen: nothing changes there any more. */
  assertNotArchived(table: Pick<RoundTableEntity, 'archivedAt'>): void {
    if (table.archivedAt) throw forbidden('This table is archived.');
  }
}
