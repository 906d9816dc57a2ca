import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Viewer } from '../../../core/auth/viewer';
import type { NetworkReportModel } from '../models/network-report.model';
import type { TableReportModel } from '../models/table-report.model';
import { ReportsService } from '../reports.service';
import type { ReportLocale } from './report-labels';

/** What the CSV and PDF writers need beyond the figures: names, in the reader's language. */
export interface TableReportDocument {
  locale: ReportLocale;
  tableName: string;
  report: TableReportModel;
  organizationNames: Map<string, string>;
}

export interface NetworkReportDocument {
  locale: ReportLocale;
  report: NetworkReportModel;
  tables: Map<string, { name: string; level: string }>;
  regionNames: Map<string, string>;
}

/** The report a download carries, read under the same rules as in GraphQL, with the names it shows. */
@Injectable()
export class ReportDocuments {
  constructor(
    private readonly reports: ReportsService,
    private readonly dataSource: DataSource,
  ) {}

  async table(viewer: Viewer, tableId: string, from: unknown, to: unknown): Promise<TableReportDocument> {
    const report = await this.reports.tableReport(viewer, tableId, from, to);
    const [locale, tables, organizations] = await Promise.all([
      this.localeOf(viewer),
      this.dataSource.query(`SELECT name FROM round_table WHERE id = $1`, [tableId]) as Promise<Array<{ name: string }>>,
      this.organizationNames(report.organizations.map((o) => o.organizationId)),
    ]);
    return { locale, tableName: tables[0].name, report, organizationNames: organizations };
  }

  async network(viewer: Viewer, from: unknown, to: unknown): Promise<NetworkReportDocument> {
    const report = await this.reports.networkReport(viewer, from, to);
    const locale = await this.localeOf(viewer);
    const [tables, regions] = await Promise.all([
      this.dataSource.query(`SELECT id, name, level FROM round_table WHERE id = ANY($1::uuid[])`, [report.tables.map((t) => t.tableId)]) as Promise<
        Array<{ id: string; name: string; level: string }>
      >,
      this.dataSource.query(`SELECT id, name_fr, name_en FROM region WHERE id = ANY($1::uuid[])`, [report.regions.map((r) => r.regionId)]) as Promise<
        Array<{ id: string; name_fr: string; name_en: string }>
      >,
    ]);
    return {
      locale,
      report,
      tables: new Map(tables.map((t) => [t.id, { name: t.name, level: t.level }])),
      regionNames: new Map(regions.map((r) => [r.id, locale === 'FR' ? r.name_fr : r.name_en])),
    };
  }

  private async localeOf(viewer: Viewer): Promise<ReportLocale> {
    const rows: Array<{ locale: string }> = await this.dataSource.query(`SELECT locale FROM app_user WHERE id = $1`, [viewer.userId]);
    return rows[0]?.locale === 'EN' ? 'EN' : 'FR';
  }

  private async organizationNames(ids: string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows: Array<{ id: string; name: string }> = await this.dataSource.query(`SELECT id, name FROM organization WHERE id = ANY($1::uuid[])`, [ids]);
    return new Map(rows.map((r) => [r.id, r.name]));
  }
}
