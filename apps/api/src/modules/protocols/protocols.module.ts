import { Module } from '@nestjs/common';
import { MeetingsModule } from '../meetings/meetings.module';
import { RoundTablesModule } from '../round-tables/round-tables.module';
import { ProtocolAdoptionFieldsResolver, ProtocolFieldsResolver, ProtocolVersionFieldsResolver } from './protocol-fields.resolver';
import { ProtocolCoverage } from './protocol-coverage';
import { ProtocolNotices } from './protocol-notices';
import { ProtocolViewsService } from './protocol-views.service';
import { ProtocolsLoaders } from './protocols.loaders';
import { ProtocolsPolicy } from './protocols.policy';
import { ProtocolsResolver } from './protocols.resolver';
import { ProtocolsService } from './protocols.service';

/** Shared collaboration protocols: versions, adoption per table, coverage over Quebec's regions. */
@Module({
  imports: [RoundTablesModule, MeetingsModule],
  providers: [
    ProtocolsPolicy,
    ProtocolsLoaders,
    ProtocolNotices,
    ProtocolsService,
    ProtocolViewsService,
    ProtocolCoverage,
    ProtocolsResolver,
    ProtocolFieldsResolver,
    ProtocolVersionFieldsResolver,
    ProtocolAdoptionFieldsResolver,
  ],
})
export class ProtocolsModule {}
