import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadAppConfig } from './app-config';

describe('loadAppConfig', () => {
  const dataDir = () => mkdtempSync(join(tmpdir(), 'concertation-config-'));

  it('defaults to the embedded database with demo data on port 3000', () => {
    const config = loadAppConfig({ DATA_DIR: dataDir() });
    expect(config).toMatchObject({ port: 3000, databaseUrl: null, redisUrl: null, demoData: true, publicUrl: 'http://localhost:3000', smtpUrl: null });
  });

  it('does not load demo data on a database server unless asked', () => {
    expect(loadAppConfig({ DATA_DIR: dataDir(), DATABASE_URL: 'postgres://x@127.0.0.1/db' }).demoData).toBe(false);
    expect(loadAppConfig({ DATA_DIR: dataDir(), DATABASE_URL: 'postgres://x@127.0.0.1/db', DEMO_DATA: '1' }).demoData).toBe(true);
    expect(loadAppConfig({ DATA_DIR: dataDir(), DEMO_DATA: '0' }).demoData).toBe(false);
  });

  it('generates a JWT secret once and keeps it in DATA_DIR, so restarts keep people signed in', () => {
    const dir = dataDir();
    const first = loadAppConfig({ DATA_DIR: dir }).jwtSecret;
    expect(first.length).toBeGreaterThan(40);
    expect(loadAppConfig({ DATA_DIR: dir }).jwtSecret).toBe(first);
    expect(readFileSync(join(dir, 'jwt-secret'), 'utf8')).toBe(first);
  });

  it('requires JWT_SECRET in production and rejects a bad port', () => {
    expect(() => loadAppConfig({ DATA_DIR: dataDir(), NODE_ENV: 'production' })).toThrow('JWT_SECRET');
    expect(() => loadAppConfig({ DATA_DIR: dataDir(), PORT: 'eighty' })).toThrow('PORT');
  });

  it('builds links from PUBLIC_URL without a trailing slash', () => {
    expect(loadAppConfig({ DATA_DIR: dataDir(), PUBLIC_URL: 'https://concertation.example.test/' }).publicUrl).toBe('https://concertation.example.test');
  });

  it('reads TWO_FACTOR_REQUIRED_ROLES as a list of known roles, none by default, and refuses anything else', () => {
    expect(loadAppConfig({ DATA_DIR: dataDir() }).twoFactorRequiredRoles).toEqual([]);
    expect(loadAppConfig({ DATA_DIR: dataDir(), TWO_FACTOR_REQUIRED_ROLES: ' coordinator, CHAIR,,CHAIR ' }).twoFactorRequiredRoles).toEqual([
      'COORDINATOR',
      'CHAIR',
    ]);
    expect(() => loadAppConfig({ DATA_DIR: dataDir(), TWO_FACTOR_REQUIRED_ROLES: 'COORDINATOR,MEMBER' })).toThrow('TWO_FACTOR_REQUIRED_ROLES');
  });
});
