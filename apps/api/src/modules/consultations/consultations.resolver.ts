import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Access } from '../../core/auth/access.decorator';
import { ReqContext, type RequestContext, signedInViewer } from '../../core/graphql/request-context';
import { ConsultationViewsService } from './consultation-views.service';
import { ConsultationsService } from './consultations.service';
import { MyConsultationsArgs, SubmitConsultationResponseArgs } from './dto/consultation.args';
import { CreateConsultationInput } from './dto/create-consultation.input';
import { UpdateConsultationInput } from './dto/update-consultation.input';
import { ConsultationResponseModel } from './models/consultation-response.model';
import { ConsultationModel } from './models/consultation.model';

/** Reading consultations and their life: create, edit while DRAFT, open, close (officers of the running table), answer (invited organizations). */
@Resolver(() => ConsultationModel)
export class ConsultationsResolver {
  constructor(
    private readonly consultations: ConsultationsService,
    private readonly views: ConsultationViewsService,
  ) {}

  @Access('signedIn')
  @Query(() => ConsultationModel, { nullable: true, description: 'FORBIDDEN for those who may not read it, NOT_FOUND for an unknown id.' })
  consultation(@ReqContext() ctx: RequestContext, @Args('id', { type: () => ID }) id: string) {
    return this.views.one(ctx, id);
  }

  @Access('signedIn')
  @Query(() => [ConsultationModel], { description: "Consultations the viewer's organization is invited to or the viewer's tables run." })
  myConsultations(@ReqContext() ctx: RequestContext, @Args() args: MyConsultationsArgs) {
    return this.views.mine(ctx, args.status);
  }

  @Access('signedIn')
  @Mutation(() => ConsultationModel, { description: 'A DRAFT, by an officer of the running table, for that table and/or tables below it.' })
  createConsultation(@ReqContext() ctx: RequestContext, @Args('input') input: CreateConsultationInput) {
    return this.consultations.create(signedInViewer(ctx), input);
  }

  @Access('signedIn')
  @Mutation(() => ConsultationModel, {
    description: 'A DRAFT changed (absent fields kept), by the officers who may create it, with the checks of its creation; FORBIDDEN once opened.',
  })
  updateConsultation(@ReqContext() ctx: RequestContext, @Args('id', { type: () => ID }) id: string, @Args('input') input: UpdateConsultationInput) {
    return this.consultations.update(signedInViewer(ctx), id, input);
  }

  @Access('signedIn')
  @Mutation(() => ConsultationModel, {
    description: "DRAFT → OPEN: invites the audience tables' ACTIVE member organizations and tells their people there (CONSULTATION_OPENED).",
  })
  openConsultation(@ReqContext() ctx: RequestContext, @Args('id', { type: () => ID }) id: string) {
    return this.consultations.open(signedInViewer(ctx), id);
  }

  @Access('signedIn')
  @Mutation(() => ConsultationModel, { description: 'OPEN → CLOSED before closesAt (it also closes by itself at closesAt).' })
  closeConsultation(@ReqContext() ctx: RequestContext, @Args('id', { type: () => ID }) id: string) {
    return this.consultations.close(signedInViewer(ctx), id);
  }

  @Access('signedIn')
  @Mutation(() => ConsultationResponseModel, { description: 'One response per organization; a later submission before closing replaces the earlier one.' })
  submitConsultationResponse(@ReqContext() ctx: RequestContext, @Args() args: SubmitConsultationResponseArgs) {
    return this.consultations.submit(signedInViewer(ctx), args);
  }
}
