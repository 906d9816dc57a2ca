import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditEventEntity } from '../../modules/audit/audit-event.entity';

export interface AuditRecord {
  actorId: string | null;
  /** `<entity>.<verb in the past>`, e.g. `table.created` (docs/api-guide.md, "Audit"). */
  action: string;
  entityType: string;
  entityId: string;
  tableId?: string | null;
}

/**
 * Writes audit events in the caller's transaction, so that a change and its audit record are
 * committed together or not at all.
 */
@Injectable()
export class AuditService {
  async record(manager: EntityManager, record: AuditRecord): Promise<void> {
    await manager.insert(AuditEventEntity, {
      actorId: record.actorId,
      action: record.action,
      entityType: record.entityType,
      entityId: record.entityId,
      tableId: record.tableId ?? null,
    });
  }
}
