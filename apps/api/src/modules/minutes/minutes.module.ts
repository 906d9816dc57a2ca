import { Module } from '@nestjs/common';
import { ActionItemsModule } from '../action-items/action-items.module';
import { DecisionsModule } from '../decisions/decisions.module';
import { MeetingsModule } from '../meetings/meetings.module';
import { MinutesDocumentService } from './export/minutes-document.service';
import { MinutesExportController } from './export/minutes-export.controller';
import { AgendaItemNotesResolver, MeetingMinutesResolver, MinutesFieldsResolver, MinutesRevisionFieldsResolver } from './minutes-fields.resolver';
import { MinutesViewsService } from './minutes-views.service';
import { MinutesLoaders } from './minutes.loaders';
import { MinutesResolver } from './minutes.resolver';
import { MinutesService } from './minutes.service';
import { AgendaItemPersonalInformationResolver, MinutesPersonalInformationResolver } from './personal-information/personal-information.resolver';
import { PersonalInformationWarningsService } from './personal-information/personal-information-warnings.service';
import { VotesModule } from '../votes/votes.module';

/**
 * Minutes of meetings: notes per agenda item, summary, versions, circulation and approval; Markdown
 * and PDF exports; warnings to officers about what in them looks like personal information.
 */
@Module({
  imports: [MeetingsModule, DecisionsModule, ActionItemsModule, VotesModule],
  controllers: [MinutesExportController],
  providers: [
    MinutesLoaders,
    MinutesDocumentService,
    MinutesService,
    MinutesViewsService,
    MinutesResolver,
    MinutesFieldsResolver,
    MinutesRevisionFieldsResolver,
    MeetingMinutesResolver,
    AgendaItemNotesResolver,
    PersonalInformationWarningsService,
    MinutesPersonalInformationResolver,
    AgendaItemPersonalInformationResolver,
  ],
  exports: [MinutesLoaders, MinutesViewsService],
})
export class MinutesModule {}
