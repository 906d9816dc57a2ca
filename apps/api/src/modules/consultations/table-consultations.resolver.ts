import { ResolveField, Resolver } from '@nestjs/graphql';
import type { RequestContext } from '../../core/graphql/request-context';
import { RoundTableModel } from '../round-tables/models/round-table.model';
import type { RoundTableEntity } from '../round-tables/round-table.entity';
import { ConsultationViewsService } from './consultation-views.service';
import { ConsultationModel } from './models/consultation.model';
import type { NoArgs } from '../../core/graphql/field-resolvers';

/** A table's consultations, as far as the viewer may read them. */
@Resolver(() => RoundTableModel)
export class TableConsultationsResolver {
  constructor(private readonly views: ConsultationViewsService) {}

  @ResolveField(() => [ConsultationModel], {
    description: 'Consultations this table runs and, once opened, those addressed to it, newest first; only those the viewer may read.',
  })
  consultations(table: RoundTableEntity, _: NoArgs, ctx: RequestContext) {
    return this.views.ofTable(ctx, table.id);
  }
}
