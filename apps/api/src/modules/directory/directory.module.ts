import { Module } from '@nestjs/common';
import { DirectoryLoaders } from './directory.loaders';
import { DirectoryPolicy } from './directory.policy';
import { OrganizationsResolver } from './organizations.resolver';
import { OrganizationsService } from './organizations.service';
import { RegionsResolver } from './regions.resolver';
import { RegionsService } from './regions.service';

/** Regions and organizations: the directory every signed-in user reads and coordinators keep. */
@Module({
  providers: [RegionsResolver, RegionsService, OrganizationsResolver, OrganizationsService, DirectoryPolicy, DirectoryLoaders],
  exports: [RegionsService, DirectoryPolicy],
})
export class DirectoryModule {}
