import type { EntityManager } from 'typeorm';
import { type EnumValue, canReportTo, type TableLevel } from '@concertation/shared-domain';
import { badInput } from '../../core/errors/domain-errors';
import { tableOrNotFound } from './table-lookup';

/**
 * The level rules (a REGIONAL table reports to a PROVINCIAL or NATIONAL one, a PROVINCIAL one to
 * a NATIONAL one, a NATIONAL one to none) and the refusal of cycles. An unknown parent is
 * NOT_FOUND; a parent the rules refuse is BAD_USER_INPUT.
 */
export async function assertParentAllowed(
  manager: EntityManager,
  level: EnumValue<TableLevel>,
  parentId: string | null,
  tableId: string | null,
): Promise<void> {
  if (parentId === null) return;
  const parent = await tableOrNotFound(manager, parentId);
  if (tableId !== null && (await isAtOrBelow(manager, parent.id, tableId))) {
    throw badInput('A table cannot report to itself or to a table below it.', 'parentId');
  }
  if (!canReportTo(level, parent.level)) {
    throw badInput(
      level === 'NATIONAL'
        ? 'A national table reports to no other table.'
        : `A ${level.toLowerCase()} table cannot report to a ${parent.level.toLowerCase()} table.`,
      'parentId',
    );
  }
}

/** True when `candidateId` is `tableId` or one of its descendants (walking up from the candidate). */
async function isAtOrBelow(manager: EntityManager, candidateId: string, tableId: string): Promise<boolean> {
  // UNION (not UNION ALL) stops on a cycle already in the data instead of looping forever.
  const rows: unknown[] = await manager.query(
    `WITH RECURSIVE up(id, parent_id) AS (
       SELECT id, parent_id FROM round_table WHERE id = $1
       UNION
       SELECT t.id, t.parent_id FROM round_table t JOIN up ON t.id = up.parent_id
     )
     SELECT 1 AS hit FROM up WHERE id = $2 LIMIT 1`,
    [candidateId, tableId],
  );
  return rows.length > 0;
}
