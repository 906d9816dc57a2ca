import type { EnumValue, SpeakerStatus } from './enums';

export interface SpeakerLine {
  status: EnumValue<SpeakerStatus>;
  organizationId: string | null;
  requestedAt: Date;
}

/**
 * The speakers' list of one item in the order it is shown and called: who is SPEAKING, then the
 * WAITING requests — first those whose organization has not spoken yet on the item (SPEAKING or
 * DONE), then by request time, so that every sector is heard before anyone speaks twice — then
 * the DONE and WITHDRAWN ones by request time. A person without an organization counts as one
 * that has not spoken.
 */
export function speakingOrder<T extends SpeakerLine>(requests: readonly T[]): T[] {
  const byTime = (a: T, b: T) => a.requestedAt.getTime() - b.requestedAt.getTime();
  const spoken = new Set(requests.filter((r) => r.status === 'SPEAKING' || r.status === 'DONE').map((r) => r.organizationId));
  const heard = (r: T) => (r.organizationId !== null && spoken.has(r.organizationId) ? 1 : 0);
  const speaking = requests.filter((r) => r.status === 'SPEAKING');
  const waiting = requests.filter((r) => r.status === 'WAITING').sort((a, b) => heard(a) - heard(b) || byTime(a, b));
  const past = requests.filter((r) => r.status === 'DONE' || r.status === 'WITHDRAWN').sort(byTime);
  return [...speaking, ...waiting, ...past];
}
