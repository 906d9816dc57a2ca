import { ResolveField, Resolver } from '@nestjs/graphql';
import { AttendanceCapacity, type EnumValue } from '@concertation/shared-domain';
import { EntityLoaders } from '../../core/graphql/entity-loaders';
import type { NoArgs } from '../../core/graphql/field-resolvers';
import type { RequestContext } from '../../core/graphql/request-context';
import { UserModel } from '../accounts/models/user.model';
import { OrganizationModel } from '../directory/models/organization.model';
import { RoundTablesLoaders } from '../round-tables/round-tables.loaders';
import type { AttendanceEntity } from './attendance.entity';
import { MeetingsLoaders } from './meetings.loaders';
import { AttendanceModel } from './models/attendance.model';

@Resolver(() => AttendanceModel)
export class AttendanceFieldsResolver {
  constructor(
    private readonly entities: EntityLoaders,
    private readonly meetings: MeetingsLoaders,
    private readonly tables: RoundTablesLoaders,
  ) {}

  @ResolveField(() => UserModel)
  user(attendance: AttendanceEntity, _: NoArgs, ctx: RequestContext) {
    return this.entities.user(ctx).load(attendance.userId);
  }

  @ResolveField(() => OrganizationModel, { nullable: true, description: 'The organization the person sat for.' })
  organization(attendance: AttendanceEntity, _: NoArgs, ctx: RequestContext) {
    return attendance.organizationId ? this.entities.organization(ctx).load(attendance.organizationId) : null;
  }

  /**
   * A substitute sent for the organization (even if withdrawn since: they came as one), else its
   * delegate or one of its alternates at the table as they are now, else one of its other people.
   */
  @ResolveField(() => AttendanceCapacity, { description: 'In which capacity the person attended for their organization.' })
  async capacity(attendance: AttendanceEntity, _: NoArgs, ctx: RequestContext): Promise<EnumValue<AttendanceCapacity>> {
    const [meeting, substitutions] = await Promise.all([
      this.meetings.meeting(ctx).load(attendance.meetingId),
      this.meetings.substitutionHistoryOf(ctx).load(attendance.meetingId),
    ]);
    if (substitutions.some((s) => s.substituteId === attendance.userId && s.organizationId === attendance.organizationId)) return 'SUBSTITUTE';
    if (!meeting || !attendance.organizationId) return 'PARTICIPANT';
    const membership = (await this.tables.membershipsOf(ctx).load(meeting.tableId)).find((m) => m.organizationId === attendance.organizationId);
    if (!membership) return 'PARTICIPANT';
    const [delegate, alternates] = await Promise.all([
      membership.delegateParticipantId ? this.meetings.participant(ctx).load(membership.delegateParticipantId) : null,
      this.tables.alternatesOf(ctx).load(membership.id),
    ]);
    if (delegate?.userId === attendance.userId) return 'DELEGATE';
    if (alternates.some((a) => a.userId === attendance.userId)) return 'ALTERNATE';
    return 'PARTICIPANT';
  }
}
