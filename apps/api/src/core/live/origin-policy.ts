import type { AppConfig } from '../config/app-config';

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Which pages may open the WebSocket. A browser always sends `Origin` with a WebSocket
 * handshake, and a page cannot forge it: a page of another site is refused, so that it cannot
 * ride a visitor's connection (cross-site WebSocket hijacking). Allowed: PUBLIC_URL's origin,
 * those of ALLOWED_ORIGINS, a page served by this same host (the API serves the web client),
 * and outside production any page of this machine (Vite's dev server on another port).
 * A handshake without `Origin` does not come from a browser page: programs (tests, the bench,
 * other services) authenticate with their token like any HTTP client.
 */
export function originAllowed(
  origin: string | undefined,
  host: string | undefined,
  config: Pick<AppConfig, 'publicUrl' | 'allowedOrigins' | 'nodeEnv'>,
): boolean {
  if (origin === undefined) return true;
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false; // "null" (sandboxed frames, file:) and anything malformed
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  if (url.origin === new URL(config.publicUrl).origin || config.allowedOrigins.includes(url.origin)) return true;
  if (host !== undefined && url.host === host.toLowerCase()) return true;
  return config.nodeEnv !== 'production' && LOOPBACK_HOSTS.has(url.hostname);
}
