import { Args, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { RegionKind } from '@concertation/shared-domain';
import { Access } from '../../core/auth/access.decorator';
import { EntityLoaders } from '../../core/graphql/entity-loaders';
import type { RequestContext } from '../../core/graphql/request-context';
import { DirectoryLoaders } from './directory.loaders';
import { RegionModel } from './models/region.model';
import type { RegionEntity } from './region.entity';
import { RegionsService } from './regions.service';
import type { NoArgs } from '../../core/graphql/field-resolvers';

@Resolver(() => RegionModel)
export class RegionsResolver {
  constructor(
    private readonly service: RegionsService,
    private readonly loaders: DirectoryLoaders,
    private readonly entities: EntityLoaders,
  ) {}

  @Access('signedIn')
  @Query(() => [RegionModel], { description: 'Ordered by code.' })
  regions(@Args('kind', { type: () => RegionKind, nullable: true }) kind?: RegionKind | null) {
    return this.service.list(kind ?? null);
  }

  @ResolveField(() => String, { description: "Name in the viewer's locale." })
  async name(region: RegionEntity, _: NoArgs, ctx: RequestContext) {
    return (await this.loaders.viewerLocale(ctx)) === 'EN' ? region.nameEn : region.nameFr;
  }

  @ResolveField(() => RegionModel, { nullable: true })
  parent(region: RegionEntity, _: NoArgs, ctx: RequestContext) {
    return region.parentId ? this.entities.region(ctx).load(region.parentId) : null;
  }
}
