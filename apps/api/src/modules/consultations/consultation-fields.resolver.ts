import { ResolveField, Resolver } from '@nestjs/graphql';
import { ConsultationStatus } from '@concertation/shared-domain';
import { EntityLoaders } from '../../core/graphql/entity-loaders';
import type { RequestContext } from '../../core/graphql/request-context';
import { UserModel } from '../accounts/models/user.model';
import { OrganizationModel } from '../directory/models/organization.model';
import type { OrganizationEntity } from '../directory/organization.entity';
import { RoundTableModel } from '../round-tables/models/round-table.model';
import type { RoundTableEntity } from '../round-tables/round-table.entity';
import { ConsultationViewsService } from './consultation-views.service';
import { type ConsultationEntity, type ConsultationResponseEntity, effectiveStatus } from './consultation.entity';
import { ConsultationsLoaders } from './consultations.loaders';
import { ConsultationResultsModel } from './models/consultation-results.model';
import { AnswerModel, ConsultationResponseModel } from './models/consultation-response.model';
import { ConsultationModel } from './models/consultation.model';
import { QuestionModel } from './models/question.model';
import type { NoArgs } from '../../core/graphql/field-resolvers';

/** Organizations by id, by name (a list a person reads). */
async function organizations(entities: EntityLoaders, ctx: RequestContext, ids: string[]): Promise<OrganizationEntity[]> {
  const found = await entities.organization(ctx).loadMany(ids);
  return found.filter((o): o is OrganizationEntity => !!o && !(o instanceof Error)).sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
}

/** Relations of a consultation, batched per request; the parent was read with the viewer's rights. */
@Resolver(() => ConsultationModel)
export class ConsultationFieldsResolver {
  constructor(
    private readonly entities: EntityLoaders,
    private readonly loaders: ConsultationsLoaders,
    private readonly views: ConsultationViewsService,
  ) {}

  @ResolveField(() => RoundTableModel, { description: 'The running table.' })
  table(consultation: ConsultationEntity, _: NoArgs, ctx: RequestContext) {
    return this.entities.table(ctx).load(consultation.tableId);
  }

  @ResolveField(() => ConsultationStatus, { description: 'CLOSED from closesAt on, even before the closing job has run.' })
  status(consultation: ConsultationEntity) {
    return effectiveStatus(consultation);
  }

  @ResolveField(() => [RoundTableModel])
  async audienceTables(consultation: ConsultationEntity, _: NoArgs, ctx: RequestContext) {
    const ids = await this.loaders.audience(ctx).load(consultation.id);
    const tables = await this.entities.table(ctx).loadMany(ids);
    return tables.filter((t): t is RoundTableEntity => !!t && !(t instanceof Error)).sort((a, b) => a.name.localeCompare(b.name));
  }

  @ResolveField(() => [QuestionModel], { description: 'In order.' })
  questions(consultation: ConsultationEntity, _: NoArgs, ctx: RequestContext) {
    return this.loaders.questions(ctx).load(consultation.id);
  }

  @ResolveField(() => [OrganizationModel], {
    description: 'The ACTIVE member organizations of the audience tables when it opened; while DRAFT, as they are now. By name.',
  })
  async invitedOrganizations(consultation: ConsultationEntity, _: NoArgs, ctx: RequestContext) {
    return organizations(this.entities, ctx, await this.views.invitedIds(ctx, consultation));
  }

  @ResolveField(() => [OrganizationModel], { description: 'Organizations that have answered, by name.' })
  async respondedOrganizations(consultation: ConsultationEntity, _: NoArgs, ctx: RequestContext) {
    return organizations(this.entities, ctx, await this.views.respondedIds(ctx, consultation));
  }

  @ResolveField(() => ConsultationResponseModel, { nullable: true, description: "The response of the viewer's organization, if any." })
  viewerResponse(consultation: ConsultationEntity, _: NoArgs, ctx: RequestContext) {
    return this.views.viewerResponse(ctx, consultation);
  }

  @ResolveField(() => ConsultationResultsModel, {
    nullable: true,
    description: "For the running table's chairs and secretaries at any time; for every invited organization once CLOSED; null otherwise.",
  })
  results(consultation: ConsultationEntity, _: NoArgs, ctx: RequestContext) {
    return this.views.results(ctx, consultation);
  }
}

@Resolver(() => ConsultationResponseModel)
export class ConsultationResponseFieldsResolver {
  constructor(
    private readonly entities: EntityLoaders,
    private readonly loaders: ConsultationsLoaders,
  ) {}

  @ResolveField(() => OrganizationModel)
  organization(response: ConsultationResponseEntity, _: NoArgs, ctx: RequestContext) {
    return this.entities.organization(ctx).load(response.organizationId);
  }

  @ResolveField(() => UserModel)
  submittedBy(response: ConsultationResponseEntity, _: NoArgs, ctx: RequestContext) {
    return this.entities.user(ctx).load(response.submittedById);
  }

  @ResolveField(() => [AnswerModel], { description: 'In the order of the questions; unanswered optional questions are left out.' })
  async answers(response: ConsultationResponseEntity, _: NoArgs, ctx: RequestContext) {
    const questions = await this.loaders.questions(ctx).load(response.consultationId);
    const byId = new Map(questions.map((q) => [q.id, q]));
    return response.answers
      .filter((a) => byId.has(a.questionId))
      .map((a) => ({ question: byId.get(a.questionId), text: a.text, choices: a.choices, scale: a.scale }));
  }
}
