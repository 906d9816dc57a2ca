import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Viewer } from '../../core/auth/viewer';
import type { RequestContext } from '../../core/graphql/request-context';
import type { DecisionEntity } from '../decisions/decision.entity';
import { MeetingsLoaders } from '../meetings/meetings.loaders';
import { MeetingsPolicy } from '../meetings/meetings.policy';
import type { RoundTableEntity } from '../round-tables/round-table.entity';
import { RoundTablesPolicy } from '../round-tables/round-tables.policy';

/**
 * Who may do what with protocols (docs/api-guide.md): every signed-in user reads protocols, their
 * versions, adoptions and coverage (they are meant to be shared; the access guard checks the
 * sign-in); officers of the owner table create and publish; officers of a table record its own
 * adoption. Coordinators who do not sit at the table do neither (least privilege). An archived
 * table is frozen. The decision an adoption names is read as decisions are: only by those who
 * sit at its table, and not by observers when it was taken on an in-camera item.
 */
@Injectable()
export class ProtocolsPolicy {
  constructor(
    private readonly seats: RoundTablesPolicy,
    private readonly meetings: MeetingsPolicy,
    private readonly meetingLoaders: MeetingsLoaders,
  ) {}

  /** createProtocol, publishProtocolVersion: officers of the owner table, while it is not archived. */
  async assertMaintainer(manager: EntityManager, viewer: Viewer, ownerTable: RoundTableEntity): Promise<void> {
    await this.seats.assertOfficer(manager, viewer, ownerTable.id);
    this.seats.assertNotArchived(ownerTable);
  }

  /** recordAdoption: officers of the adopting table, while it is not archived. */
  async assertAdopter(manager: EntityManager, viewer: Viewer, table: RoundTableEntity): Promise<void> {
    await this.seats.assertOfficer(manager, viewer, table.id);
    this.seats.assertNotArchived(table);
  }

  /** `ProtocolAdoption.decision`: as `Decision` itself is read. */
  async mayReadDecision(ctx: RequestContext, decision: DecisionEntity): Promise<boolean> {
    const meeting = await this.meetingLoaders.meeting(ctx).load(decision.meetingId);
    if (!meeting) return false;
    const role = await this.meetings.roleAt(ctx, meeting);
    if (!this.meetings.canRead(role)) return false;
    const item = decision.agendaItemId ? await this.meetingLoaders.item(ctx).load(decision.agendaItemId) : null;
    return this.meetings.canSeeDecision(role, item ?? null);
  }
}
