import { type DynamicModule, Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { PGlite } from '@electric-sql/pglite';
import type { AppConfig } from '../config/app-config';
import { dataSourceOptions, openDataSource } from './data-source';

/** The one DataSource of the process, migrated before anything else starts. */
@Global()
@Module({})
export class DatabaseModule {
  static register(config: AppConfig, pglite?: () => Promise<PGlite>): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRootAsync({
          useFactory: () => dataSourceOptions(config, pglite),
          dataSourceFactory: async (options) => openDataSource(options ?? dataSourceOptions(config, pglite)),
        }),
      ],
      exports: [TypeOrmModule],
    };
  }
}
