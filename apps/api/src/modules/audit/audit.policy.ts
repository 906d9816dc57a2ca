import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { isCoordinator, type Viewer } from '../../core/auth/viewer';
import { forbidden } from '../../core/errors/domain-errors';
import { RoundTablesPolicy } from '../round-tables/round-tables.policy';
import { tableOrNotFound } from '../round-tables/table-lookup';

/**
 * Who may read which audit log (docs/api-guide.md): a table's history is for its officers, the whole
 * platform's for coordinators. A coordinator who does not sit at a table does not read its log
 * (least privilege), and an officer of a table does not read the platform's.
 */
@Injectable()
export class AuditPolicy {
  constructor(
    private readonly dataSource: DataSource,
    private readonly seats: RoundTablesPolicy,
  ) {}

  /**
   * `auditLog(tableId)`: without a table, coordinators only; with one, NOT_FOUND for an unknown or
   * malformed id, else its officers only. Returns the table's id, or null for the whole log.
   */
  async assertMayRead(viewer: Viewer, tableId: string | null): Promise<string | null> {
    if (tableId === null) {
      if (!isCoordinator(viewer)) throw forbidden('Only coordinators may read the whole audit log.');
      return null;
    }
    const table = await tableOrNotFound(this.dataSource.manager, tableId);
    await this.seats.assertOfficer(this.dataSource.manager, viewer, table.id);
    return table.id;
  }
}
