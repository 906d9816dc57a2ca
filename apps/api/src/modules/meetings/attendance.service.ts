import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { type EnumValue, MeetingEventKind, type AttendanceStatus, type RsvpResponse } from '@concertation/shared-domain';
import type { Viewer } from '../../core/auth/viewer';
import { badInput, forbidden } from '../../core/errors/domain-errors';
import { UserEntity } from '../accounts/user.entity';
import { RoundTablesPolicy } from '../round-tables/round-tables.policy';
import { findOrNotFound } from '../round-tables/table-lookup';
import { AttendanceEntity } from './attendance.entity';
import { MeetingActivity } from './meeting-activity';
import { MeetingsPolicy } from './meetings.policy';
import { RsvpEntity } from './rsvp.entity';

/** Who says they will come (RSVP), and who came (attendance, which quorum counts). */
@Injectable()
export class AttendanceService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: MeetingsPolicy,
    private readonly seats: RoundTablesPolicy,
    private readonly activity: MeetingActivity,
  ) {}

  /** Anyone who sits at the table answers for their own seat; a later answer replaces the earlier one. */
  async respond(viewer: Viewer, meetingId: string, response: EnumValue<RsvpResponse>): Promise<RsvpEntity> {
    return this.dataSource.transaction(async (manager) => {
      const { meeting, seat } = await this.policy.assertSits(manager, viewer, meetingId);
      this.policy.assertMeetingOpen(meeting);
      await manager.upsert(
        RsvpEntity,
        { meetingId: meeting.id, participantId: seat.id, response, respondedAt: () => 'now()' },
        { conflictPaths: ['meetingId', 'participantId'] },
      );
      // Who answered is the meeting's business: the meeting holds the change (as for attendance).
      await this.activity.meetingChanged(manager, viewer, meeting, 'rsvp.recorded', MeetingEventKind.RSVP_CHANGED);
      return manager.findOneByOrFail(RsvpEntity, { meetingId: meeting.id, participantId: seat.id });
    });
  }

  /**
   * Officers record a person's attendance, with the organization they sit for (quorum counts
   * organizations). The person must sit at the table. A cancelled meeting takes no attendance;
   * an adjourned one still does, for corrections before the minutes.
   */
  async record(viewer: Viewer, meetingId: string, userId: string, status: EnumValue<AttendanceStatus>): Promise<AttendanceEntity> {
    return this.dataSource.transaction(async (manager) => {
      const { meeting } = await this.policy.assertOfficer(manager, viewer, meetingId);
      if (meeting.status === 'CANCELLED') throw forbidden('A cancelled meeting takes no attendance.');
      const user = await findOrNotFound(manager, UserEntity, userId, 'user');
      const seat = await this.seats.seatIn(manager, user.id, meeting.tableId);
      if (!seat) throw badInput('This person does not sit at this table.', 'userId');
      await manager.upsert(
        AttendanceEntity,
        { meetingId: meeting.id, userId: user.id, organizationId: seat.organizationId, status, recordedAt: () => 'now()' },
        { conflictPaths: ['meetingId', 'userId'] },
      );
      await this.activity.meetingChanged(manager, viewer, meeting, 'attendance.recorded', MeetingEventKind.ATTENDANCE_CHANGED);
      return manager.findOneByOrFail(AttendanceEntity, { meetingId: meeting.id, userId: user.id });
    });
  }
}
