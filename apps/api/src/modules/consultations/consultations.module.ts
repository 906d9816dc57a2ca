import { Module } from '@nestjs/common';
import { RoundTablesModule } from '../round-tables/round-tables.module';
import { ConsultationActivity } from './consultation-activity';
import { ConsultationClosings } from './consultation-closings';
import { ConsultationFieldsResolver, ConsultationResponseFieldsResolver } from './consultation-fields.resolver';
import { ConsultationViewsService } from './consultation-views.service';
import { ConsultationsLoaders } from './consultations.loaders';
import { ConsultationsPolicy } from './consultations.policy';
import { ConsultationsResolver } from './consultations.resolver';
import { ConsultationsService } from './consultations.service';
import { TableConsultationsResolver } from './table-consultations.resolver';

/** Consultations: a table asks the organizations of its audience tables, which answer as bodies; results (their live progress: live-events). */
@Module({
  imports: [RoundTablesModule],
  providers: [
    ConsultationsLoaders,
    ConsultationsPolicy,
    ConsultationActivity,
    ConsultationsService,
    ConsultationViewsService,
    ConsultationClosings,
    ConsultationsResolver,
    ConsultationFieldsResolver,
    ConsultationResponseFieldsResolver,
    TableConsultationsResolver,
  ],
  exports: [ConsultationsPolicy, ConsultationClosings, ConsultationViewsService],
})
export class ConsultationsModule {}
