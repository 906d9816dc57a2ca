import { Injectable } from '@nestjs/common';
import type DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import type { RequestContext } from '../../core/graphql/request-context';
import { byKey, groupByKey } from '../../core/graphql/request-loaders';
import { BallotEntity } from './ballot.entity';
import { VoteEntity } from './vote.entity';

/** Per-request loaders of votes and ballots; who may read them is VotesViews' job. */
@Injectable()
export class VotesLoaders {
  constructor(private readonly dataSource: DataSource) {}

  vote(ctx: RequestContext): DataLoader<string, VoteEntity | null> {
    return ctx.loaders.shared('vote.byId', async (ids: readonly string[]) =>
      byKey(ids, await this.dataSource.getRepository(VoteEntity).findBy({ id: In([...ids]) }), (v) => v.id),
    );
  }

  ofMeeting(ctx: RequestContext): DataLoader<string, VoteEntity[]> {
    return ctx.loaders.shared('meeting.votes', async (ids: readonly string[]) =>
      groupByKey(
        ids,
        await this.dataSource.getRepository(VoteEntity).find({ where: { meetingId: In([...ids]) }, order: { openedAt: 'ASC', id: 'ASC' } }),
        (v) => v.meetingId,
      ),
    );
  }

  ofDecision(ctx: RequestContext): DataLoader<string, VoteEntity | null> {
    return ctx.loaders.shared('decision.vote', async (ids: readonly string[]) =>
      byKey(ids, await this.dataSource.getRepository(VoteEntity).findBy({ decisionId: In([...ids]) }), (v) => v.decisionId as string),
    );
  }

  /** Every ballot of each vote, choices included: VotesViews decides what the viewer reads of them. */
  ballots(ctx: RequestContext): DataLoader<string, BallotEntity[]> {
    return ctx.loaders.shared('vote.ballots', async (ids: readonly string[]) =>
      groupByKey(
        ids,
        await this.dataSource.getRepository(BallotEntity).find({ where: { voteId: In([...ids]) }, order: { castAt: 'ASC', organizationId: 'ASC' } }),
        (b) => b.voteId,
      ),
    );
  }
}
