import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, In } from 'typeorm';
import { NotificationKind } from '@concertation/shared-domain';
import { AuditService } from '../../core/audit/audit.service';
import type { Viewer } from '../../core/auth/viewer';
import { isUniqueViolation } from '../../core/database/unique-violation';
import { conflict, forbidden } from '../../core/errors/domain-errors';
import { UserEntity } from '../accounts/user.entity';
import { OrganizationEntity } from '../directory/organization.entity';
import { NotificationsService } from '../notifications/notifications.service';
import type { DecideMembershipArgs, RequestMembershipArgs } from './dto/membership.args';
import { RoundTablesPolicy } from './round-tables.policy';
import { findOrNotFound, tableOrNotFound } from './table-lookup';
import { TableMembershipEntity } from './table-membership.entity';
import { TableParticipantEntity } from './table-participant.entity';

const OPEN_MEMBERSHIP_INDEX = 'table_membership_open_uq';

/** An organization's membership of a table: its request, the officers' decision, its end. */
@Injectable()
export class MembershipsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: RoundTablesPolicy,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
  ) {}

  async request(viewer: Viewer, args: RequestMembershipArgs): Promise<TableMembershipEntity> {
    const alreadyOpen = () => conflict('This organization already has a pending or active membership of this table.');
    try {
      return await this.dataSource.transaction(async (manager) => {
        const table = await tableOrNotFound(manager, args.tableId, { lock: true });
        const organization = await findOrNotFound(manager, OrganizationEntity, args.organizationId, 'organization');
        this.policy.assertMayRequestMembership(viewer, organization.id);
        this.policy.assertNotArchived(table);
        const open = await manager.countBy(TableMembershipEntity, { tableId: table.id, organizationId: organization.id, status: In(['PENDING', 'ACTIVE']) });
        if (open > 0) throw alreadyOpen();
        const membership = manager.create(TableMembershipEntity, {
          tableId: table.id,
          organizationId: organization.id,
          status: 'PENDING',
          message: args.message ?? null,
          requestedById: viewer.userId,
          decidedById: null,
          decidedAt: null,
        });
        await manager.save(membership);
        const officers = (await this.officerIds(manager, table.id)).filter((id) => id !== viewer.userId);
        await this.notifications.notify(manager, officers, {
          kind: NotificationKind.MEMBERSHIP_REQUESTED,
          params: { organizationName: organization.name, tableName: table.name, message: membership.message || null },
          tableId: table.id,
        });
        await this.record(manager, viewer, 'membership.requested', membership);
        return membership;
      });
    } catch (error) {
      // Two requests at once: the unique partial index refuses the second one.
      if (isUniqueViolation(error, OPEN_MEMBERSHIP_INDEX)) throw alreadyOpen();
      throw error;
    }
  }

  async decide(viewer: Viewer, args: DecideMembershipArgs): Promise<TableMembershipEntity> {
    return this.dataSource.transaction(async (manager) => {
      const membership = await findOrNotFound(manager, TableMembershipEntity, args.membershipId, 'membership', { lock: true });
      const table = await tableOrNotFound(manager, membership.tableId);
      await this.policy.assertOfficerOrCoordinator(manager, viewer, table.id);
      this.policy.assertNotArchived(table);
      if (membership.status !== 'PENDING') throw forbidden('Only a pending membership request can be decided.');
      membership.status = args.accept ? 'ACTIVE' : 'DECLINED';
      membership.decidedById = viewer.userId;
      await manager.update(TableMembershipEntity, { id: membership.id }, { status: membership.status, decidedById: viewer.userId, decidedAt: () => 'now()' });
      if (args.accept) await this.seatRequester(manager, membership);
      if (membership.requestedById && membership.requestedById !== viewer.userId) {
        await this.notifications.notify(manager, [membership.requestedById], {
          kind: NotificationKind.MEMBERSHIP_DECIDED,
          params: { accepted: args.accept, tableName: table.name, message: args.message || null },
          tableId: table.id,
        });
      }
      await this.record(manager, viewer, 'membership.decided', membership);
      return manager.findOneByOrFail(TableMembershipEntity, { id: membership.id });
    });
  }

  async withdraw(viewer: Viewer, membershipId: string): Promise<TableMembershipEntity> {
    return this.dataSource.transaction(async (manager) => {
      const membership = await findOrNotFound(manager, TableMembershipEntity, membershipId, 'membership', { lock: true });
      const table = await tableOrNotFound(manager, membership.tableId);
      await this.policy.assertMayWithdraw(manager, viewer, membership);
      this.policy.assertNotArchived(table);
      if (membership.status !== 'PENDING' && membership.status !== 'ACTIVE') {
        throw forbidden('Only a pending or active membership can be withdrawn.');
      }
      if (membership.status === 'ACTIVE') {
        // Without its membership the organization no longer sits at the table, nor sends anyone
        // to its meetings, nor carries or gives a ballot there.
        await manager.delete(TableParticipantEntity, { tableId: table.id, organizationId: membership.organizationId });
        await this.endRepresentation(manager, viewer, table.id, membership.organizationId);
      }
      membership.status = 'WITHDRAWN';
      await manager.update(TableMembershipEntity, { id: membership.id }, { status: 'WITHDRAWN' });
      await this.record(manager, viewer, 'membership.withdrawn', membership);
      return membership;
    });
  }

  /** Ends the organization's standing substitutions and proxies at the table's meetings. */
  private async endRepresentation(manager: EntityManager, viewer: Viewer, tableId: string, organizationId: string): Promise<void> {
    await manager.query(
      `UPDATE substitution s SET ended_at = now(), ended_by_id = $3 FROM meeting m
       WHERE m.id = s.meeting_id AND m.table_id = $1 AND s.organization_id = $2 AND s.ended_at IS NULL`,
      [tableId, organizationId, viewer.userId],
    );
    await manager.query(
      `UPDATE meeting_proxy p SET revoked_at = now(), revoked_by_id = $3 FROM meeting m
       WHERE m.id = p.meeting_id AND m.table_id = $1 AND $2 IN (p.from_organization_id, p.to_organization_id) AND p.revoked_at IS NULL`,
      [tableId, organizationId, viewer.userId],
    );
  }

  /**
   * On acceptance the requester sits as a MEMBER, but only when they are a confirmed user of the
   * organization (a coordinator who asked on its behalf is not seated) and not seated already.
   */
  private async seatRequester(manager: EntityManager, membership: TableMembershipEntity): Promise<void> {
    if (!membership.requestedById) return;
    const requester = await manager.findOneBy(UserEntity, { id: membership.requestedById });
    if (!requester || requester.organizationId !== membership.organizationId) return;
    if (await this.policy.seatIn(manager, requester.id, membership.tableId)) return;
    await manager.insert(TableParticipantEntity, {
      tableId: membership.tableId,
      userId: requester.id,
      organizationId: membership.organizationId,
      role: 'MEMBER',
    });
  }

  private async officerIds(manager: EntityManager, tableId: string): Promise<string[]> {
    const seats = await manager.findBy(TableParticipantEntity, { tableId, role: In(['CHAIR', 'SECRETARY']) });
    return seats.map((s) => s.userId);
  }

  private record(manager: EntityManager, viewer: Viewer, action: string, membership: Pick<TableMembershipEntity, 'id' | 'tableId'>) {
    return this.audit.record(manager, { actorId: viewer.userId, action, entityType: 'membership', entityId: membership.id, tableId: membership.tableId });
  }
}
