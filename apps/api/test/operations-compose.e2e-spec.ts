import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(__dirname, '../../..');

/** `docker-compose` (v1, Debian's package) parses and checks the file without an engine. */
function compose(...args: string[]): string {
  const run = spawnSync('docker-compose', ['-f', 'docker-compose.yml', ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, JWT_SECRET: 'fictitious-secret' },
  });
  if (run.error) throw new Error(`docker-compose is missing: apt-get install -y --no-install-recommends docker-compose (${run.error.message})`);
  if (run.status !== 0) throw new Error(`docker-compose ${args.join(' ')} failed:\n${run.stderr}`);
  return run.stdout;
}

describe('operations: docker-compose.yml, two API replicas behind a reverse proxy', () => {
  it('is a valid Compose file with PostgreSQL, Redis, two API replicas and the proxy', () => {
    compose('config', '-q');
    expect(compose('config', '--services').trim().split('\n').sort()).toEqual(['api1', 'api2', 'postgres', 'proxy', 'redis']);
  });

  it('gives both replicas the same server database and Redis, production mode and a readiness check', () => {
    const config = compose('config');
    for (const replica of ['api1', 'api2']) {
      const block = config.split(/\n {2}(?=\S)/).find((b) => b.startsWith(`${replica}:`))!;
      expect(block).toContain('DATABASE_URL: postgres://concertation:');
      expect(block).toContain('@postgres:5432/concertation');
      expect(block).toContain('REDIS_URL: redis://redis:6379');
      expect(block).toContain('NODE_ENV: production');
      expect(block).toContain('/health/ready');
      expect(block).toMatch(/stop_grace_period: 25s/);
    }
    // Only the proxy is published.
    expect(config.match(/published: "?3000"?/g) ?? config.match(/- 3000:80/g)).toHaveLength(1);
  });

  it('the proxy balances over both replicas and upgrades WebSockets on /graphql', () => {
    const nginx = readFileSync(join(root, 'deploy/nginx.conf'), 'utf8');
    expect(compose('config')).toContain('deploy/nginx.conf');
    const upstream = /upstream api \{([^}]*)\}/.exec(nginx)?.[1] ?? '';
    expect(upstream).toContain('server api1:3000');
    expect(upstream).toContain('server api2:3000');
    const graphql = /location \/graphql \{([^}]*)\}/.exec(nginx)?.[1] ?? '';
    expect(graphql).toContain('proxy_pass http://api;');
    expect(graphql).toContain('proxy_set_header Upgrade $http_upgrade;');
    expect(graphql).toContain('proxy_set_header Connection $connection_upgrade;');
    expect(nginx).toContain('proxy_http_version 1.1;');
    expect(nginx).toContain('proxy_set_header X-Request-Id $request_id;');
  });
});
