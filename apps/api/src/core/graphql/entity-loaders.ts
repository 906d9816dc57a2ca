import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import type DataLoader from 'dataloader';
import type { EnumValue, Locale } from '@concertation/shared-domain';
import { UserEntity } from '../../modules/accounts/user.entity';
import { OrganizationEntity } from '../../modules/directory/organization.entity';
import { RegionEntity } from '../../modules/directory/region.entity';
import { RoundTableEntity } from '../../modules/round-tables/round-table.entity';
import { entityColumns } from '../database/entity-columns';
import type { RequestContext } from './request-context';
import { byKey } from './request-loaders';

/**
 * Per-request loaders of the objects that many types point to (users, organizations, regions,
 * tables). Rows by id, whoever asks: `shared` (see RequestLoaders). Domain modules add their
 * own loaders beside their resolvers.
 */
@Injectable()
export class EntityLoaders {
  constructor(private readonly dataSource: DataSource) {}

  user(ctx: RequestContext): DataLoader<string, UserEntity | null> {
    return ctx.loaders.shared('user.byId', async (ids: readonly string[]) =>
      byKey(ids, await this.dataSource.getRepository(UserEntity).findBy({ id: In([...ids]) }), (u) => u.id),
    );
  }

  /** The language of whoever reads the answer: their account's, French for anonymous readers. */
  async readerLocale(ctx: RequestContext): Promise<EnumValue<Locale>> {
    const reader = ctx.viewer ? await this.user(ctx).load(ctx.viewer.userId) : null;
    return reader?.locale === 'EN' ? 'EN' : 'FR';
  }

  organization(ctx: RequestContext): DataLoader<string, OrganizationEntity | null> {
    return ctx.loaders.shared('organization.byId', async (ids: readonly string[]) =>
      byKey(ids, await this.dataSource.getRepository(OrganizationEntity).findBy({ id: In([...ids]) }), (o) => o.id),
    );
  }

  region(ctx: RequestContext): DataLoader<string, RegionEntity | null> {
    return ctx.loaders.shared('region.byId', async (ids: readonly string[]) =>
      byKey(ids, await this.dataSource.getRepository(RegionEntity).findBy({ id: In([...ids]) }), (r) => r.id),
    );
  }

  /** Fixed SQL: a table's name is on nearly every answer (every meeting's and action item's table). */
  table(ctx: RequestContext): DataLoader<string, RoundTableEntity | null> {
    return ctx.loaders.shared('table.byId', async (ids: readonly string[]) => {
      const rows: RoundTableEntity[] = await this.dataSource.query(
        `SELECT ${entityColumns(this.dataSource, RoundTableEntity, 't')} FROM round_table t WHERE t.id = ANY($1::uuid[])`,
        [[...ids]],
      );
      return byKey(ids, rows, (t) => t.id);
    });
  }
}
