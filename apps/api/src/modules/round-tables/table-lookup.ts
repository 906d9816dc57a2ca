import type { EntityManager, EntityTarget, FindOptionsWhere, ObjectLiteral } from 'typeorm';
import { isUuid } from '@concertation/shared-domain';
import { notFound } from '../../core/errors/domain-errors';
import { RoundTableEntity } from './round-table.entity';

/**
 * A row by id inside a transaction, locked against concurrent changes when asked; an unknown or
 * malformed id is NOT_FOUND (a malformed one never reaches SQL).
 */
export async function findOrNotFound<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  id: string | null | undefined,
  what: string,
  options: { lock?: boolean } = {},
): Promise<T> {
  if (!isUuid(id)) throw notFound(what);
  const row = await manager.getRepository(entity).findOne({
    where: { id } as unknown as FindOptionsWhere<T>,
    ...(options.lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
  });
  if (!row) throw notFound(what);
  return row;
}

export const tableOrNotFound = (manager: EntityManager, id: string | null | undefined, options: { lock?: boolean } = {}) =>
  findOrNotFound(manager, RoundTableEntity, id, 'table', options);
