import { Injectable } from '@nestjs/common';
import { DataSource, In, IsNull, Not, type EntityManager } from 'typeorm';
import { isUuid, NotificationKind } from '@concertation/shared-domain';
import { AuditService } from '../../core/audit/audit.service';
import type { Viewer } from '../../core/auth/viewer';
import { badInput, notFound } from '../../core/errors/domain-errors';
import { OrganizationEntity } from '../directory/organization.entity';
import { NotificationsService } from '../notifications/notifications.service';
import { TableParticipantEntity } from '../round-tables/table-participant.entity';
import { UserEntity } from './user.entity';

/**
 * Affiliation is never self-declared into effect (docs/api-guide.md, "Signing in and tokens"): a person states
 * an organization (pending), a coordinator confirms or declines it.
 */
@Injectable()
export class AffiliationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
  ) {}

  /** The organization named in an input; unknown or malformed is NOT_FOUND. */
  async organizationOrFail(manager: EntityManager, organizationId: string): Promise<OrganizationEntity> {
    const organization = isUuid(organizationId) ? await manager.findOneBy(OrganizationEntity, { id: organizationId }) : null;
    if (!organization) throw notFound('organization');
    return organization;
  }

  /**
   * Records that `user` says they work for `organization` and tells every coordinator (but the
   * person themself). Naming the organization already confirmed just withdraws any pending one.
   */
  async request(manager: EntityManager, user: UserEntity, organization: OrganizationEntity): Promise<void> {
    if (organization.id === user.organizationId) {
      user.pendingOrganizationId = null;
      await manager.update(UserEntity, { id: user.id }, { pendingOrganizationId: null });
      return;
    }
    if (organization.id === user.pendingOrganizationId) return; // already asked: no second round of notices
    user.pendingOrganizationId = organization.id;
    await manager.update(UserEntity, { id: user.id }, { pendingOrganizationId: organization.id });
    await this.audit.record(manager, { actorId: user.id, action: 'affiliation.requested', entityType: 'user', entityId: user.id });
    const coordinators = await manager.find(UserEntity, { select: { id: true }, where: { platformRole: 'COORDINATOR', id: Not(user.id) } });
    await this.notifications.notify(
      manager,
      coordinators.map((c) => c.id),
      { kind: NotificationKind.AFFILIATION_REQUESTED, params: { displayName: user.displayName, organizationName: organization.name } },
    );
  }

  /** Users whose stated organization waits for a coordinator, oldest request first. */
  pending(): Promise<UserEntity[]> {
    return this.dataSource.getRepository(UserEntity).find({
      where: { pendingOrganizationId: Not(IsNull()) },
      order: { updatedAt: 'ASC', id: 'ASC' },
    });
  }

  async decide(viewer: Viewer, userId: string, accept: boolean): Promise<UserEntity> {
    if (!isUuid(userId)) throw notFound('user');
    return this.dataSource.transaction(async (manager) => {
      const user = await manager.findOne(UserEntity, { where: { id: userId }, lock: { mode: 'pessimistic_write' } });
      if (!user) throw notFound('user');
      if (!user.pendingOrganizationId) throw badInput('This user has no pending organization.', 'userId');
      const organization = await manager.findOneByOrFail(OrganizationEntity, { id: user.pendingOrganizationId });
      if (accept) {
        const former = user.organizationId;
        if (former && former !== organization.id) await this.removeSeatsFor(manager, viewer, user.id, former);
        user.organizationId = organization.id;
      }
      user.pendingOrganizationId = null;
      await manager.update(UserEntity, { id: user.id }, { organizationId: user.organizationId, pendingOrganizationId: null });
      await this.audit.record(manager, { actorId: viewer.userId, action: 'affiliation.decided', entityType: 'user', entityId: user.id });
      await this.notifications.notify(manager, [user.id], {
        kind: NotificationKind.AFFILIATION_DECIDED,
        params: { accepted: accept, organizationName: organization.name },
      });
      return user;
    });
  }

  /** A person who leaves an organization no longer sits anywhere on its behalf. */
  private async removeSeatsFor(manager: EntityManager, viewer: Viewer, userId: string, organizationId: string): Promise<void> {
    const seats = await manager.findBy(TableParticipantEntity, { userId, organizationId });
    if (seats.length === 0) return;
    await manager.delete(TableParticipantEntity, { id: In(seats.map((s) => s.id)) });
    for (const seat of seats) {
      await this.audit.record(manager, {
        actorId: viewer.userId,
        action: 'participant.removed',
        entityType: 'participant',
        entityId: seat.id,
        tableId: seat.tableId,
      });
    }
  }
}
