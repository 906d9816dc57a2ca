import type { MeetingDetails } from './types';

export type Proxy = MeetingDetails['proxies'][number];
export interface MemberOrganization {
  id: string;
  name: string;
}

/** Where an organization stands at the meeting: it gave its proxy, it holds one, or neither. */
export type ProxySituation = { kind: 'gave'; proxy: Proxy } | { kind: 'holds'; proxy: Proxy } | { kind: 'neither' };

export function situationOf(organizationId: string, proxies: readonly Proxy[]): ProxySituation {
  const gave = proxies.find((proxy) => proxy.from.id === organizationId);
  if (gave) return { kind: 'gave', proxy: gave };
  const holds = proxies.find((proxy) => proxy.to.id === organizationId);
  return holds ? { kind: 'holds', proxy: holds } : { kind: 'neither' };
}

/**
 * The server's rules, so that the choices offered are the ones it accepts: an organization gives at
 * most one proxy and holds at most one, and never both (proxies do not chain). So only an
 * organization in neither situation may give, and only another such one may receive.
 */
export function mayGive(organizationId: string, proxies: readonly Proxy[]): boolean {
  return situationOf(organizationId, proxies).kind === 'neither';
}

export function receiversFor(fromId: string, members: readonly MemberOrganization[], proxies: readonly Proxy[]): MemberOrganization[] {
  return members.filter((member) => member.id !== fromId && mayGive(member.id, proxies));
}
