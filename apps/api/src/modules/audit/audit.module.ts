import { Module } from '@nestjs/common';
import { RoundTablesModule } from '../round-tables/round-tables.module';
import { AuditLogResolver } from './audit-log.resolver';
import { AuditLogService } from './audit-log.service';
import { AuditPolicy } from './audit.policy';

/** Reading the audit log (writing it is core/audit's AuditService, inside each mutation's transaction). */
@Module({ imports: [RoundTablesModule], providers: [AuditPolicy, AuditLogResolver, AuditLogService] })
export class AuditModule {}
