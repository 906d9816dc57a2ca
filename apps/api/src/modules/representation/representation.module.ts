import { Module } from '@nestjs/common';
import { MeetingsModule } from '../meetings/meetings.module';
import { RoundTablesModule } from '../round-tables/round-tables.module';
import { BallotRightsService } from './ballot-rights.service';
import { MeetingProxiesResolver, ProxiesResolver, ProxyFieldsResolver } from './proxies.resolver';
import { ProxiesService } from './proxies.service';
import { RepresentationPolicy } from './representation.policy';
import { MeetingRepresentationResolver, SubstitutionFieldsResolver, SubstitutionsResolver } from './substitutions.resolver';
import { SubstitutionsService } from './substitutions.service';

/** How member organizations are represented at a meeting: substitutes sent to it, proxies between them. */
@Module({
  imports: [MeetingsModule, RoundTablesModule],
  providers: [
    RepresentationPolicy,
    ProxiesService,
    ProxiesResolver,
    MeetingProxiesResolver,
    ProxyFieldsResolver,
    SubstitutionsService,
    SubstitutionsResolver,
    MeetingRepresentationResolver,
    SubstitutionFieldsResolver,
    BallotRightsService,
  ],
  exports: [BallotRightsService],
})
export class RepresentationModule {}
