import { Injectable } from '@nestjs/common';
import type DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import type { RequestContext } from '../../core/graphql/request-context';
import { byKey, groupByKey } from '../../core/graphql/request-loaders';
import { DecisionEntity } from './decision.entity';

/** Per-request loaders of decisions, by meeting and by agenda item, oldest first. */
@Injectable()
export class DecisionsLoaders {
  constructor(private readonly dataSource: DataSource) {}

  ofMeeting(ctx: RequestContext): DataLoader<string, DecisionEntity[]> {
    return ctx.loaders.get('decisions.ofMeeting', async (ids: readonly string[]) =>
      groupByKey(ids, await this.find({ meetingId: In([...ids]) }), (d) => d.meetingId),
    );
  }

  /** By id (a vote's decision: the vote was read with the viewer's rights, as its item). */
  byId(ctx: RequestContext): DataLoader<string, DecisionEntity | null> {
    return ctx.loaders.get('decisions.byId', async (ids: readonly string[]) => byKey(ids, await this.find({ id: In([...ids]) }), (d) => d.id));
  }

  ofItem(ctx: RequestContext): DataLoader<string, DecisionEntity[]> {
    return ctx.loaders.get('decisions.ofItem', async (ids: readonly string[]) =>
      groupByKey(ids, await this.find({ agendaItemId: In([...ids]) }), (d) => d.agendaItemId as string),
    );
  }

  private find(where: Record<string, unknown>): Promise<DecisionEntity[]> {
    return this.dataSource.getRepository(DecisionEntity).find({ where, order: { recordedAt: 'ASC', id: 'ASC' } });
  }
}
