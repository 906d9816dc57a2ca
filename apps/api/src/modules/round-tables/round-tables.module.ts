import { Module } from '@nestjs/common';
import { DirectoryModule } from '../directory/directory.module';
import { MembershipsResolver } from './memberships.resolver';
import { MembershipsService } from './memberships.service';
import { OrganizationMembershipsResolver } from './organization-memberships.resolver';
import { ParticipantsResolver } from './participants.resolver';
import { ParticipantsService } from './participants.service';
import { RepresentativesService } from './representatives.service';
import { RoundTableFieldsResolver } from './round-table-fields.resolver';
import { RoundTablesLoaders } from './round-tables.loaders';
import { RoundTablesPolicy } from './round-tables.policy';
import { RoundTablesResolver } from './round-tables.resolver';
import { RoundTablesService } from './round-tables.service';

/** Tables, their memberships and their participants; exports the policy that says who sits where. */
@Module({
  imports: [DirectoryModule],
  providers: [
    RoundTablesResolver,
    RoundTableFieldsResolver,
    RoundTablesService,
    MembershipsResolver,
    MembershipsService,
    ParticipantsResolver,
    ParticipantsService,
    RepresentativesService,
    OrganizationMembershipsResolver,
    RoundTablesLoaders,
    RoundTablesPolicy,
  ],
  exports: [RoundTablesPolicy, RoundTablesLoaders],
})
export class RoundTablesModule {}
