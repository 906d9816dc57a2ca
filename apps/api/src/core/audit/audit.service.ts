import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

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
  /** Fixed SQL: every mutation writes one, and the insert builder cost more than the insert. */
  async record(manager: EntityManager, record: AuditRecord): Promise<void> {
    await manager.query(`INSERT INTO audit_event (actor_id, action, entity_type, entity_id, table_id) VALUES ($1, $2, $3, $4, $5)`, [
      record.actorId,
      record.action,
      record.entityType,
      record.entityId,
      record.tableId ?? null,
    ]);
  }
}
