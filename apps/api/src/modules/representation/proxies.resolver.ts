import { Args, ID, Mutation, ResolveField, Resolver } from '@nestjs/graphql';
import { Access } from '../../core/auth/access.decorator';
import { EntityLoaders } from '../../core/graphql/entity-loaders';
import type { NoArgs } from '../../core/graphql/field-resolvers';
import { ReqContext, signedInViewer, type RequestContext } from '../../core/graphql/request-context';
import { UserModel } from '../accounts/models/user.model';
import { OrganizationModel } from '../directory/models/organization.model';
import type { MeetingEntity } from '../meetings/meeting.entity';
import { MeetingsLoaders } from '../meetings/meetings.loaders';
import { MeetingModel } from '../meetings/models/meeting.model';
import { ProxyModel } from './models/proxy.model';
import { ProxiesService } from './proxies.service';
import type { ProxyEntity } from './proxy.entity';

@Resolver()
export class ProxiesResolver {
  constructor(private readonly proxies: ProxiesService) {}

  @Access('signedIn')
  @Mutation(() => ProxyModel, {
    description: 'Entrusts an organization’s ballot at the meeting to another member organization; never counted toward quorum.',
  })
  grantProxy(
    @ReqContext() ctx: RequestContext,
    @Args('meetingId', { type: () => ID }) meetingId: string,
    @Args('fromOrganizationId', { type: () => ID }) fromOrganizationId: string,
    @Args('toOrganizationId', { type: () => ID }) toOrganizationId: string,
  ) {
    return this.proxies.grant(signedInViewer(ctx), meetingId, fromOrganizationId, toOrganizationId);
  }

  @Access('signedIn')
  @Mutation(() => Boolean, { description: 'Withdraws a standing proxy; false when it was already withdrawn.' })
  revokeProxy(@ReqContext() ctx: RequestContext, @Args('id', { type: () => ID }) id: string) {
    return this.proxies.revoke(signedInViewer(ctx), id);
  }
}

/** `Meeting.proxies`, batched per request. */
@Resolver(() => MeetingModel)
export class MeetingProxiesResolver {
  constructor(private readonly proxies: ProxiesService) {}

  @ResolveField('proxies', () => [ProxyModel], { description: 'The standing proxies of the meeting, oldest first.' })
  proxiesOf(meeting: MeetingEntity, _: NoArgs, ctx: RequestContext) {
    return this.proxies.ofMeeting(ctx, meeting);
  }
}

@Resolver(() => ProxyModel)
export class ProxyFieldsResolver {
  constructor(
    private readonly loaders: EntityLoaders,
    private readonly meetings: MeetingsLoaders,
  ) {}

  @ResolveField('meeting', () => MeetingModel)
  meeting(proxy: ProxyEntity, _: NoArgs, ctx: RequestContext) {
    return this.meetings.meeting(ctx).load(proxy.meetingId);
  }

  @ResolveField('from', () => OrganizationModel, { description: 'The organization that gives its ballot.' })
  from(proxy: ProxyEntity, _: NoArgs, ctx: RequestContext) {
    return this.loaders.organization(ctx).load(proxy.fromOrganizationId);
  }

  @ResolveField('to', () => OrganizationModel, { description: 'The organization that casts it.' })
  to(proxy: ProxyEntity, _: NoArgs, ctx: RequestContext) {
    return this.loaders.organization(ctx).load(proxy.toOrganizationId);
  }

  @ResolveField('createdBy', () => UserModel)
  createdBy(proxy: ProxyEntity, _: NoArgs, ctx: RequestContext) {
    return proxy.createdById ? this.loaders.user(ctx).load(proxy.createdById) : null;
  }
}
