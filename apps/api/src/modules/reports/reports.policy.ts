import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { isUuid } from '@concertation/shared-domain';
import { isCoordinator, type Viewer } from '../../core/auth/viewer';
import { forbidden, notFound } from '../../core/errors/domain-errors';
import { RoundTablesPolicy } from '../round-tables/round-tables.policy';

/**
 * Who reads reports (CONTRACT.md, "Reports"): a table's report, its officers and the officers of
 * any table above it, since a provincial table answers for the regions below; the network's,
 * coordinators. Coordinators read every report.
 */
@Injectable()
export class ReportsPolicy {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tables: RoundTablesPolicy,
  ) {}

  /** NOT_FOUND for an unknown or malformed table, FORBIDDEN for a viewer who may not read its report. */
  async assertMayReadTable(viewer: Viewer, tableId: string): Promise<void> {
    if (!isUuid(tableId)) throw notFound('table');
    const rows: Array<{ officer: boolean }> = await this.dataSource.query(
      `WITH RECURSIVE up(id, parent_id) AS (
         SELECT id, parent_id FROM round_table WHERE id = $1
         UNION
         SELECT t.id, t.parent_id FROM round_table t JOIN up ON t.id = up.parent_id
       )
       SELECT EXISTS (
         SELECT 1 FROM up JOIN table_participant tp ON tp.table_id = up.id
          WHERE tp.user_id = $2 AND tp.role IN ${this.tables.officerRolesSql()}
       ) AS officer
       FROM round_table WHERE id = $1`,
      [tableId, viewer.userId],
    );
    if (rows.length === 0) throw notFound('table');
    if (!isCoordinator(viewer) && !rows[0].officer) {
      throw forbidden("Only the officers of this table or of a table above it, or a coordinator, may read this table's report.");
    }
  }

  assertMayReadNetwork(viewer: Viewer): void {
    if (!isCoordinator(viewer)) throw forbidden("Only coordinators may read the network's report.");
  }
}
