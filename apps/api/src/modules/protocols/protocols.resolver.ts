import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Access } from '../../core/auth/access.decorator';
import { ReqContext, type RequestContext, signedInViewer } from '../../core/graphql/request-context';
import { CreateProtocolInput, ProtocolsArgs, PublishProtocolVersionArgs, RecordAdoptionInput } from './dto/protocol.inputs';
import { ProtocolAdoptionModel, ProtocolModel, ProtocolVersionModel } from './models/protocol.model';
import { ProtocolViewsService } from './protocol-views.service';
import { ProtocolsService } from './protocols.service';

/** Shared collaboration protocols: read by everyone signed in; created and published by the owner table's officers; adopted table by table. */
@Resolver(() => ProtocolModel)
export class ProtocolsResolver {
  constructor(
    private readonly service: ProtocolsService,
    private readonly views: ProtocolViewsService,
  ) {}

  @Access('signedIn')
  @Query(() => [ProtocolModel], { description: 'Every signed-in user reads protocols: they are meant to be shared. By title.' })
  protocols(@Args() args: ProtocolsArgs) {
    return this.views.list(args);
  }

  @Access('signedIn')
  @Query(() => ProtocolModel, { nullable: true, description: 'NOT_FOUND for an unknown id.' })
  protocol(@Args('id', { type: () => ID }) id: string) {
    return this.views.one(id);
  }

  @Access('signedIn')
  @Mutation(() => ProtocolModel, { description: 'Officers of the owner table; publishes version 1 (PROTOCOL_PUBLISHED to the officers of every table).' })
  createProtocol(@ReqContext() ctx: RequestContext, @Args('input') input: CreateProtocolInput) {
    return this.service.create(signedInViewer(ctx), input);
  }

  @Access('signedIn')
  @Mutation(() => ProtocolVersionModel, {
    description: 'Officers of the owner table; the next version number (PROTOCOL_PUBLISHED to the officers of every table).',
  })
  publishProtocolVersion(@ReqContext() ctx: RequestContext, @Args() args: PublishProtocolVersionArgs) {
    return this.service.publish(signedInViewer(ctx), args);
  }

  @Access('signedIn')
  @Mutation(() => ProtocolAdoptionModel, { description: 'Creates or replaces the adoption record of one table (its officers).' })
  recordAdoption(@ReqContext() ctx: RequestContext, @Args('input') input: RecordAdoptionInput) {
    return this.service.recordAdoption(signedInViewer(ctx), input);
  }
}
