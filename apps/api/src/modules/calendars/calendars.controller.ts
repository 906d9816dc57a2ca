import { Controller, Get, Param, Req, Res, UseFilters, UseGuards } from '@nestjs/common';
import type { Request, Response } from 'express';
import { BearerGuard, httpRequestContext } from '../../core/auth/bearer.guard';
import { DomainHttpFilter } from '../../core/errors/domain-http.filter';
import { CalendarsService } from './calendars.service';

function sendCalendar(res: Response, ics: string, fileName: string | null): void {
  res.status(200);
  res.setHeader('Content-Type', 'text/calendar; charset=utf-8');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  // Calendars must fetch fresh copies, and nobody else may keep one.
  res.setHeader('Cache-Control', 'private, no-cache');
  if (fileName) res.setHeader('Content-Disposition', `attachment; filename="${fileName}"`);
  res.send(ics);
}

/** GET /meetings/:id.ics (bearer token) and GET /calendar/:secret.ics (the secret is the key). */
@Controller()
@UseFilters(DomainHttpFilter)
export class CalendarsController {
  constructor(private readonly calendars: CalendarsService) {}

  @Get('meetings/:id.ics')
  @UseGuards(BearerGuard)
  async meeting(@Param('id') id: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    sendCalendar(res, await this.calendars.meetingIcs(httpRequestContext(req), id), 'meeting.ics');
  }

  @Get('calendar/:secret.ics')
  async feed(@Param('secret') secret: string, @Res() res: Response): Promise<void> {
    sendCalendar(res, await this.calendars.feed(secret), null);
  }
}
