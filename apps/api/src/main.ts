import 'reflect-metadata';
import { loadAppConfig } from './core/config/app-config';
import { createApp } from './create-app';
import { emitSchema } from './emit-schema';
import { DEMO_PASSWORD, DEMO_SIGN_INS } from './startup/demo-data';

async function main(): Promise<void> {
  const emitAt = process.argv.indexOf('--emit-schema');
  if (emitAt >= 0) {
    await emitSchema(process.argv[emitAt + 1] ?? 'apps/api/schema.graphql');
    return;
  }
  const config = loadAppConfig();
  const app = await createApp({ config });
  await app.listen(config.port, '0.0.0.0');
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
