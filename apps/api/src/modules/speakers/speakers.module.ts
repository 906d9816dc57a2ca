import { Module } from '@nestjs/common';
import { MeetingsModule } from '../meetings/meetings.module';
import { MeetingSpeakersResolver, SpeakerRequestFieldsResolver, SpeakersResolver } from './speakers.resolver';
import { SpeakersService } from './speakers.service';

/** The speakers' list of a meeting in progress: every organization heard before anyone twice. */
@Module({
  imports: [MeetingsModule],
  providers: [SpeakersService, SpeakersResolver, MeetingSpeakersResolver, SpeakerRequestFieldsResolver],
})
export class SpeakersModule {}
