import { Int, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Access } from '../../core/auth/access.decorator';
import { EntityLoaders } from '../../core/graphql/entity-loaders';
import type { NoArgs } from '../../core/graphql/field-resolvers';
import { ReqContext, signedInViewer, type RequestContext } from '../../core/graphql/request-context';
import { UserModel } from '../accounts/models/user.model';
import { EmailDeliveryService } from './email-delivery.service';
import { EmailDeliveryModel, EmailFailureModel } from './models/email-delivery.model';

@Resolver()
export class EmailDeliveryResolver {
  constructor(private readonly delivery: EmailDeliveryService) {}

  @Access('coordinator')
  @Query(() => EmailDeliveryModel, { description: 'E-mails waiting, sent and given up (COORDINATOR only).' })
  emailDelivery() {
    return this.delivery.state();
  }

  @Access('coordinator')
  @Mutation(() => Int, { description: 'Queues every failed e-mail again, except password resets (COORDINATOR only); says how many.' })
  retryFailedEmails(@ReqContext() ctx: RequestContext) {
    return this.delivery.retryFailed(signedInViewer(ctx));
  }
}

@Resolver(() => EmailFailureModel)
export class EmailFailureFieldsResolver {
  constructor(private readonly loaders: EntityLoaders) {}

  @ResolveField('recipient', () => UserModel, { nullable: true })
  recipient(failure: EmailFailureModel, _: NoArgs, ctx: RequestContext) {
    return this.loaders.user(ctx).load(failure.recipientId);
  }
}
