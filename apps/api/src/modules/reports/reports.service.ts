import { Injectable } from '@nestjs/common';
import type { Viewer } from '../../core/auth/viewer';
import { groupByKey } from '../../core/graphql/request-loaders';
import type { NetworkReportModel, RegionActivityModel } from './models/network-report.model';
import type { TableReportModel } from './models/table-report.model';
import { ReportFigures, type TableFigures } from './report-figures';
import { type ReportPeriod, reportPeriod } from './report-period';
import { ReportsPolicy } from './reports.policy';

/** Reports put together from the figures PostgreSQL counts, after the policy says who may read them. */
@Injectable()
export class ReportsService {
  constructor(
    private readonly figures: ReportFigures,
    private readonly policy: ReportsPolicy,
  ) {}

  async tableReport(viewer: Viewer, tableId: string, from: unknown, to: unknown): Promise<TableReportModel> {
    // Who may read comes first, so that a refused viewer learns nothing from the period's checks.
    await this.policy.assertMayReadTable(viewer, tableId);
    const period = reportPeriod(from, to);
    const [report] = await this.reportsOf([tableId], period);
    return report;
  }

  async networkReport(viewer: Viewer, from: unknown, to: unknown): Promise<NetworkReportModel> {
    this.policy.assertMayReadNetwork(viewer);
    const period = reportPeriod(from, to);
    const [tables, regions] = await Promise.all([this.figures.openTableIds().then((ids) => this.reportsOf(ids, period)), this.figures.quebecRegions()]);
    const byTable = new Map(tables.map((t) => [t.tableId, t as TableReportModel & Pick<TableFigures, 'presenceSum' | 'presenceMeetings'>]));
    return {
      ...period,
      tables,
      regions: regions.map((region): RegionActivityModel => {
        const covering = region.tableIds.map((id) => byTable.get(id)).filter((t) => t !== undefined);
        const presenceMeetings = covering.reduce((sum, t) => sum + t.presenceMeetings, 0);
        return {
          regionId: region.regionId,
          tables: region.tableIds.length,
          meetingsHeld: covering.reduce((sum, t) => sum + t.meetingsHeld, 0),
          // Averaged over the region's held meetings, not over its tables: a table meeting monthly weighs more than one meeting once.
          attendanceRate: presenceMeetings > 0 ? covering.reduce((sum, t) => sum + t.presenceSum, 0) / presenceMeetings : null,
          protocolsAdopted: region.protocolsAdopted,
        };
      }),
    };
  }

  /** The reports of several tables in three statements, in the order of `tableIds`. */
  private async reportsOf(tableIds: string[], period: ReportPeriod): Promise<Array<TableReportModel & Pick<TableFigures, 'presenceSum' | 'presenceMeetings'>>> {
    if (tableIds.length === 0) return [];
    const [figures, organizations, months] = await Promise.all([
      this.figures.tables(tableIds, period),
      this.figures.organizations(tableIds, period),
      this.figures.months(tableIds, period),
    ]);
    const organizationsOf = groupByKey(tableIds, organizations, (o) => o.tableId);
    const monthsOf = groupByKey(tableIds, months, (m) => m.tableId);
    return tableIds.flatMap((tableId, i) => {
      const f = figures.get(tableId);
      if (!f) return [];
      return [
        {
          tableId,
          ...period,
          meetingsHeld: f.meetingsHeld,
          meetingsCancelled: f.meetingsCancelled,
          quorumMissed: f.quorumMissed,
          attendanceRate: f.attendanceRate,
          presenceSum: f.presenceSum,
          presenceMeetings: f.presenceMeetings,
          decisions: f.decisions,
          votes: f.votes,
          actionItems: {
            created: f.actionItemsCreated,
            completed: f.actionItemsCompleted,
            overdue: f.actionItemsOverdue,
            medianDaysToComplete: f.medianDaysToComplete,
          },
          referralsSent: f.referralsSent,
          referralsReceived: f.referralsReceived,
          referralsAnswered: f.referralsAnswered,
          medianDaysToAnswerReferral: f.medianDaysToAnswerReferral,
          consultationsRun: f.consultationsRun,
          consultationResponseRate: f.consultationResponseRate,
          organizations: organizationsOf[i],
          months: monthsOf[i],
        },
      ];
    });
  }
}
