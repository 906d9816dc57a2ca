import { Args, ID, Mutation, ResolveField, Resolver } from '@nestjs/graphql';
import { Access } from '../../core/auth/access.decorator';
import { EntityLoaders } from '../../core/graphql/entity-loaders';
import { ReqContext, type RequestContext, signedInViewer } from '../../core/graphql/request-context';
import { UserModel } from '../accounts/models/user.model';
import { AttachmentsService } from './attachments.service';
import { AttachmentModel } from './models/attachment.model';
import type { StoredFileEntity } from './stored-file.entity';
import type { NoArgs } from '../../core/graphql/field-resolvers';

@Resolver(() => AttachmentModel)
export class AttachmentsResolver {
  constructor(
    private readonly attachments: AttachmentsService,
    private readonly entities: EntityLoaders,
  ) {}

  @Access('signedIn')
  @Mutation(() => AttachmentModel, { description: 'Attaches a file uploaded with POST /uploads to an item; each upload can be attached once.' })
  attachFile(
    @ReqContext() ctx: RequestContext,
    @Args('agendaItemId', { type: () => ID }) agendaItemId: string,
    @Args('uploadId', { type: () => ID }) uploadId: string,
  ) {
    return this.attachments.attach(signedInViewer(ctx), agendaItemId, uploadId);
  }

  @Access('signedIn')
  @Mutation(() => Boolean)
  removeAttachment(@ReqContext() ctx: RequestContext, @Args('id', { type: () => ID }) id: string) {
    return this.attachments.remove(signedInViewer(ctx), id);
  }

  @ResolveField(() => UserModel)
  uploadedBy(file: StoredFileEntity, _: NoArgs, ctx: RequestContext) {
    return this.entities.user(ctx).load(file.uploadedById);
  }

  @ResolveField(() => String, { description: "Absolute URL of GET /attachments/:id (needs the viewer's bearer token)." })
  url(file: StoredFileEntity) {
    return this.attachments.urlOf(file);
  }
}
