import { Args, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Access } from '../../core/auth/access.decorator';
import { EntityLoaders } from '../../core/graphql/entity-loaders';
import { ReqContext, type RequestContext, signedInViewer } from '../../core/graphql/request-context';
import { UserModel } from '../accounts/models/user.model';
import { RoundTableModel } from '../round-tables/models/round-table.model';
import type { AuditEventEntity } from './audit-event.entity';
import { AuditLogService } from './audit-log.service';
import { AuditSubjects } from './audit-subjects';
import { AuditLogArgs } from './dto/audit-log.args';
import { AuditEventConnection, AuditEventModel } from './models/audit-event.model';
import type { NoArgs } from '../../core/graphql/field-resolvers';

@Resolver(() => AuditEventModel)
export class AuditLogResolver {
  constructor(
    private readonly auditLogService: AuditLogService,
    private readonly entities: EntityLoaders,
    private readonly subjects: AuditSubjects,
  ) {}

  @Access('signedIn')
  @Query(() => AuditEventConnection, {
    description: "A table's history for its chairs and secretaries; the whole platform's for coordinators when tableId is absent.",
  })
  auditLog(@ReqContext() ctx: RequestContext, @Args() args: AuditLogArgs) {
    return this.auditLogService.list(signedInViewer(ctx), args);
  }

  @ResolveField(() => UserModel, { nullable: true })
  actor(event: AuditEventEntity, _: NoArgs, ctx: RequestContext) {
    return event.actorId ? this.entities.user(ctx).load(event.actorId) : null;
  }

  @ResolveField(() => RoundTableModel, { nullable: true })
  table(event: AuditEventEntity, _: NoArgs, ctx: RequestContext) {
    return event.tableId ? this.entities.table(ctx).load(event.tableId) : null;
  }

  @ResolveField(() => String, {
    nullable: true,
    description:
      "The object's name (a meeting's title, a person's name…) when the viewer may read the object; null otherwise (an in-camera item for an observer) or when it is gone.",
  })
  async entityTitle(event: AuditEventEntity, _: NoArgs, ctx: RequestContext): Promise<string | null> {
    return (await this.subjects.of(ctx, event)).title;
  }

  @ResolveField(() => String, { nullable: true, description: "The object's page in the web client (a path), when it has one and still exists." })
  async entityPath(event: AuditEventEntity, _: NoArgs, ctx: RequestContext): Promise<string | null> {
    return (await this.subjects.of(ctx, event)).path;
  }
}
