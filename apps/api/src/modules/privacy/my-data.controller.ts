import { Controller, Get, Logger, Req, Res, UseFilters, UseGuards } from '@nestjs/common';
import type { Request, Response } from 'express';
import { BearerGuard, httpRequestContext } from '../../core/auth/bearer.guard';
import { DomainHttpFilter } from '../../core/errors/domain-http.filter';
import { ReaderGone } from './json-stream';
import { MyDataService } from './my-data.service';

/**
 * GET /me/data.json (bearer token; 401 without): the viewer's data as a JSON file, streamed.
 * Once the first bytes are out an error can no longer become a status: the connection is cut,
 * so that the client sees a failed download rather than a file that looks whole.
 */
@Controller('me')
@UseFilters(DomainHttpFilter)
@UseGuards(BearerGuard)
export class MyDataController {
  private readonly logger = new Logger('MyData');

  constructor(private readonly myData: MyDataService) {}

  @Get('data.json')
  async download(@Req() req: Request, @Res() res: Response): Promise<void> {
    const ctx = httpRequestContext(req);
    const fileName = await this.myData.begin(ctx.viewer);
    res.status(200);
    res.setHeader('Content-Type', 'application/json; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="${fileName}"`);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    // Personal data: no cache anywhere keeps a copy.
    res.setHeader('Cache-Control', 'no-store');
    try {
      await this.myData.write(ctx, res);
      res.end();
    } catch (err) {
      if (!(err instanceof ReaderGone)) this.logger.error(`The data export stopped: ${err instanceof Error ? err.message : String(err)}`);
      res.destroy();
    }
  }
}
