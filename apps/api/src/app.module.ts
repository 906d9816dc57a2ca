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
import { DOMAIN_MODULES } from './domain-modules';
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
        ...DOMAIN_MODULES,
        StartupModule,
      ],
      controllers: [HealthController],
    };
  }
}
