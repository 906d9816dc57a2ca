import { Controller, Get, Param, Req, Res, UseFilters, UseGuards } from '@nestjs/common';
import type { Request, Response } from 'express';
import { BearerGuard, httpRequestContext } from '../../core/auth/bearer.guard';
import { DomainHttpFilter } from '../../core/errors/domain-http.filter';
import { DownloadsService } from './downloads.service';

/** GET /attachments/:id: the file, streamed from PostgreSQL, for those who may see its agenda item. */
@Controller('attachments')
@UseGuards(BearerGuard)
@UseFilters(DomainHttpFilter)
export class AttachmentsController {
  constructor(private readonly downloads: DownloadsService) {}

  @Get(':id')
  download(@Param('id') id: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    return this.downloads.send(httpRequestContext(req), id, res);
  }
}
