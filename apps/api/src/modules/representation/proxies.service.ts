import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, In, IsNull } from 'typeorm';
import { isMeetingClosed, isUuid, MeetingEventKind, NotificationKind } from '@concertation/shared-domain';
import { AuditService } from '../../core/audit/audit.service';
import type { Viewer } from '../../core/auth/viewer';
import { isUniqueViolation } from '../../core/database/unique-violation';
import { badInput, conflict, forbidden, notFound } from '../../core/errors/domain-errors';
import type { RequestContext } from '../../core/graphql/request-context';
import { groupByKey } from '../../core/graphql/request-loaders';
import { OrganizationEntity } from '../directory/organization.entity';
import { MeetingActivity } from '../meetings/meeting-activity';
import type { MeetingEntity } from '../meetings/meeting.entity';
import { MeetingsPolicy } from '../meetings/meetings.policy';
import { NotificationsService } from '../notifications/notifications.service';
import { RoundTableEntity } from '../round-tables/round-table.entity';
import { TableMembershipEntity } from '../round-tables/table-membership.entity';
import { TableParticipantEntity } from '../round-tables/table-participant.entity';
import { organizationOrNotFound } from './organization-lookup';
import { ProxyEntity } from './proxy.entity';
import { RepresentationPolicy } from './representation.policy';

/**
 * Proxies (docs/api-guide.md, "Representation"): an ACTIVE member organization entrusts its ballot
 * at one meeting to another. Among the standing ones, an organization gives at most one and holds
 * at most one per meeting, and never both; no chains. Proxies never count toward quorum.
 */
@Injectable()
export class ProxiesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly meetings: MeetingsPolicy,
    private readonly policy: RepresentationPolicy,
    private readonly activity: MeetingActivity,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
  ) {}

  /** `Meeting.proxies`: the standing ones, for whoever may read the meeting; batched per request. */
  async ofMeeting(ctx: RequestContext, meeting: Pick<MeetingEntity, 'id' | 'tableId'>): Promise<ProxyEntity[]> {
    if (!(await this.meetings.mayRead(ctx, meeting))) return [];
    return ctx.loaders
      .get<string, ProxyEntity[]>('representation.proxiesByMeeting', async (meetingIds) =>
        groupByKey(
          meetingIds,
          await this.dataSource
            .getRepository(ProxyEntity)
            .find({ where: { meetingId: In([...meetingIds]), revokedAt: IsNull() }, order: { createdAt: 'ASC', id: 'ASC' } }),
          (p) => p.meetingId,
        ),
      )
      .load(meeting.id);
  }

  async grant(viewer: Viewer, meetingId: string, fromOrganizationId: string, toOrganizationId: string): Promise<ProxyEntity> {
    try {
      return await this.dataSource.transaction(async (manager) => {
        const meeting = await this.meetings.meetingIn(manager, meetingId);
        await organizationOrNotFound(manager, fromOrganizationId);
        await organizationOrNotFound(manager, toOrganizationId);
        await this.policy.assertActsFor(manager, viewer, meeting, fromOrganizationId);
        this.assertOpen(meeting);
        if (fromOrganizationId === toOrganizationId) throw badInput('An organization cannot give its proxy to itself.', 'toOrganizationId');
        await this.assertActiveMember(manager, meeting, fromOrganizationId, 'fromOrganizationId');
        await this.assertActiveMember(manager, meeting, toOrganizationId, 'toOrganizationId');
        const standing = await manager.find(ProxyEntity, { where: { meetingId: meeting.id, revokedAt: IsNull() } });
        if (standing.some((p) => p.toOrganizationId === toOrganizationId)) throw conflict('That organization already holds a proxy at this meeting.');
        if (standing.some((p) => p.fromOrganizationId === fromOrganizationId))
          throw conflict('This organization has already given its proxy for this meeting: withdraw it first.');
        if (standing.some((p) => p.toOrganizationId === fromOrganizationId)) {
          throw badInput('An organization that holds a proxy cannot give its own: proxies do not chain.', 'fromOrganizationId');
        }
        if (standing.some((p) => p.fromOrganizationId === toOrganizationId)) {
          throw badInput('That organization has given its own proxy: it cannot receive one.', 'toOrganizationId');
        }
        const proxy = await manager.save(
          manager.create(ProxyEntity, { meetingId: meeting.id, fromOrganizationId, toOrganizationId, createdById: viewer.userId }),
        );
        await this.audit.record(manager, {
          actorId: viewer.userId,
          action: 'proxy.granted',
          entityType: 'proxy',
          entityId: proxy.id,
          tableId: meeting.tableId,
        });
        this.activity.publish(manager, viewer, meeting, MeetingEventKind.REPRESENTATION_CHANGED);
        await this.tellReceivers(manager, viewer, meeting, fromOrganizationId, toOrganizationId);
        return proxy;
      });
    } catch (err) {
      // Two grants at once: the partial unique indexes decide, as the checks above would have.
      if (isUniqueViolation(err)) throw conflict('A proxy was given at this meeting at the same time; read the proxies again.');
      throw err;
    }
  }

  /** Withdraws a standing proxy; false when it was already withdrawn. */
  async revoke(viewer: Viewer, id: string): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const proxy = isUuid(id) ? await manager.findOneBy(ProxyEntity, { id }) : null;
      if (!proxy) throw notFound('proxy');
      const meeting = await this.meetings.meetingIn(manager, proxy.meetingId);
      await this.policy.assertActsFor(manager, viewer, meeting, proxy.fromOrganizationId);
      this.assertOpen(meeting);
      const changed = await manager.update(ProxyEntity, { id: proxy.id, revokedAt: IsNull() }, { revokedAt: () => 'now()', revokedById: viewer.userId });
      if (!changed.affected) return false;
      await this.audit.record(manager, { actorId: viewer.userId, action: 'proxy.revoked', entityType: 'proxy', entityId: proxy.id, tableId: meeting.tableId });
      this.activity.publish(manager, viewer, meeting, MeetingEventKind.REPRESENTATION_CHANGED);
      return true;
    });
  }

  private assertOpen(meeting: Pick<MeetingEntity, 'status'>): void {
    if (isMeetingClosed(meeting.status)) throw forbidden(`Proxies of a ${meeting.status.toLowerCase()} meeting no longer change.`);
  }

  private async assertActiveMember(manager: EntityManager, meeting: Pick<MeetingEntity, 'tableId'>, organizationId: string, field: string): Promise<void> {
    const active = await manager.existsBy(TableMembershipEntity, { tableId: meeting.tableId, organizationId, status: 'ACTIVE' });
    if (!active) throw badInput(`${field} is not an active member organization of this table.`, field);
  }

  /** PROXY_RECEIVED to the receiving organization's people at the table, but the actor. */
  private async tellReceivers(manager: EntityManager, viewer: Viewer, meeting: MeetingEntity, fromId: string, toId: string): Promise<void> {
    const people = await manager.find(TableParticipantEntity, { where: { tableId: meeting.tableId, organizationId: toId }, select: { userId: true } });
    const recipients = people.map((p) => p.userId).filter((userId) => userId !== viewer.userId);
    if (recipients.length === 0) return;
    // One after the other: a transaction's statements share one connection.
    const table = await manager.findOneByOrFail(RoundTableEntity, { id: meeting.tableId });
    const from = await manager.findOneByOrFail(OrganizationEntity, { id: fromId });
    const to = await manager.findOneByOrFail(OrganizationEntity, { id: toId });
    await this.notifications.notify(manager, recipients, {
      kind: NotificationKind.PROXY_RECEIVED,
      params: {
        meetingTitle: meeting.title,
        tableName: table.name,
        startsAt: new Date(meeting.startsAt).toISOString(),
        location: meeting.location,
        onlineUrl: meeting.onlineUrl,
        fromOrganizationName: from.name,
        toOrganizationName: to.name,
      },
      tableId: meeting.tableId,
      meetingId: meeting.id,
    });
  }
}
