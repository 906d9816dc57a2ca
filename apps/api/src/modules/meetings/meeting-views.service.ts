import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { EnumValue, TableRole } from '@concertation/shared-domain';
import type { Viewer } from '../../core/auth/viewer';
import type { RequestContext } from '../../core/graphql/request-context';
import { entityColumns } from '../../core/database/entity-columns';
import { EntityLoaders } from '../../core/graphql/entity-loaders';
import { RoundTablesLoaders } from '../round-tables/round-tables.loaders';
import type { AgendaItemEntity } from './agenda-item.entity';
import type { AttendanceEntity } from './attendance.entity';
import type { MeetingRangeArgs } from './dto/meetings.args';
import { MeetingEntity } from './meeting.entity';
import { MeetingsLoaders, type MeetingWindow } from './meetings.loaders';
import { substituteMeetingsSql } from './meeting-seat';
import { MeetingsPolicy } from './meetings.policy';
import { computeQuorum, type Quorum } from './quorum';
import type { RsvpEntity } from './rsvp.entity';

/**
 * Meetings as one viewer may see them: queries and field resolvers ask here, and every answer
 * goes through per-request loaders and MeetingsPolicy. Items the viewer may not see are left
 * out, and the others numbered 1..n within what the viewer sees.
 */
@Injectable()
export class MeetingViewsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: MeetingsPolicy,
    private readonly loaders: MeetingsLoaders,
    private readonly tables: RoundTablesLoaders,
    private readonly entities: EntityLoaders,
  ) {}

  /** `meeting(id)`: NOT_FOUND or FORBIDDEN per the policy. */
  async meeting(ctx: RequestContext, id: string): Promise<MeetingEntity> {
    return (await this.policy.readableMeeting(ctx, id)).meeting;
  }

  /** A meeting by id when the viewer may read it, null otherwise (notifications, links between objects). */
  async meetingIfReadable(ctx: RequestContext, id: string | null): Promise<MeetingEntity | null> {
    const meeting = id ? await this.loaders.meeting(ctx).load(id) : null;
    return meeting && (await this.policy.mayRead(ctx, meeting)) ? meeting : null;
  }

  /**
   * Meetings of every table the viewer sits at, and those they are sent to as a substitute, by
   * startsAt. Fixed SQL: it is on everyone's dashboard (see ActionItemViewsService's lists).
   */
  async mine(viewer: Viewer, window: MeetingRangeArgs): Promise<MeetingEntity[]> {
    const params: unknown[] = [viewer.userId];
    let bounds = '';
    if (window.from) bounds += ` AND m.ends_at > $${params.push(window.from)}`;
    if (window.to) bounds += ` AND m.starts_at < $${params.push(window.to)}`;
    return this.dataSource.query(
      `SELECT ${entityColumns(this.dataSource, MeetingEntity, 'm')} FROM meeting m
        WHERE (m.table_id IN (SELECT p.table_id FROM table_participant p WHERE p.user_id = $1) OR m.id IN ${substituteMeetingsSql('$1')})${bounds}
        ORDER BY m.starts_at, m.id`,
      params,
    );
  }

  /** A table's meetings for those who sit there; an empty list for others (a substitute included). */
  async tableMeetings(ctx: RequestContext, tableId: string, window: MeetingWindow): Promise<MeetingEntity[]> {
    if (!this.policy.canRead(await this.policy.tableRoleAt(ctx, tableId))) return [];
    return this.loaders.meetingsOf(ctx, window).load(tableId);
  }

  async nextMeeting(ctx: RequestContext, tableId: string): Promise<MeetingEntity | null> {
    if (!this.policy.canRead(await this.policy.tableRoleAt(ctx, tableId))) return null;
    return this.loaders.nextMeetingOf(ctx).load(tableId);
  }

  /** The agenda the viewer may see, by position, numbered 1..n within it. */
  async agenda(ctx: RequestContext, meeting: Pick<MeetingEntity, 'id' | 'tableId'>): Promise<AgendaItemEntity[]> {
    const [role, items] = await Promise.all([this.policy.roleAt(ctx, meeting), this.loaders.agendaOf(ctx).load(meeting.id)]);
    return items.filter((item) => this.policy.canSeeItem(role, item)).map((item, i) => ({ ...item, position: i + 1 }));
  }

  /** An item as the viewer sees it (renumbered within their agenda), or null when they may not see it. */
  async item(ctx: RequestContext, itemId: string | null): Promise<AgendaItemEntity | null> {
    const item = itemId ? await this.loaders.item(ctx).load(itemId) : null;
    const meeting = item ? await this.loaders.meeting(ctx).load(item.meetingId) : null;
    if (!item || !meeting) return null;
    return (await this.agenda(ctx, meeting)).find((visible) => visible.id === item.id) ?? null;
  }

  async meetingOfItem(ctx: RequestContext, item: Pick<AgendaItemEntity, 'meetingId'>): Promise<MeetingEntity | null> {
    return this.loaders.meeting(ctx).load(item.meetingId);
  }

  /** Where the meeting is held, for those who sit at the table only: another table reaches it through a referral. */
  async whereabouts(
    ctx: RequestContext,
    meeting: Pick<MeetingEntity, 'id' | 'tableId' | 'location' | 'onlineUrl'>,
    field: 'location' | 'onlineUrl',
  ): Promise<string | null> {
    return (await this.policy.mayRead(ctx, meeting)) ? meeting[field] : null;
  }

  /** For those who sit at the table: a meeting reached through another table's referral shows no one's answers. */
  async rsvps(ctx: RequestContext, meeting: Pick<MeetingEntity, 'id' | 'tableId'>): Promise<RsvpEntity[]> {
    if (!(await this.policy.mayRead(ctx, meeting))) return [];
    const [rsvps, substitutions] = await Promise.all([this.loaders.rsvpsOf(ctx).load(meeting.id), this.loaders.substitutionsOf(ctx).load(meeting.id)]);
    // A substitute's answer is kept with their substitution; it reads as the answer of their seat.
    const ofSubstitutes = substitutions.flatMap((s) =>
      s.response && s.respondedAt ? [{ meetingId: meeting.id, participantId: s.id, response: s.response, respondedAt: s.respondedAt }] : [],
    );
    return [...rsvps, ...ofSubstitutes];
  }

  /** The viewer's role at the meeting (MeetingsPolicy.roleAt): what the client may offer them there. */
  viewerRole(ctx: RequestContext, meeting: Pick<MeetingEntity, 'id' | 'tableId'>): Promise<EnumValue<TableRole> | null> {
    return this.policy.roleAt(ctx, meeting);
  }

  /** The viewer's own answer, through the seat they hold at the meeting (a substitute's is kept with the substitution). */
  async viewerRsvp(ctx: RequestContext, meeting: Pick<MeetingEntity, 'id' | 'tableId'>): Promise<RsvpEntity['response'] | null> {
    const seat = await this.policy.seatAt(ctx, meeting);
    if (!seat) return null;
    if (seat.kind === 'substitute') return seat.substitution.response;
    const rsvps = await this.loaders.rsvpsOf(ctx).load(meeting.id);
    return rsvps.find((r) => r.participantId === seat.participant.id)?.response ?? null;
  }

  /** For those who sit at the table, as rsvps. */
  async attendance(ctx: RequestContext, meeting: Pick<MeetingEntity, 'id' | 'tableId'>): Promise<AttendanceEntity[]> {
    if (!(await this.policy.mayRead(ctx, meeting))) return [];
    return this.loaders.attendanceOf(ctx).load(meeting.id);
  }

  async quorum(ctx: RequestContext, meeting: Pick<MeetingEntity, 'id' | 'tableId'>): Promise<Quorum> {
    const [table, memberships, attendance] = await Promise.all([
      this.entities.table(ctx).load(meeting.tableId),
      this.tables.membershipsOf(ctx).load(meeting.tableId),
      this.loaders.attendanceOf(ctx).load(meeting.id),
    ]);
    return computeQuorum({ quorum: table?.quorum ?? null }, memberships, attendance);
  }
}
