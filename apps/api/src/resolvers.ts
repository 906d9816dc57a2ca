import type { Type } from '@nestjs/common';
import { AccountsResolver } from './modules/accounts/accounts.resolver';
import { AffiliationsResolver } from './modules/accounts/affiliations.resolver';
import { UserFieldsResolver } from './modules/accounts/user-fields.resolver';
import { AuthResolver } from './modules/auth/auth.resolver';
import { PasswordResetResolver } from './modules/auth/password-reset.resolver';
import { NotificationsResolver } from './modules/notifications/notifications.resolver';
import { AuditLogResolver } from './modules/audit/audit-log.resolver';
import { OrganizationsResolver } from './modules/directory/organizations.resolver';
import { RegionsResolver } from './modules/directory/regions.resolver';
import { MembershipsResolver } from './modules/round-tables/memberships.resolver';
import { OrganizationMembershipsResolver } from './modules/round-tables/organization-memberships.resolver';
import { ParticipantsResolver } from './modules/round-tables/participants.resolver';
import { RoundTableFieldsResolver } from './modules/round-tables/round-table-fields.resolver';
import { RoundTablesResolver } from './modules/round-tables/round-tables.resolver';

/** Every resolver class, for printing the schema without starting the application. */
export const API_RESOLVERS: Type[] = [AccountsResolver, AffiliationsResolver, UserFieldsResolver, AuthResolver, PasswordResetResolver, NotificationsResolver,
  // Directory, round tables, audit log
  RegionsResolver, OrganizationsResolver, RoundTablesResolver, RoundTableFieldsResolver, MembershipsResolver,
  ParticipantsResolver, OrganizationMembershipsResolver, AuditLogResolver];
