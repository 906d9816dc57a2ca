import { Module } from '@nestjs/common';
import { ActionItemsModule } from '../action-items/action-items.module';
import { RoundTablesModule } from '../round-tables/round-tables.module';
import { PendingDecisionFieldsResolver, WhatNeedsMeResolver } from './what-needs-me.resolver';
import { WhatNeedsMeService } from './what-needs-me.service';

/** The home page: what needs the viewer now, gathered from the other features' rules. */
@Module({
  imports: [RoundTablesModule, ActionItemsModule],
  providers: [WhatNeedsMeService, WhatNeedsMeResolver, PendingDecisionFieldsResolver],
})
export class HomeModule {}
