import { Injectable } from '@nestjs/common';
import type DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import type { EnumValue, Locale } from '@concertation/shared-domain';
import { EntityLoaders } from '../../core/graphql/entity-loaders';
import type { RequestContext } from '../../core/graphql/request-context';
import { groupByKey } from '../../core/graphql/request-loaders';
import { UserEntity } from '../accounts/user.entity';

/** Per-request loaders of the directory's one-to-many relations. */
@Injectable()
export class DirectoryLoaders {
  constructor(
    private readonly dataSource: DataSource,
    private readonly entities: EntityLoaders,
  ) {}

  /** The confirmed people of each organization, by display name. */
  peopleOf(ctx: RequestContext): DataLoader<string, UserEntity[]> {
    return ctx.loaders.get('organization.people', async (ids: readonly string[]) =>
      groupByKey(
        ids,
        await this.dataSource.getRepository(UserEntity).find({
          where: { organizationId: In([...ids]) },
          order: { displayName: 'ASC', id: 'ASC' },
        }),
        (u) => u.organizationId as string,
      ),
    );
  }

  /** The viewer's locale, read once per request (through the shared user loader's cache). */
  async viewerLocale(ctx: RequestContext): Promise<EnumValue<Locale>> {
    if (!ctx.viewer) return 'FR';
    return (await this.entities.user(ctx).load(ctx.viewer.userId))?.locale ?? 'FR';
  }
}
