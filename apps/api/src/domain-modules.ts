import type { Type } from '@nestjs/common';
import { AccountsModule } from './modules/accounts/accounts.module';
import { ActionItemsModule } from './modules/action-items/action-items.module';
import { AttachmentsModule } from './modules/attachments/attachments.module';
import { AuditModule } from './modules/audit/audit.module';
import { AuthModule } from './modules/auth/auth.module';
import { CalendarsModule } from './modules/calendars/calendars.module';
import { ConsultationsModule } from './modules/consultations/consultations.module';
import { DecisionsModule } from './modules/decisions/decisions.module';
import { DirectoryModule } from './modules/directory/directory.module';
import { EmailModule } from './modules/email/email.module';
import { HomeModule } from './modules/home/home.module';
import { LiveEventsModule } from './modules/live-events/live-events.module';
import { MeetingsModule } from './modules/meetings/meetings.module';
import { MinutesModule } from './modules/minutes/minutes.module';
import { NotificationsModule } from './modules/notifications/notifications.module';
import { PrivacyModule } from './modules/privacy/privacy.module';
import { ProtocolsModule } from './modules/protocols/protocols.module';
import { ReferralsModule } from './modules/referrals/referrals.module';
import { RepresentationModule } from './modules/representation/representation.module';
import { VotesModule } from './modules/votes/votes.module';
import { SpeakersModule } from './modules/speakers/speakers.module';
import { ReportsModule } from './modules/reports/reports.module';
import { RoundTablesModule } from './modules/round-tables/round-tables.module';
import { SearchModule } from './modules/search/search.module';

/**
 * The domain modules: the application imports them (app.module.ts), and the schema printer finds
 * every resolver class among their providers (resolvers.ts). A new module is added here only.
 */
export const DOMAIN_MODULES: Type[] = [
  AuthModule,
  AccountsModule,
  DirectoryModule,
  RoundTablesModule,
  AuditModule,
  EmailModule,
  NotificationsModule,
  MeetingsModule,
  LiveEventsModule,
  AttachmentsModule,
  CalendarsModule,
  MinutesModule,
  DecisionsModule,
  ActionItemsModule,
  SearchModule,
  ProtocolsModule,
  ReferralsModule,
  ConsultationsModule,
  HomeModule,
  RepresentationModule,
  VotesModule,
  SpeakersModule,
  ReportsModule,
  PrivacyModule,
];
