import { Module } from '@nestjs/common';
import { MeetingsModule } from '../meetings/meetings.module';
import { DecisionHooks } from './decision-hooks';
import { AgendaItemDecisionsResolver, DecisionsResolver, MeetingDecisionsResolver } from './decisions.resolver';
import { DecisionsLoaders } from './decisions.loaders';
import { DecisionsService } from './decisions.service';

/** Decisions recorded at meetings, with outcome and votes. */
@Module({
  imports: [MeetingsModule],
  providers: [DecisionHooks, DecisionsLoaders, DecisionsService, DecisionsResolver, MeetingDecisionsResolver, AgendaItemDecisionsResolver],
  exports: [DecisionHooks, DecisionsLoaders, DecisionsService],
})
export class DecisionsModule {}
