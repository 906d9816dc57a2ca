import { Module } from '@nestjs/common';
import { MeetingsModule } from '../meetings/meetings.module';
import { MinutesModule } from '../minutes/minutes.module';
import { RoundTablesModule } from '../round-tables/round-tables.module';
import { SearchPolicy } from './search.policy';
import { SearchResolver } from './search.resolver';
import { SearchService } from './search.service';

/** Full-text search across meetings, agenda items, decisions and action items. */
@Module({
  imports: [MeetingsModule, MinutesModule, RoundTablesModule],
  providers: [SearchPolicy, SearchService, SearchResolver],
})
export class SearchModule {}
