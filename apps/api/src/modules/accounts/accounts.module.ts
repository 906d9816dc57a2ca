import { Module } from '@nestjs/common';
import { AccountsPolicy } from './accounts.policy';
import { AccountsResolver } from './accounts.resolver';
import { AccountsService } from './accounts.service';
import { AffiliationsResolver } from './affiliations.resolver';
import { AffiliationsService } from './affiliations.service';
import { UserFieldsResolver } from './user-fields.resolver';
import { UserFieldsService } from './user-fields.service';

@Module({
  providers: [AccountsResolver, AffiliationsResolver, UserFieldsResolver, AccountsService, AffiliationsService, UserFieldsService, AccountsPolicy],
  exports: [AccountsService, AffiliationsService],
})
export class AccountsModule {}
