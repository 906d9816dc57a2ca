import { Module } from '@nestjs/common';
import { DecisionsModule } from '../decisions/decisions.module';
import { MeetingsModule } from '../meetings/meetings.module';
import { RepresentationModule } from '../representation/representation.module';
import { VotesLoaders } from './votes.loaders';
import { AgendaItemVotesResolver, BallotFieldsResolver, DecisionVoteResolver, MeetingVotesResolver, VoteFieldsResolver, VotesResolver } from './votes.resolver';
import { VotesService } from './votes.service';
import { VotesViews } from './votes-views.service';

/** Formal votes by organization on agenda items; closing one records its decision. */
@Module({
  imports: [MeetingsModule, DecisionsModule, RepresentationModule],
  providers: [
    VotesLoaders,
    VotesViews,
    VotesService,
    VotesResolver,
    VoteFieldsResolver,
    BallotFieldsResolver,
    MeetingVotesResolver,
    AgendaItemVotesResolver,
    DecisionVoteResolver,
  ],
  exports: [VotesLoaders, VotesViews],
})
export class VotesModule {}
