import { ResolveField, Resolver } from '@nestjs/graphql';
import type { RequestContext } from '../../core/graphql/request-context';
import type { AgendaItemEntity } from '../meetings/agenda-item.entity';
import { AgendaItemModel } from '../meetings/models/agenda-item.model';
import { AttachmentsService } from './attachments.service';
import { AttachmentModel } from './models/attachment.model';
import type { NoArgs } from '../../core/graphql/field-resolvers';

/** `AgendaItem.attachments`, batched per request; an item the viewer may not see shows no files. */
@Resolver(() => AgendaItemModel)
export class AgendaItemAttachmentsResolver {
  constructor(private readonly files: AttachmentsService) {}

  @ResolveField(() => [AttachmentModel], { description: "Supporting documents; they share the item's confidentiality." })
  attachments(item: AgendaItemEntity, _: NoArgs, ctx: RequestContext) {
    return this.files.ofItem(ctx, item);
  }
}
