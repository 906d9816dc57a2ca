import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { type EnumValue, MeetingEventKind, type AttendanceStatus, type RsvpResponse } from '@concertation/shared-domain';
import type { Viewer } from '../../core/auth/viewer';
import { badInput, forbidden } from '../../core/errors/domain-errors';
import { UserEntity } from '../accounts/user.entity';
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
    private readonly activity: MeetingActivity,
  ) {}

  /**
   * Anyone who holds a seat at the meeting answers for it; a later answer replaces the earlier one.
   * A substitute's answer is kept with their substitution, and reads as the answer of their seat.
   */
  async respond(viewer: Viewer, meetingId: string, response: EnumValue<RsvpResponse>): Promise<RsvpEntity> {
    return this.dataSource.transaction(async (manager) => {
      const { meeting, seat } = await this.policy.assertSits(manager, viewer, meetingId);
      this.policy.assertMeetingOpen(meeting);
      let answer: RsvpEntity;
      if (seat.kind === 'substitute') {
        const [row] = await manager.query(
          `WITH answered AS (UPDATE substitution SET response = $2, responded_at = now() WHERE id = $1 RETURNING id, responded_at) SELECT * FROM answered`,
          [seat.substitution.id, response],
        );
        answer = manager.create(RsvpEntity, { meetingId: meeting.id, participantId: seat.substitution.id, response, respondedAt: row.responded_at });
      } else {
        await manager.upsert(
          RsvpEntity,
          { meetingId: meeting.id, participantId: seat.participant.id, response, respondedAt: () => 'now()' },
          { conflictPaths: ['meetingId', 'participantId'] },
        );
        answer = await manager.findOneByOrFail(RsvpEntity, { meetingId: meeting.id, participantId: seat.participant.id });
      }
      // Who answered is the meeting's business: the meeting holds the change (as for attendance).
      await this.activity.meetingChanged(manager, viewer, meeting, 'rsvp.recorded', MeetingEventKind.RSVP_CHANGED);
      return answer;
    });
  }

  /**
   * Officers record a person's attendance, with the organization they sit for (quorum counts
   * organizations). The person must hold a seat at the meeting (a substitute counts for the
   * organization that sent them). A cancelled meeting takes no attendance; an adjourned one still
   * does, for corrections before the minutes.
   */
  async record(viewer: Viewer, meetingId: string, userId: string, status: EnumValue<AttendanceStatus>): Promise<AttendanceEntity> {
    return this.dataSource.transaction(async (manager) => {
      const { meeting } = await this.policy.assertOfficer(manager, viewer, meetingId);
      if (meeting.status === 'CANCELLED') throw forbidden('A cancelled meeting takes no attendance.');
      const user = await findOrNotFound(manager, UserEntity, userId, 'user');
      const seat = await this.policy.seatIn(manager, user.id, meeting);
      if (!seat) throw badInput('This person does not sit at this table, nor substitutes at this meeting.', 'userId');
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
