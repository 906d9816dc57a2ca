import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { type EnumValue, isOfficerRole, seesInCamera, type Confidentiality, type TableRole } from '@concertation/shared-domain';
import type { Viewer } from '../../core/auth/viewer';
import { badInput, forbidden } from '../../core/errors/domain-errors';
import type { RequestContext } from '../../core/graphql/request-context';
import type { RoundTableEntity } from '../round-tables/round-table.entity';
import { RoundTablesPolicy } from '../round-tables/round-tables.policy';
import type { ReferralEntity } from './referral.entity';

/** Someone's roles at the two tables of a referral (null: does not sit there). */
export interface ReferralRoles {
  from: EnumValue<TableRole> | null;
  to: EnumValue<TableRole> | null;
}

type Tables = Pick<ReferralEntity, 'fromTableId' | 'toTableId'>;

/**
 * Who may do what with referrals (docs/api-guide.md): officers of the sending table refer, officers of
 * the receiving table decide; those who sit at either table read the referral, its scheduledItem
 * and its outcomeDecisions. An IN_CAMERA scheduled item (and the decisions on it) only for those
 * who are CHAIR, SECRETARY or MEMBER at one of the two tables. The source item stays an item of
 * the sending table's meeting: MeetingsPolicy decides who sees it. A table refers up its own line:
 * to its parent or to a table further up.
 */
@Injectable()
export class ReferralsPolicy {
  constructor(private readonly seats: RoundTablesPolicy) {}

  // ─── What roles allow ────────────────────────────────────────────────────

  canRead(roles: ReferralRoles): boolean {
    return roles.from !== null || roles.to !== null;
  }

  /** The scheduled item and the decisions taken on it, by their item's confidentiality. */
  canSeeOutcome(roles: ReferralRoles, item: { confidentiality: EnumValue<Confidentiality> }): boolean {
    return this.canRead(roles) && (item.confidentiality === 'MEMBERS' || seesInCamera(roles.from) || seesInCamera(roles.to));
  }

  // ─── Reads (batched per request) ─────────────────────────────────────────

  async viewerRoles(ctx: RequestContext, referral: Tables): Promise<ReferralRoles> {
    const [from, to] = await Promise.all([this.seats.viewerRole(ctx, referral.fromTableId), this.seats.viewerRole(ctx, referral.toTableId)]);
    return { from, to };
  }

  async mayRead(ctx: RequestContext, referral: Tables): Promise<boolean> {
    return this.canRead(await this.viewerRoles(ctx, referral));
  }

  /** A table's incoming and outgoing referrals are for those who sit at it. */
  async mayListAt(ctx: RequestContext, tableId: string): Promise<boolean> {
    return (await this.seats.viewerRole(ctx, tableId)) !== null;
  }

  // ─── Inside a mutation's transaction ─────────────────────────────────────

  /** A user's roles at both tables (for the texts of notifications). */
  async rolesIn(manager: EntityManager, userId: string, referral: Tables): Promise<ReferralRoles> {
    const [from, to] = await Promise.all([this.seats.seatIn(manager, userId, referral.fromTableId), this.seats.seatIn(manager, userId, referral.toTableId)]);
    return { from: from?.role ?? null, to: to?.role ?? null };
  }

  /** Referring: an officer of the sending table; neither table archived; the receiving table above the sending one. */
  async assertMayRefer(manager: EntityManager, viewer: Viewer, from: RoundTableEntity, to: RoundTableEntity): Promise<void> {
    await this.seats.assertOfficer(manager, viewer, from.id);
    this.seats.assertNotArchived(from);
    if (to.archivedAt) throw forbidden('The receiving table is archived.');
    if (!(await this.isAbove(manager, to.id, from.id))) {
      throw badInput('A table refers to the table it reports to, or to a table further up.', 'toTableId');
    }
  }

  /** Deciding: an officer of the receiving table, which is not archived. */
  async assertMayDecide(manager: EntityManager, viewer: Viewer, to: RoundTableEntity): Promise<void> {
    await this.seats.assertOfficer(manager, viewer, to.id);
    this.seats.assertNotArchived(to);
  }

  officer(role: EnumValue<TableRole> | null): boolean {
    return isOfficerRole(role);
  }

  /** True when `aboveId` is the parent of `tableId`, or the parent's parent, and so on. */
  private async isAbove(manager: EntityManager, aboveId: string, tableId: string): Promise<boolean> {
    // UNION (not UNION ALL) stops on a cycle already in the data instead of looping forever.
    const rows: unknown[] = await manager.query(
      `WITH RECURSIVE up(id) AS (
         SELECT parent_id FROM round_table WHERE id = $1 AND parent_id IS NOT NULL
         UNION
         SELECT t.parent_id FROM round_table t JOIN up ON t.id = up.id WHERE t.parent_id IS NOT NULL
       )
       SELECT 1 AS hit FROM up WHERE id = $2 LIMIT 1`,
      [tableId, aboveId],
    );
    return rows.length > 0;
  }
}
