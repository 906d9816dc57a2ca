import { Module } from '@nestjs/common';
import { DecisionsModule } from '../decisions/decisions.module';
import { MeetingsModule } from '../meetings/meetings.module';
import { RoundTablesModule } from '../round-tables/round-tables.module';
import { AgendaItemReferralResolver, TableReferralsResolver } from './referral-links.resolver';
import { ReferralNotices } from './referral-notices';
import { ReferralViewsService } from './referral-views.service';
import { ReferralsLoaders } from './referrals.loaders';
import { ReferralsPolicy } from './referrals.policy';
import { ReferralsResolver } from './referrals.resolver';
import { ReferralsService } from './referrals.service';

/** Referrals between tables: a question sent up, accepted into a meeting or declined, and what was decided on it. */
@Module({
  imports: [RoundTablesModule, MeetingsModule, DecisionsModule],
  providers: [
    ReferralsPolicy,
    ReferralsLoaders,
    ReferralNotices,
    ReferralsService,
    ReferralViewsService,
    ReferralsResolver,
    TableReferralsResolver,
    AgendaItemReferralResolver,
  ],
})
export class ReferralsModule {}
