import type { EntityManager } from 'typeorm';
import { isUuid } from '@concertation/shared-domain';
import { notFound } from '../../core/errors/domain-errors';
import { OrganizationEntity } from '../directory/organization.entity';

/** Organizations are a public directory: an unknown id is NOT_FOUND before any permission check. */
export async function organizationOrNotFound(manager: EntityManager, id: string): Promise<void> {
  if (!isUuid(id) || !(await manager.existsBy(OrganizationEntity, { id }))) throw notFound('organization');
}
