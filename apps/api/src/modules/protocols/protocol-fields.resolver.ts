import { ResolveField, Resolver } from '@nestjs/graphql';
import { EntityLoaders } from '../../core/graphql/entity-loaders';
import type { RequestContext } from '../../core/graphql/request-context';
import { UserModel } from '../accounts/models/user.model';
import { DecisionModel } from '../decisions/models/decision.model';
import { RoundTableModel } from '../round-tables/models/round-table.model';
import { ProtocolAdoptionModel, ProtocolCoverageModel, ProtocolModel, ProtocolVersionModel } from './models/protocol.model';
import type { ProtocolAdoptionEntity } from './protocol-adoption.entity';
import { ProtocolCoverage } from './protocol-coverage';
import type { ProtocolVersionEntity } from './protocol-version.entity';
import type { ProtocolEntity } from './protocol.entity';
import { ProtocolsLoaders } from './protocols.loaders';
import { ProtocolsPolicy } from './protocols.policy';
import type { NoArgs } from '../../core/graphql/field-resolvers';

/** Relations of a protocol, batched per request. */
@Resolver(() => ProtocolModel)
export class ProtocolFieldsResolver {
  constructor(
    private readonly entities: EntityLoaders,
    private readonly loaders: ProtocolsLoaders,
    private readonly coverageOf: ProtocolCoverage,
  ) {}

  @ResolveField(() => RoundTableModel, { description: 'The table that maintains it.' })
  ownerTable(protocol: ProtocolEntity, _: NoArgs, ctx: RequestContext) {
    return this.entities.table(ctx).load(protocol.ownerTableId);
  }

  @ResolveField(() => ProtocolVersionModel, { nullable: true, description: 'The newest version.' })
  currentVersion(protocol: ProtocolEntity, _: NoArgs, ctx: RequestContext) {
    return this.loaders.currentVersionOf(ctx).load(protocol.id);
  }

  @ResolveField(() => [ProtocolVersionModel], { description: 'Newest first.' })
  versions(protocol: ProtocolEntity, _: NoArgs, ctx: RequestContext) {
    return this.loaders.versionsOf(ctx).load(protocol.id);
  }

  @ResolveField(() => [ProtocolAdoptionModel], { description: 'One record per table that has one, by table name.' })
  adoptions(protocol: ProtocolEntity, _: NoArgs, ctx: RequestContext) {
    return this.loaders.adoptionsOf(ctx).load(protocol.id);
  }

  @ResolveField(() => ProtocolCoverageModel)
  coverage(protocol: ProtocolEntity, _: NoArgs, ctx: RequestContext) {
    return this.coverageOf.of(ctx, protocol);
  }
}

@Resolver(() => ProtocolVersionModel)
export class ProtocolVersionFieldsResolver {
  constructor(private readonly entities: EntityLoaders) {}

  @ResolveField(() => UserModel)
  publishedBy(version: ProtocolVersionEntity, _: NoArgs, ctx: RequestContext) {
    return this.entities.user(ctx).load(version.publishedById);
  }
}

@Resolver(() => ProtocolAdoptionModel)
export class ProtocolAdoptionFieldsResolver {
  constructor(
    private readonly entities: EntityLoaders,
    private readonly loaders: ProtocolsLoaders,
    private readonly policy: ProtocolsPolicy,
  ) {}

  @ResolveField(() => ProtocolModel)
  protocol(adoption: ProtocolAdoptionEntity, _: NoArgs, ctx: RequestContext) {
    return this.loaders.protocol(ctx).load(adoption.protocolId);
  }

  @ResolveField(() => RoundTableModel)
  table(adoption: ProtocolAdoptionEntity, _: NoArgs, ctx: RequestContext) {
    return this.entities.table(ctx).load(adoption.tableId);
  }

  @ResolveField(() => ProtocolVersionModel, { nullable: true })
  version(adoption: ProtocolAdoptionEntity, _: NoArgs, ctx: RequestContext) {
    return adoption.versionId ? this.loaders.version(ctx).load(adoption.versionId) : null;
  }

  @ResolveField(() => DecisionModel, {
    nullable: true,
    description:
      'The decision by which the table adopted it; null when none, or for those who may not read that decision (they do not sit at the table, or it was taken on an in-camera item they may not see).',
  })
  async decision(adoption: ProtocolAdoptionEntity, _: NoArgs, ctx: RequestContext) {
    if (!adoption.decisionId) return null;
    const decision = await this.loaders.decision(ctx).load(adoption.decisionId);
    return decision && (await this.policy.mayReadDecision(ctx, decision)) ? decision : null;
  }
}
