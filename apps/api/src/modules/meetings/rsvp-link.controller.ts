import { Body, Controller, Get, Inject, Param, Post, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { DataSource } from 'typeorm';
import { paths, endpoints } from '@concertation/shared-paths';
import { APP_CONFIG, type AppConfig } from '../../core/config/app-config';
import type { Viewer } from '../../core/auth/viewer';
import { UserEntity } from '../accounts/user.entity';
import { answersTaken, meetingBlock } from '../email/email-composer';
import { EmailLinks } from '../email/email-links';
import { renderRsvpPage, RSVP_RESPONSES, type RsvpPage, type RsvpResponse } from '../email/pages';
import { browserLanguage, sendPage } from '../email/reader-language';
import { RoundTableEntity } from '../round-tables/round-table.entity';
import { AttendanceService } from './attendance.service';
import { MeetingEntity } from './meeting.entity';
import type { MeetingSeat } from './meeting-seat';
import { MeetingsPolicy } from './meetings.policy';
import { RsvpEntity } from './rsvp.entity';

const answerOf = (value: unknown): RsvpResponse | null => ((RSVP_RESPONSES as readonly unknown[]).includes(value) ? (value as RsvpResponse) : null);

/**
 * The answer links of meeting e-mails, without sign-in: GET shows the meeting and the clicked
 * answer selected, and records nothing (mail scanners follow links); POST records the answer
 * as respondToInvitation does. 404 for a link this server did not sign (or whose person or
 * meeting is gone), 403 once the person no longer sits at the table, 410 once the meeting is
 * cancelled, adjourned or over.
 */
@Controller('rsvp')
export class RsvpLinkController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly links: EmailLinks,
    private readonly meetings: MeetingsPolicy,
    private readonly attendance: AttendanceService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get(':token')
  async ask(@Param('token') token: string, @Query('response') response: unknown, @Req() req: Request, @Res() res: Response): Promise<void> {
    const found = await this.invitationOf(token, req);
    if ('page' in found) return sendPage(res, found.status, renderRsvpPage(found.page));
    const { user, meeting, tableName, seat } = found;
    const current =
      seat.kind === 'substitute'
        ? seat.substitution.response
        : (await this.dataSource.getRepository(RsvpEntity).findOneBy({ meetingId: meeting.id, participantId: seat.participant.id }))?.response;
    sendPage(
      res,
      200,
      renderRsvpPage({
        locale: user.locale,
        readerTimeZone: user.timeZone,
        state: 'ask',
        meeting: meetingBlock(meeting, tableName),
        selected: answerOf(response),
        current: answerOf(current),
        formAction: endpoints.rsvp(token),
      }),
    );
  }

  @Post(':token')
  async record(
    @Param('token') token: string,
    @Query('response') queryResponse: unknown,
    @Body() body: Record<string, unknown> | undefined,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const found = await this.invitationOf(token, req);
    if ('page' in found) return sendPage(res, found.status, renderRsvpPage(found.page));
    const { user, meeting, tableName } = found;
    // The form's field wins over the link's query: the person may have picked another answer.
    const response = answerOf(body?.response) ?? answerOf(queryResponse);
    const reader = { locale: user.locale, readerTimeZone: user.timeZone };
    if (!response) {
      return sendPage(
        res,
        400,
        renderRsvpPage({
          ...reader,
          state: 'ask',
          meeting: meetingBlock(meeting, tableName),
          selected: null,
          current: null,
          formAction: endpoints.rsvp(token),
        }),
      );
    }
    await this.attendance.respond(viewerOf(user), meeting.id, response);
    sendPage(
      res,
      200,
      renderRsvpPage({
        ...reader,
        state: 'recorded',
        meeting: meetingBlock(meeting, tableName),
        response,
        meetingUrl: `${this.config.publicUrl}${paths.meeting(meeting.id)}`,
      }),
    );
  }

  private async invitationOf(
    token: string,
    req: Request,
  ): Promise<{ user: UserEntity; meeting: MeetingEntity; tableName: string; seat: NonNullable<MeetingSeat> } | { status: number; page: RsvpPage }> {
    const grant = this.links.readRsvp(token);
    const invalid = (status: number, locale = browserLanguage(req)) => ({
      status,
      page: { locale, readerTimeZone: 'UTC', state: 'invalid', signInUrl: paths.signIn() } as RsvpPage,
    });
    if (!grant) return invalid(404);
    const user = await this.dataSource.getRepository(UserEntity).findOneBy({ id: grant.userId });
    const meeting = await this.dataSource.getRepository(MeetingEntity).findOneBy({ id: grant.meetingId });
    if (!user || !meeting) return invalid(404);
    const table = await this.dataSource.getRepository(RoundTableEntity).findOneByOrFail({ id: meeting.tableId });
    if (!answersTaken(meeting)) {
      const reason = meeting.status === 'CANCELLED' ? 'CANCELLED' : meeting.status === 'ADJOURNED' ? 'ADJOURNED' : 'PAST';
      return {
        status: 410,
        page: { locale: user.locale, readerTimeZone: user.timeZone, state: 'closed', meeting: meetingBlock(meeting, table.name), reason },
      };
    }
    const seat = await this.meetings.seatIn(this.dataSource.manager, user.id, meeting);
    if (!seat) return invalid(403, user.locale);
    return { user, meeting, tableName: table.name, seat };
  }
}

/** The person the link was made for, acting through it: the same checks as when they answer signed in. */
function viewerOf(user: UserEntity): Viewer {
  return { userId: user.id, sessionId: 'email-link', platformRole: user.platformRole, organizationId: user.organizationId };
}
