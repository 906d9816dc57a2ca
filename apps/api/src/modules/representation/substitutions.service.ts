import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, IsNull } from 'typeorm';
import { isMeetingClosed, isUuid, MAX_SUBSTITUTION_NOTE_LENGTH, MeetingEventKind, NotificationKind } from '@concertation/shared-domain';
import { AuditService } from '../../core/audit/audit.service';
import type { Viewer } from '../../core/auth/viewer';
import { isUniqueViolation } from '../../core/database/unique-violation';
import { badInput, conflict, forbidden, notFound } from '../../core/errors/domain-errors';
import type { RequestContext } from '../../core/graphql/request-context';
import { UserEntity } from '../accounts/user.entity';
import { OrganizationEntity } from '../directory/organization.entity';
import { MeetingActivity } from '../meetings/meeting-activity';
import type { MeetingEntity } from '../meetings/meeting.entity';
import { MeetingsLoaders } from '../meetings/meetings.loaders';
import { MeetingsPolicy } from '../meetings/meetings.policy';
import { NotificationsService } from '../notifications/notifications.service';
import { RoundTableEntity } from '../round-tables/round-table.entity';
import { RoundTablesPolicy } from '../round-tables/round-tables.policy';
import { TableMembershipEntity } from '../round-tables/table-membership.entity';
import { TableParticipantEntity } from '../round-tables/table-participant.entity';
import { organizationOrNotFound } from './organization-lookup';
import { RepresentationPolicy } from './representation.policy';
import { SubstitutionEntity } from './substitution.entity';

/**
 * Substitutions (docs/api-guide.md, "Representation"): an ACTIVE member organization sends a
 * confirmed colleague who does not sit at the table to one meeting, in its delegate's place. The
 * seat this gives is read by MeetingsPolicy.seatAt; ending the substitution ends it, and the
 * REPRESENTATION_CHANGED event it publishes makes every open subscription check its right again.
 */
@Injectable()
export class SubstitutionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly meetings: MeetingsPolicy,
    private readonly meetingLoaders: MeetingsLoaders,
    private readonly seats: RoundTablesPolicy,
    private readonly policy: RepresentationPolicy,
    private readonly activity: MeetingActivity,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
  ) {}

  /** `Meeting.substitutions`: the standing ones, for whoever may read the meeting; batched per request. */
  async ofMeeting(ctx: RequestContext, meeting: Pick<MeetingEntity, 'id' | 'tableId'>): Promise<SubstitutionEntity[]> {
    if (!(await this.meetings.mayRead(ctx, meeting))) return [];
    return this.meetingLoaders.substitutionsOf(ctx).load(meeting.id);
  }

  /** Sends `userId` to the meeting for the organization; a standing substitution of that organization there is replaced. */
  async send(viewer: Viewer, meetingId: string, organizationId: string, userId: string, note: string | null | undefined): Promise<SubstitutionEntity> {
    try {
      return await this.dataSource.transaction(async (manager) => {
        // The meeting row stays locked to the end: two sends for one organization queue up.
        const meeting = await this.meetings.meetingIn(manager, meetingId);
        await organizationOrNotFound(manager, organizationId);
        const substitute = isUuid(userId) ? await manager.findOneBy(UserEntity, { id: userId }) : null;
        if (!substitute) throw notFound('user');
        await this.policy.assertActsFor(manager, viewer, meeting, organizationId);
        this.assertOpen(meeting);
        const membership = await manager.findOneBy(TableMembershipEntity, { tableId: meeting.tableId, organizationId, status: 'ACTIVE' });
        if (!membership) throw badInput('organizationId is not an active member organization of this table.', 'organizationId');
        if (substitute.organizationId !== organizationId) throw badInput('A substitute is a confirmed person of the organization they stand in for.', 'userId');
        if (await this.seats.seatIn(manager, substitute.id, meeting.tableId)) throw badInput('This person already sits at this table.', 'userId');
        const text = note?.trim() || null;
        if (text && text.length > MAX_SUBSTITUTION_NOTE_LENGTH) throw badInput(`The note is at most ${MAX_SUBSTITUTION_NOTE_LENGTH} characters.`, 'note');

        await manager.update(
          SubstitutionEntity,
          { meetingId: meeting.id, organizationId, endedAt: IsNull() },
          { endedAt: () => 'now()', endedById: viewer.userId },
        );
        const delegate = membership.delegateParticipantId ? await manager.findOneBy(TableParticipantEntity, { id: membership.delegateParticipantId }) : null;
        const substitution = await manager.save(
          manager.create(SubstitutionEntity, {
            meetingId: meeting.id,
            organizationId,
            substituteId: substitute.id,
            replacesId: delegate?.userId ?? null,
            note: text,
            createdById: viewer.userId,
          }),
        );
        await this.audit.record(manager, {
          actorId: viewer.userId,
          action: 'substitution.sent',
          entityType: 'substitution',
          entityId: substitution.id,
          tableId: meeting.tableId,
        });
        this.activity.publish(manager, viewer, meeting, MeetingEventKind.REPRESENTATION_CHANGED);
        await this.tellSubstitute(manager, viewer, meeting, substitution);
        return substitution;
      });
    } catch (err) {
      if (isUniqueViolation(err)) throw conflict('A substitute was sent for this organization at the same time; read the substitutions again.');
      throw err;
    }
  }

  /** Ends a standing substitution: the substitute's access to the meeting ends with it. False when it had ended already. */
  async withdraw(viewer: Viewer, id: string): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const substitution = isUuid(id) ? await manager.findOneBy(SubstitutionEntity, { id }) : null;
      if (!substitution) throw notFound('substitution');
      const meeting = await this.meetings.meetingIn(manager, substitution.meetingId);
      await this.policy.assertActsFor(manager, viewer, meeting, substitution.organizationId);
      this.assertOpen(meeting);
      const changed = await manager.update(
        SubstitutionEntity,
        { id: substitution.id, endedAt: IsNull() },
        { endedAt: () => 'now()', endedById: viewer.userId },
      );
      if (!changed.affected) return false;
      await this.audit.record(manager, {
        actorId: viewer.userId,
        action: 'substitution.withdrawn',
        entityType: 'substitution',
        entityId: substitution.id,
        tableId: meeting.tableId,
      });
      this.activity.publish(manager, viewer, meeting, MeetingEventKind.REPRESENTATION_CHANGED);
      return true;
    });
  }

  private assertOpen(meeting: Pick<MeetingEntity, 'status'>): void {
    if (isMeetingClosed(meeting.status)) throw forbidden(`Substitutions of a ${meeting.status.toLowerCase()} meeting no longer change.`);
  }

  /** SUBSTITUTE_INVITED to the colleague sent, in their language, by e-mail at once by default. */
  private async tellSubstitute(manager: EntityManager, viewer: Viewer, meeting: MeetingEntity, substitution: SubstitutionEntity): Promise<void> {
    // One after the other: a transaction's statements share one connection.
    const table = await manager.findOneByOrFail(RoundTableEntity, { id: meeting.tableId });
    const organization = await manager.findOneByOrFail(OrganizationEntity, { id: substitution.organizationId });
    const sender = await manager.findOneByOrFail(UserEntity, { id: viewer.userId });
    await this.notifications.notify(manager, [substitution.substituteId], {
      kind: NotificationKind.SUBSTITUTE_INVITED,
      params: {
        meetingTitle: meeting.title,
        tableName: table.name,
        startsAt: new Date(meeting.startsAt).toISOString(),
        location: meeting.location,
        onlineUrl: meeting.onlineUrl,
        organizationName: organization.name,
        senderName: sender.displayName,
        note: substitution.note,
      },
      tableId: meeting.tableId,
      meetingId: meeting.id,
    });
  }
}
