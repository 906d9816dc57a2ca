import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { AUDIT_ACTIONS, AUDIT_ENTITY_TYPES } from '@concertation/shared-domain';

/** A migration names the actions of its time (one renames an action): history, not what the API records. */
const MIGRATIONS = join(__dirname, '../../core/database/migrations');

/** Every `.ts` file of the API but its specs and migrations: what it can record. */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return path === MIGRATIONS ? [] : sources(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') ? [path] : [];
  });
}

const code = sources(join(__dirname, '../..')).map((file) => readFileSync(file, 'utf8'));

/**
 * A quoted `<entity>.<verb in the past>`: `meeting.scheduled`, `password.reset`, `agenda.current_item_set`,
 * `agendaItem.read_in_camera`, `membership.withdrawn`. Short prefixes are SQL aliases (`ai.created_at`); other dotted names
 * (`meeting.rsvps`, `minutes.pdf`) have no verb in the past.
 */
const ACTION_LITERAL = /['`]([a-z][a-zA-Z]{3,}\.[a-z][a-z_]*)['`]/g;
const PAST_WORD = /^(\w+ed|read|reset|set|sent|withdrawn|taken|given|held|cast)$/;
const looksLikeAction = (name: string) =>
  name
    .split('.')[1]
    .split('_')
    .some((word) => PAST_WORD.test(word));

describe('the audit vocabulary (shared-domain AUDIT_ACTIONS)', () => {
  const written = new Set(code.flatMap((text) => [...text.matchAll(ACTION_LITERAL)].map((match) => match[1]).filter(looksLikeAction)));

  it('lists every action the API records, so the web client names each of them', () => {
    expect([...written].filter((action) => !(AUDIT_ACTIONS as readonly string[]).includes(action)).sort()).toEqual([]);
  });

  it('lists no action the API no longer records', () => {
    expect(AUDIT_ACTIONS.filter((action) => !written.has(action))).toEqual([]);
  });

  it('lists every kind of object an event is about', () => {
    const types = new Set(code.flatMap((text) => [...text.matchAll(/entityType: ['`](\w+)['`]/g)].map((match) => match[1])));
    expect([...types].filter((type) => !(AUDIT_ENTITY_TYPES as readonly string[]).includes(type)).sort()).toEqual([]);
  });
});
