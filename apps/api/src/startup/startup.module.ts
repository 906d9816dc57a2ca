import { Module } from '@nestjs/common';
import { DemoDataSeeder } from './demo-data.seeder';

/** What runs once at start, after migrations: the demo data set. */
@Module({ providers: [DemoDataSeeder] })
export class StartupModule {}
