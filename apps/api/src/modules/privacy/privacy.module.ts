import { Module } from '@nestjs/common';
import { ActionItemsModule } from '../action-items/action-items.module';
import { AuthModule } from '../auth/auth.module';
import { MeetingsModule } from '../meetings/meetings.module';
import { AccountErasureResolver } from './account-erasure.resolver';
import { AccountErasureService } from './account-erasure.service';
import { ErasureReleases } from './erasure-releases';
import { MyDataController } from './my-data.controller';
import { MyDataService } from './my-data.service';

/** Law 25's rights (docs/api-guide.md, "Privacy and erasure"): a person's data, as a file, and the erasure of their account. */
@Module({
  imports: [AuthModule, ActionItemsModule, MeetingsModule],
  controllers: [MyDataController],
  providers: [MyDataService, AccountErasureService, AccountErasureResolver, ErasureReleases],
})
export class PrivacyModule {}
