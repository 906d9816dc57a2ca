/**
 * Which reverse proxies may tell the caller's address through X-Forwarded-For (TRUST_PROXY):
 * `loopback` (a proxy on the same machine, the default) and `uniquelocal` (a proxy on a private
 * network, as in docker-compose.yml). Express reads the same names for HTTP; the WebSocket path
 * reads them here, so that rate limits and logs see the same client on both transports.
 */
export type ProxyNetwork = 'loopback' | 'uniquelocal';

const NETWORKS: Record<ProxyNetwork, RegExp> = {
  loopback: /^(127\.|::1$|::ffff:127\.)/,
  uniquelocal: /^(::ffff:)?(10\.|172\.(1[6-9]|2\d|3[01])\.|192\.168\.)|^f[cd][0-9a-f]{2}:/i,
};

export function trustedProxiesFrom(value: string | undefined): ProxyNetwork[] {
  const names = (value ?? 'loopback')
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  for (const name of names) {
    if (!(name in NETWORKS)) throw new Error(`TRUST_PROXY holds ${name}: use loopback and/or uniquelocal, comma-separated.`);
  }
  return names as ProxyNetwork[];
}

/** The caller's address: the nearest address of X-Forwarded-For that is not a trusted proxy's. */
export function clientAddress(socketAddress: string | undefined, forwarded: string | string[] | undefined, trusted: readonly ProxyNetwork[]): string {
  const isTrusted = (address: string) => trusted.some((network) => NETWORKS[network].test(address));
  let address = socketAddress ?? 'unknown';
  if (!isTrusted(address) || typeof forwarded !== 'string') return address;
  const hops = forwarded
    .split(',')
    .map((hop) => hop.trim())
    .filter(Boolean);
  while (isTrusted(address) && hops.length > 0) address = hops.pop() as string;
  return address;
}
