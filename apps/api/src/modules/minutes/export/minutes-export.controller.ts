import { Controller, Get, Param, Req, Res, UseFilters, UseGuards } from '@nestjs/common';
import type { Request, Response } from 'express';
import { BearerGuard, httpRequestContext } from '../../../core/auth/bearer.guard';
import { DomainHttpFilter } from '../../../core/errors/domain-http.filter';
import { MinutesDocumentService } from './minutes-document.service';
import { writeMinutesMarkdown } from './minutes-markdown';
import { writeMinutesPdf } from './minutes-pdf';

function sendFile(res: Response, body: string | Buffer, contentType: string, fileName: string): void {
  res.status(200);
  res.setHeader('Content-Type', contentType);
  res.setHeader('Content-Disposition', `attachment; filename="${fileName}"`);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  // Minutes may hold in-camera notes: no shared cache keeps a copy.
  res.setHeader('Cache-Control', 'private, no-store');
  res.send(body);
}

/**
 * GET /meetings/:id/minutes.md and GET /meetings/:id/minutes.pdf (bearer token; same permissions
 * as the minutes: 401 without a valid token, 404 unknown meeting or not started, 403 not allowed).
 */
@Controller('meetings/:id')
@UseFilters(DomainHttpFilter)
@UseGuards(BearerGuard)
export class MinutesExportController {
  constructor(private readonly documents: MinutesDocumentService) {}

  @Get('minutes.md')
  async markdown(@Param('id') id: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const doc = await this.documents.forDownload(httpRequestContext(req), id);
    sendFile(res, writeMinutesMarkdown(doc), 'text/markdown; charset=utf-8', 'minutes.md');
  }

  @Get('minutes.pdf')
  async pdf(@Param('id') id: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const doc = await this.documents.forDownload(httpRequestContext(req), id);
    sendFile(res, await writeMinutesPdf(doc), 'application/pdf', 'minutes.pdf');
  }
}
