import { type DynamicModule, Global, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { APP_CONFIG, type AppConfig } from './config/app-config';
import { AccessGuard } from './auth/access.guard';
import { TokenService } from './auth/token.service';
import { ViewerResolverService } from './auth/viewer-resolver.service';
import { AuditService } from './audit/audit.service';
import { createValidationPipe } from './errors/validation.pipe';
import { DomainErrorFilter } from './errors/domain-error.filter';
import { MailTransport } from './mail/mail-transport';
import { EntityLoaders } from './graphql/entity-loaders';

/** Configuration, authentication of requests, audit and mail: what every domain module uses. */
@Global()
@Module({})
export class CoreModule {
  static register(config: AppConfig): DynamicModule {
    return {
      module: CoreModule,
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: APP_GUARD, useClass: AccessGuard },
        { provide: APP_PIPE, useFactory: createValidationPipe },
        { provide: APP_FILTER, useClass: DomainErrorFilter },
        TokenService,
        ViewerResolverService,
        AuditService,
        MailTransport,
        EntityLoaders,
      ],
      exports: [APP_CONFIG, TokenService, ViewerResolverService, AuditService, MailTransport, EntityLoaders],
    };
  }
}
