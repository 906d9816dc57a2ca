import { Module } from '@nestjs/common';
import { ActionItemsModule } from '../action-items/action-items.module';
import { ConsultationsModule } from '../consultations/consultations.module';
import { MeetingsModule } from '../meetings/meetings.module';
import { RoundTablesModule } from '../round-tables/round-tables.module';
import { AuditLogResolver } from './audit-log.resolver';
import { AuditLogService } from './audit-log.service';
import { AuditSubjects } from './audit-subjects';
import { AuditPolicy } from './audit.policy';

/**
 * Reading the audit log (writing it is core/audit's AuditService, inside each mutation's transaction);
 * the objects' own policies say whose names the log may show.
 */
@Module({
  imports: [RoundTablesModule, MeetingsModule, ActionItemsModule, ConsultationsModule],
  providers: [AuditPolicy, AuditLogResolver, AuditLogService, AuditSubjects],
})
export class AuditModule {}
