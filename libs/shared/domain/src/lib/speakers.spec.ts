import { describe, expect, it } from 'vitest';
import { speakingOrder, type SpeakerLine } from './speakers';

const at = (minute: number) => new Date(Date.UTC(2030, 0, 1, 14, minute));
const line = (name: string, status: SpeakerLine['status'], organizationId: string | null, minute: number) => ({
  name,
  status,
  organizationId,
  requestedAt: at(minute),
});
const names = (lines: Array<{ name: string }>) => lines.map((l) => l.name);

describe('speakingOrder', () => {
  it('calls every organization once before any speaks twice, then by request time', () => {
    const order = speakingOrder([
      line('police, déjà entendue', 'DONE', 'police', 0),
      line('police encore', 'WAITING', 'police', 1),
      line('école', 'WAITING', 'ecole', 2),
      line('santé', 'WAITING', 'sante', 3),
    ]);
    expect(names(order)).toEqual(['école', 'santé', 'police encore', 'police, déjà entendue']);
  });

  it('puts the speaker first, counts them as heard, and ends with the done and withdrawn by time', () => {
    const order = speakingOrder([
      line('retirée', 'WITHDRAWN', 'sante', 0),
      line('école 2', 'WAITING', 'ecole', 1),
      line('école parle', 'SPEAKING', 'ecole', 2),
      line('sans organisme', 'WAITING', null, 3),
      line('terminée', 'DONE', 'police', 4),
    ]);
    expect(names(order)).toEqual(['école parle', 'sans organisme', 'école 2', 'retirée', 'terminée']);
  });

  it('keeps request order among those not yet heard', () => {
    expect(names(speakingOrder([line('b', 'WAITING', 'b', 2), line('a', 'WAITING', 'a', 1)]))).toEqual(['a', 'b']);
  });
});
