import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Viewer } from '../../core/auth/viewer';
import { forbidden } from '../../core/errors/domain-errors';
import type { RequestContext } from '../../core/graphql/request-context';
import type { MeetingEntity } from '../meetings/meeting.entity';
import { MeetingsLoaders } from '../meetings/meetings.loaders';
import type { MeetingSeat } from '../meetings/meeting-seat';
import { MeetingsPolicy } from '../meetings/meetings.policy';
import { RoundTablesLoaders } from '../round-tables/round-tables.loaders';
import { ProxiesService } from './proxies.service';

/** The seats that vote: OBSERVERs never do; a substitute holds a MEMBER's seat. */
const VOTING_ROLES = new Set(['CHAIR', 'SECRETARY', 'MEMBER']);

/**
 * Whose ballot the viewer may cast at a meeting (docs/api-guide.md, "Representation"): their own
 * organization when they hold a voting seat at the meeting, it is an ACTIVE member of the table,
 * and they are recorded PRESENT; with it, each organization whose proxy their organization holds.
 */
@Injectable()
export class BallotRightsService {
  constructor(
    private readonly meetings: MeetingsPolicy,
    private readonly meetingLoaders: MeetingsLoaders,
    private readonly tableLoaders: RoundTablesLoaders,
    private readonly proxies: ProxiesService,
  ) {}

  /** `Meeting.viewerBallotOrganizations`, as organization ids: the viewer's own first, then those by proxy. */
  async viewerBallotOrganizations(ctx: RequestContext, meeting: Pick<MeetingEntity, 'id' | 'tableId'>): Promise<string[]> {
    const viewer = ctx.viewer;
    const seat = await this.meetings.seatAt(ctx, meeting);
    if (!viewer || !seat || !seat.organizationId || !VOTING_ROLES.has(seat.role)) return [];
    const own = seat.organizationId;
    const [attendance, memberships, proxies] = await Promise.all([
      this.meetingLoaders.attendanceOf(ctx).load(meeting.id),
      this.tableLoaders.membershipsOf(ctx).load(meeting.tableId),
      this.proxies.ofMeeting(ctx, meeting),
    ]);
    const present = attendance.some((a) => a.userId === viewer.userId && a.status === 'PRESENT');
    const active = memberships.some((m) => m.organizationId === own && m.status === 'ACTIVE');
    if (!present || !active) return [];
    return [own, ...proxies.filter((p) => p.toOrganizationId === own).map((p) => p.fromOrganizationId)];
  }

  /**
   * castBallot's check of the caster, in its transaction (the vote's own checks are the caller's):
   * whether the viewer, holding `seat` at the meeting (MeetingsPolicy.seatIn, read in the same
   * transaction), may cast `organizationId`'s ballot now, and whether through a proxy.
   */
  async assertMayCast(
    manager: EntityManager,
    viewer: Viewer,
    meeting: Pick<MeetingEntity, 'id' | 'tableId'>,
    seat: MeetingSeat,
    organizationId: string,
  ): Promise<{ byProxy: boolean }> {
    if (!seat || !seat.organizationId || !VOTING_ROLES.has(seat.role)) {
      throw forbidden('Only a person who represents a member organization at this meeting may vote; observers never do.');
    }
    // Fixed SQL: a burst of ballots is mostly these statements.
    const [{ present, holdsProxy }] = (await manager.query(
      `SELECT EXISTS (SELECT 1 FROM attendance a WHERE a.meeting_id = $1 AND a.user_id = $2 AND a.status = 'PRESENT') AS present,
              EXISTS (SELECT 1 FROM meeting_proxy p WHERE p.meeting_id = $1 AND p.from_organization_id = $3
                                                      AND p.to_organization_id = $4 AND p.revoked_at IS NULL) AS "holdsProxy"`,
      [meeting.id, viewer.userId, organizationId, seat.organizationId],
    )) as Array<{ present: boolean; holdsProxy: boolean }>;
    if (!present) throw forbidden('Only those recorded present at the meeting may vote.');
    if (organizationId === seat.organizationId) return { byProxy: false };
    if (!holdsProxy) throw forbidden('You may cast only your own organization’s ballot, or that of an organization whose proxy it holds.');
    return { byProxy: true };
  }
}
