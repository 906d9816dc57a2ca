import 'reflect-metadata';
import { join } from 'node:path';
import { Logger } from '@nestjs/common';
import { loadAppConfig } from './core/config/app-config';
import { embeddedDatabase } from './core/database/data-source';
import { SNAPSHOT_DIR_NAME } from './core/database/pglite-snapshot';
import { writePgliteSnapshot } from './core/database/pglite-snapshot.writer';
import { DEFAULT_SHUTDOWN_GRACE_MS } from './core/observability/graceful-shutdown';
import { logUnhandledRejections } from './core/observability/unhandled-rejections';
import { createApp } from './create-app';
import { emitSchema } from './emit-schema';
import { DEMO_PASSWORD, DEMO_SIGN_INS } from './startup/demo-data';

async function main(): Promise<void> {
  const emitAt = process.argv.indexOf('--emit-schema');
  if (emitAt >= 0) {
    await emitSchema(process.argv[emitAt + 1] ?? 'apps/api/schema.graphql');
    return;
  }
  // A build step (project.json): the migrated embedded database that a first start copies.
  const snapshotAt = process.argv.indexOf('--pglite-snapshot');
  if (snapshotAt >= 0) {
    const target = process.argv[snapshotAt + 1] ?? join(__dirname, SNAPSHOT_DIR_NAME);
    await writePgliteSnapshot(target);
    console.log(`Migrated PGlite snapshot written to ${target}`);
    return;
  }
  logUnhandledRejections(process, new Logger('Process'));
  const config = loadAppConfig();
  // The build puts the snapshot beside this bundle; without DATABASE_URL a first start copies it.
  const pglite = config.databaseUrl ? undefined : embeddedDatabase(config.dataDir, join(__dirname, SNAPSHOT_DIR_NAME));
  const app = await createApp({ config, pglite });
  await app.listen(config.port, '0.0.0.0');
  // enableShutdownHooks (create-app.ts) runs the graceful shutdown on SIGTERM and SIGINT; should
  // a hook hang, the process still exits once the grace period and some margin have passed.
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      new Logger('Shutdown').log({ msg: 'shutting down', signal });
      setTimeout(() => process.exit(1), DEFAULT_SHUTDOWN_GRACE_MS + 10_000).unref();
    });
  }
  new Logger('Main').log({
    msg: 'listening',
    url: config.publicUrl,
    database: config.databaseUrl ? 'postgresql' : 'embedded',
    liveEvents: config.redisUrl ? 'redis' : 'in-process',
    webClient: config.webRoot !== null,
  });
  // The banner below is for people at a terminal; in production only the JSON lines go out.
  if (config.nodeEnv === 'production') return;
  const lines = [
    '',
    `Concertation is running: ${config.publicUrl}`,
    `  database: ${config.databaseUrl ? 'PostgreSQL server (DATABASE_URL)' : `embedded PostgreSQL (PGlite) in ${config.dataDir}`}`,
    `  live events: ${config.redisUrl ? 'Redis (REDIS_URL)' : 'in this process'}`,
    config.webRoot ? `  web client: ${config.webRoot}` : '  web client: not built (npm run build)',
  ];
  if (config.demoData) {
    lines.push(`  fictitious demo sign-ins (password for all: ${DEMO_PASSWORD}):`);
    for (const s of DEMO_SIGN_INS) lines.push(`    ${s.email.padEnd(34)} ${s.role}`);
  }
  console.log(lines.join('\n') + '\n');
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
