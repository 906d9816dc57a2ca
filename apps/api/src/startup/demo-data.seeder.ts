import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleInit } from '@nestjs/common';
import argon2 from 'argon2';
import { DataSource, type EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../core/config/app-config';
import { OrganizationEntity } from '../modules/directory/organization.entity';
import { DEMO_PASSWORD } from './demo-data';
import { loadDemoData } from './demo-data.loader';

/** An arbitrary key for the advisory lock that keeps two starting processes from seeding twice. */
const DEMO_DATA_LOCK = 727_274_001;

/**
 * Loads the fictitious demo data set at start when DEMO_DATA is on and the database has no
 * organization yet. One transaction: either all of it is there or none, so a later start finds
 * the data and leaves it alone, and never duplicates it.
 */
@Injectable()
export class DemoDataSeeder implements OnModuleInit, OnApplicationBootstrap {
  private readonly logger = new Logger('DemoData');
  private passwordHash: Promise<string> | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dataSource: DataSource,
  ) {}

  /**
   * On a first start, begins hashing the demo password while the other modules start (the GraphQL
   * schema is built next, on the main thread; argon2 works on another), rather than after them.
   */
  async onModuleInit(): Promise<void> {
    if (!this.config.demoData || (await this.hasOrganizations(this.dataSource.manager))) return;
    this.passwordHash = this.hashPassword();
    // Awaited in seedIfEmpty; until then a failure must not count as unhandled.
    this.passwordHash.catch(() => undefined);
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.demoData) return;
    if (await this.seedIfEmpty()) this.logger.log('Fictitious demo data loaded.');
  }

  /** True when it loaded the data, false when the database already had organizations. */
  async seedIfEmpty(): Promise<boolean> {
    if (await this.hasOrganizations(this.dataSource.manager)) return false;
    // Hashed once for every demo account, and before the transaction: argon2 is slow on purpose.
    const passwordHash = await (this.passwordHash ?? this.hashPassword());
    this.passwordHash = null;
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT pg_advisory_xact_lock(${DEMO_DATA_LOCK})`);
      if (await this.hasOrganizations(manager)) return false;
      await loadDemoData(manager, passwordHash);
      return true;
    });
  }

  private hashPassword(): Promise<string> {
    return argon2.hash(DEMO_PASSWORD, { type: argon2.argon2id });
  }

  private async hasOrganizations(manager: EntityManager): Promise<boolean> {
    return (await manager.getRepository(OrganizationEntity).createQueryBuilder('o').select('1').limit(1).getRawOne()) !== undefined;
  }
}
