import { Controller, Get, Param, Query, Req, Res, UseFilters, UseGuards } from '@nestjs/common';
import type { Request, Response } from 'express';
import { BearerGuard, httpRequestContext } from '../../../core/auth/bearer.guard';
import { DomainHttpFilter } from '../../../core/errors/domain-http.filter';
import { writeNetworkReportCsv, writeTableReportCsv } from './report-csv';
import { ReportDocuments } from './report-documents';
import { writeTableReportPdf } from './report-pdf';

function sendFile(res: Response, body: Buffer, contentType: string, fileName: string): void {
  res.status(200);
  res.setHeader('Content-Type', contentType);
  res.setHeader('Content-Disposition', `attachment; filename="${fileName}"`);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  // Reports name the organizations of a table working on exploited minors: no shared cache keeps a copy.
  res.setHeader('Cache-Control', 'private, no-store');
  res.send(body);
}

/** `report-2026-04-01-2027-03-31.csv`: the period in the name, so that downloads do not overwrite each other. */
const fileName = (from: string, to: string, extension: string) => `report-${from}-${to}.${extension}`;

/**
 * GET /reports/tables/:id.csv, /reports/tables/:id.pdf and /reports/network.csv, with
 * `?from=YYYY-MM-DD&to=YYYY-MM-DD` and the bearer token: 401 without a valid token, 400 for a bad
 * period, 404 for an unknown table, 403 for a viewer who may not read the report.
 */
@Controller('reports')
@UseFilters(DomainHttpFilter)
@UseGuards(BearerGuard)
export class ReportsExportController {
  constructor(private readonly documents: ReportDocuments) {}

  @Get('tables/:id.csv')
  async tableCsv(@Param('id') id: string, @Query('from') from: unknown, @Query('to') to: unknown, @Req() req: Request, @Res() res: Response) {
    const doc = await this.documents.table(httpRequestContext(req).viewer, id, from, to);
    sendFile(res, writeTableReportCsv(doc), 'text/csv; charset=utf-8', fileName(doc.report.from, doc.report.to, 'csv'));
  }

  @Get('tables/:id.pdf')
  async tablePdf(@Param('id') id: string, @Query('from') from: unknown, @Query('to') to: unknown, @Req() req: Request, @Res() res: Response) {
    const doc = await this.documents.table(httpRequestContext(req).viewer, id, from, to);
    const today = new Date().toISOString().slice(0, 10);
    sendFile(res, await writeTableReportPdf(doc, today), 'application/pdf', fileName(doc.report.from, doc.report.to, 'pdf'));
  }

  @Get('network.csv')
  async networkCsv(@Query('from') from: unknown, @Query('to') to: unknown, @Req() req: Request, @Res() res: Response) {
    const doc = await this.documents.network(httpRequestContext(req).viewer, from, to);
    sendFile(res, writeNetworkReportCsv(doc), 'text/csv; charset=utf-8', fileName(doc.report.from, doc.report.to, 'csv'));
  }
}
