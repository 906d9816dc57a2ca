import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { LOG_LEVELS, type LogLevel } from '../observability/logger';
import { trustedProxiesFrom, type ProxyNetwork } from './trusted-proxies';

/** Everything the process reads from its environment, read once at start (see README.md, "Configuration"). */
export interface AppConfig {
  nodeEnv: string;
  port: number;
  /** postgres://… or null for the embedded PGlite under dataDir. */
  databaseUrl: string | null;
  dataDir: string;
  redisUrl: string | null;
  jwtSecret: string;
  /** Lifetime of an access token, in seconds. */
  accessTokenTtlSeconds: number;
  adminEmail: string | null;
  adminPassword: string | null;
  demoData: boolean;
  publicUrl: string;
  smtpUrl: string | null;
  mailFrom: string;
  /**
   * Whether this process sends the outbox's e-mails by itself (EMAIL_SENDING=1 or 0). On by
   * default; off when NODE_ENV=test, where API tests send when they choose (OutboxSender.deliverDue).
   */
  emailSending: boolean;
  /** Notifications older than this many days are deleted (RETENTION_NOTIFICATIONS_DAYS), with the e-mails that carried them. */
  retentionNotificationsDays: number;
  /** The first retry's delay after SMTP fails, in seconds (MAIL_RETRY_SECONDS); each later one doubles, up to an hour. */
  mailRetrySeconds: number;
  /** Directory of the built web client served at `/`, or null when it is not built. */
  webRoot: string | null;
  /** Level of the JSON logs on stdout (LOG_LEVEL): fatal, error, warn, info, debug, trace or silent. */
  logLevel: LogLevel;
  /** Origins, besides PUBLIC_URL's, whose pages may open the WebSocket (ALLOWED_ORIGINS, comma-separated). */
  allowedOrigins: string[];
  /** Reverse proxies whose X-Forwarded-For names the caller (TRUST_PROXY: loopback, uniquelocal). */
  trustedProxies: ProxyNetwork[];
  /** Mutations one signed-in user may send per minute, over HTTP and WebSocket together (MUTATIONS_PER_MINUTE). */
  mutationsPerMinute: number;
  /**
   * Roles whose holders must turn on two-factor sign-in before anything else (TWO_FACTOR_REQUIRED_ROLES,
   * comma-separated): COORDINATOR (the platform role), CHAIR and SECRETARY (a seat at any table).
   */
  twoFactorRequiredRoles: TwoFactorRequiredRole[];
}

export const TWO_FACTOR_REQUIRED_ROLES = ['COORDINATOR', 'CHAIR', 'SECRETARY'] as const;
export type TwoFactorRequiredRole = (typeof TWO_FACTOR_REQUIRED_ROLES)[number];

export const APP_CONFIG = Symbol('APP_CONFIG');

type Env = Record<string, string | undefined>;

function blankToNull(value: string | undefined): string | null {
  return value && value.trim() !== '' ? value.trim() : null;
}

/**
 * Outside production a missing JWT_SECRET is generated once and kept in DATA_DIR, so that a
 * restart does not sign everybody out; production must be given one explicitly.
 */
function jwtSecretFrom(env: Env, dataDir: string, production: boolean): string {
  const given = blankToNull(env.JWT_SECRET);
  if (given) return given;
  if (production) throw new Error('JWT_SECRET is required when NODE_ENV=production');
  const file = join(dataDir, 'jwt-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

/** `https://a.example/, http://b.example:8080` → their origins; anything that is not a URL is refused at start. */
function originsFrom(value: string | undefined): string[] {
  const list = (value ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  return list.map((entry) => {
    try {
      return new URL(entry).origin;
    } catch {
      throw new Error(`ALLOWED_ORIGINS holds something that is not an origin: ${entry}`);
    }
  });
}

function positiveInteger(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value.trim() === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} must be a positive integer: ${value}`);
  return n;
}

/** `1`/`true` or `0`/`false`; null when unset. */
function flag(value: string | undefined): boolean | null {
  const v = blankToNull(value)?.toLowerCase();
  if (v === undefined || v === null) return null;
  if (v === '1' || v === 'true') return true;
  if (v === '0' || v === 'false') return false;
  throw new Error(`Expected 1 or 0, not ${value}`);
}

/** `COORDINATOR, chair` → ['COORDINATOR', 'CHAIR']; anything else is refused at start rather than read as "nobody". */
function twoFactorRolesFrom(value: string | undefined): TwoFactorRequiredRole[] {
  const names = (value ?? '')
    .split(',')
    .map((entry) => entry.trim().toUpperCase())
    .filter(Boolean);
  for (const name of names) {
    if (!(TWO_FACTOR_REQUIRED_ROLES as readonly string[]).includes(name)) {
      throw new Error(`TWO_FACTOR_REQUIRED_ROLES takes COORDINATOR, CHAIR and SECRETARY, not ${name}`);
    }
  }
  return [...new Set(names)] as TwoFactorRequiredRole[];
}

function logLevelFrom(env: Env): LogLevel {
  const level = (blankToNull(env.LOG_LEVEL) ?? 'info').toLowerCase() as LogLevel;
  if (!LOG_LEVELS.includes(level)) throw new Error(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, not ${env.LOG_LEVEL}`);
  return level;
}

function webRootFrom(env: Env): string | null {
  const candidate = resolve(env.WEB_ROOT ?? 'dist/apps/web');
  return existsSync(join(candidate, 'index.html')) ? candidate : null;
}

export function loadAppConfig(env: Env = process.env): AppConfig {
  const nodeEnv = env.NODE_ENV ?? 'development';
  const production = nodeEnv === 'production';
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT is not a port number: ${env.PORT}`);
  const dataDir = resolve(env.DATA_DIR ?? './.data');
  const databaseUrl = blankToNull(env.DATABASE_URL);
  const adminEmail = blankToNull(env.ADMIN_EMAIL);
  const adminPassword = blankToNull(env.ADMIN_PASSWORD);
  const demo = blankToNull(env.DEMO_DATA);
  return {
    nodeEnv,
    port,
    databaseUrl,
    dataDir,
    redisUrl: blankToNull(env.REDIS_URL),
    jwtSecret: jwtSecretFrom(env, dataDir, production),
    accessTokenTtlSeconds: Number(env.ACCESS_TOKEN_TTL_SECONDS ?? 12 * 3600),
    adminEmail,
    adminPassword,
    // The embedded database is the newcomer's path: it gets the demo data unless told otherwise.
    demoData: demo === null ? databaseUrl === null : demo === '1' || demo === 'true',
    publicUrl: (blankToNull(env.PUBLIC_URL) ?? `http://localhost:${port}`).replace(/\/+$/, ''),
    smtpUrl: blankToNull(env.SMTP_URL),
    mailFrom: blankToNull(env.MAIL_FROM) ?? 'Concertation <no-reply@concertation.invalid>',
    webRoot: webRootFrom(env),
    logLevel: logLevelFrom(env),
    allowedOrigins: originsFrom(env.ALLOWED_ORIGINS),
    trustedProxies: trustedProxiesFrom(env.TRUST_PROXY),
    mutationsPerMinute: positiveInteger('MUTATIONS_PER_MINUTE', env.MUTATIONS_PER_MINUTE, 300),
    emailSending: flag(env.EMAIL_SENDING) ?? nodeEnv !== 'test',
    retentionNotificationsDays: positiveInteger('RETENTION_NOTIFICATIONS_DAYS', env.RETENTION_NOTIFICATIONS_DAYS, 365),
    mailRetrySeconds: positiveInteger('MAIL_RETRY_SECONDS', env.MAIL_RETRY_SECONDS, 30),
    twoFactorRequiredRoles: twoFactorRolesFrom(env.TWO_FACTOR_REQUIRED_ROLES),
  };
}
