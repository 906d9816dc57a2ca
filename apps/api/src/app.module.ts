import { type DynamicModule, Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import type { PGlite } from '@electric-sql/pglite';
import { APP_CONFIG, type AppConfig } from './core/config/app-config';
import { CoreModule } from './core/core.module';
import { DatabaseModule } from './core/database/database.module';
import { PubSubModule } from './core/pubsub/pubsub.module';
import { LiveModule } from './core/live/live.module';
import { LiveConnections } from './core/live/live-connections';
import { SecurityModule } from './core/security/security.module';
import { graphqlOptions } from './core/graphql/graphql.config';
import { ViewerResolverService } from './core/auth/viewer-resolver.service';
import { HealthController } from './core/health.controller';
import { AccountsModule } from './modules/accounts/accounts.module';
import { AuditModule } from './modules/audit/audit.module';
import { AuthModule } from './modules/auth/auth.module';
import { DirectoryModule } from './modules/directory/directory.module';
import { NotificationsModule } from './modules/notifications/notifications.module';
import { MeetingsModule } from './modules/meetings/meetings.module';
import { LiveEventsModule } from './modules/live-events/live-events.module';
import { RoundTablesModule } from './modules/round-tables/round-tables.module';
import { AttachmentsModule } from './modules/attachments/attachments.module';
import { CalendarsModule } from './modules/calendars/calendars.module';
import { MinutesModule } from './modules/minutes/minutes.module';
import { DecisionsModule } from './modules/decisions/decisions.module';
import { ActionItemsModule } from './modules/action-items/action-items.module';
import { SearchModule } from './modules/search/search.module';
import { ProtocolsModule } from './modules/protocols/protocols.module';
import { ReferralsModule } from './modules/referrals/referrals.module';
import { ConsultationsModule } from './modules/consultations/consultations.module';
import { StartupModule } from './startup/startup.module';

export interface AppRuntime {
  config: AppConfig;
  /**
   * The embedded database, instead of opening DATA_DIR's without a snapshot: main.ts hands in one
   * that starts from the build's snapshot, tests a ready PGlite loaded from a migrated copy.
   */
  pglite?: () => Promise<PGlite>;
}

@Module({})
export class AppModule {
  static register(runtime: AppRuntime): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CoreModule.register(runtime.config),
        DatabaseModule.register(runtime.config, runtime.pglite),
        PubSubModule,
        LiveModule,
        SecurityModule,
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          inject: [APP_CONFIG, ViewerResolverService, LiveConnections],
          useFactory: graphqlOptions,
        }),
        AuthModule,
        AccountsModule,
        DirectoryModule,
        RoundTablesModule,
        AuditModule,
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
        StartupModule,
      ],
      controllers: [HealthController],
    };
  }
}
