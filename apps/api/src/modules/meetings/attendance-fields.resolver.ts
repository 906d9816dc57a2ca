import { ResolveField, Resolver } from '@nestjs/graphql';
import { EntityLoaders } from '../../core/graphql/entity-loaders';
import type { RequestContext } from '../../core/graphql/request-context';
import { UserModel } from '../accounts/models/user.model';
import { OrganizationModel } from '../directory/models/organization.model';
import type { AttendanceEntity } from './attendance.entity';
import { AttendanceModel } from './models/attendance.model';
import type { NoArgs } from '../../core/graphql/field-resolvers';

@Resolver(() => AttendanceModel)
export class AttendanceFieldsResolver {
  constructor(private readonly entities: EntityLoaders) {}

  @ResolveField(() => UserModel)
  user(attendance: AttendanceEntity, _: NoArgs, ctx: RequestContext) {
    return this.entities.user(ctx).load(attendance.userId);
  }

  @ResolveField(() => OrganizationModel, { nullable: true, description: 'The organization the person sat for.' })
  organization(attendance: AttendanceEntity, _: NoArgs, ctx: RequestContext) {
    return attendance.organizationId ? this.entities.organization(ctx).load(attendance.organizationId) : null;
  }
}
