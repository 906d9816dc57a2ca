import { Module } from '@nestjs/common';
import { MeetingsModule } from '../meetings/meetings.module';
import { RoundTablesModule } from '../round-tables/round-tables.module';
import { ActionItemActivity } from './action-item-activity';
import { ActionItemFieldsResolver, ActionItemUpdateFieldsResolver, TableActionItemsResolver } from './action-item-fields.resolver';
import { AgendaItemActionItemsResolver, DecisionActionItemsResolver, MeetingActionItemsResolver } from './action-item-links.resolver';
import { ActionItemReminders } from './action-item-reminders';
import { ActionItemViewsService } from './action-item-views.service';
import { ActionItemsLoaders } from './action-items.loaders';
import { ActionItemsPolicy } from './action-items.policy';
import { ActionItemsResolver } from './action-items.resolver';
import { ActionItemsService } from './action-items.service';

/** Action items: who owns what, its progress, "my actions" across tables. Exports the policy and views for live events. */
@Module({
  imports: [RoundTablesModule, MeetingsModule],
  providers: [
    ActionItemsPolicy,
    ActionItemsLoaders,
    ActionItemActivity,
    ActionItemsService,
    ActionItemViewsService,
    ActionItemReminders,
    ActionItemsResolver,
    ActionItemFieldsResolver,
    ActionItemUpdateFieldsResolver,
    TableActionItemsResolver,
    MeetingActionItemsResolver,
    AgendaItemActionItemsResolver,
    DecisionActionItemsResolver,
  ],
  exports: [ActionItemsPolicy, ActionItemViewsService, ActionItemReminders, ActionItemActivity],
})
export class ActionItemsModule {}
