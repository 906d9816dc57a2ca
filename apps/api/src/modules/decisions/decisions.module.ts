import { Module } from '@nestjs/common';
import { MeetingsModule } from '../meetings/meetings.module';
import { AgendaItemDecisionsResolver, DecisionsResolver, MeetingDecisionsResolver } from './decisions.resolver';
import { DecisionsLoaders } from './decisions.loaders';
import { DecisionsService } from './decisions.service';

/** Decisions recorded at meetings, with outcome and votes. */
@Module({
  imports: [MeetingsModule],
  providers: [DecisionsLoaders, DecisionsService, DecisionsResolver, MeetingDecisionsResolver, AgendaItemDecisionsResolver],
  exports: [DecisionsLoaders, DecisionsService],
})
export class DecisionsModule {}
