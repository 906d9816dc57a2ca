import { Module } from '@nestjs/common';
import { RoundTablesModule } from '../round-tables/round-tables.module';
import { ReportsExportController } from './export/reports-export.controller';
import { ReportDocuments } from './export/report-documents';
import { ReportFigures } from './report-figures';
import { OrganizationActivityResolver, RegionActivityResolver, ReportsResolver } from './reports.resolver';
import { ReportsPolicy } from './reports.policy';
import { ReportsService } from './reports.service';

/** Reports of a table's or the whole network's activity: in GraphQL, CSV and PDF. */
@Module({
  imports: [RoundTablesModule],
  controllers: [ReportsExportController],
  providers: [ReportFigures, ReportsPolicy, ReportsService, ReportDocuments, ReportsResolver, OrganizationActivityResolver, RegionActivityResolver],
})
export class ReportsModule {}
