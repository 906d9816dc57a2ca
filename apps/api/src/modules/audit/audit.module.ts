import { Module } from '@nestjs/common';
import { RoundTablesModule } from '../round-tables/round-tables.module';
import { AuditLogResolver } from './audit-log.resolver';
import { AuditLogService } from './audit-log.service';

/** Reading the audit log (writing it is core/audit's AuditService, inside each mutation's transaction). */
@Module({ imports: [RoundTablesModule], providers: [AuditLogResolver, AuditLogService] })
export class AuditModule {}
