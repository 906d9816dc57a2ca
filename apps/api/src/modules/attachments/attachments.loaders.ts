import { Injectable } from '@nestjs/common';
import type DataLoader from 'dataloader';
import { DataSource, In, Not, IsNull } from 'typeorm';
import type { RequestContext } from '../../core/graphql/request-context';
import { groupByKey } from '../../core/graphql/request-loaders';
import { StoredFileEntity } from './stored-file.entity';

/** Per-request loaders for attachments: a whole agenda's files cost one query. */
@Injectable()
export class AttachmentsLoaders {
  constructor(private readonly dataSource: DataSource) {}

  /** The files attached to each agenda item, in the order they were attached. */
  ofItem(ctx: RequestContext): DataLoader<string, StoredFileEntity[]> {
    return ctx.loaders.get('attachments.ofItem', async (itemIds: readonly string[]) =>
      groupByKey(
        itemIds,
        await this.dataSource.getRepository(StoredFileEntity).find({
          where: { agendaItemId: In([...itemIds]) },
          order: { attachedAt: 'ASC', id: 'ASC' },
        }),
        (f) => f.agendaItemId as string,
      ),
    );
  }

  /** An attached file by id (unattached uploads are not attachments). */
  async attached(id: string): Promise<StoredFileEntity | null> {
    return this.dataSource.getRepository(StoredFileEntity).findOneBy({ id, agendaItemId: Not(IsNull()) });
  }
}
