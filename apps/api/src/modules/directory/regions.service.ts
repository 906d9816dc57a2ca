import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, In } from 'typeorm';
import { isUuid, type RegionKind } from '@concertation/shared-domain';
import { notFound } from '../../core/errors/domain-errors';
import { RegionEntity } from './region.entity';

@Injectable()
export class RegionsService {
  constructor(private readonly dataSource: DataSource) {}

  list(kind: RegionKind | null): Promise<RegionEntity[]> {
    return this.dataSource.getRepository(RegionEntity).find({ where: kind ? { kind } : {}, order: { code: 'ASC' } });
  }

  /** Fails with NOT_FOUND unless every id names a region (malformed ids never reach SQL). */
  async assertExist(manager: EntityManager, ids: readonly string[]): Promise<void> {
    if (!ids.every((id) => isUuid(id))) throw notFound('region');
    const unique = [...new Set(ids)];
    if (unique.length === 0) return;
    const found = await manager.getRepository(RegionEntity).countBy({ id: In(unique) });
    if (found !== unique.length) throw notFound('region');
  }
}
