import type { EntityManager } from 'typeorm';
import { AgendaItemEntity } from './agenda-item.entity';

/**
 * Positions of a meeting's agenda, always 1..n. Callers hold the meeting's row lock
 * (MeetingsPolicy.meetingIn), so that two edits never number the same agenda at once.
 */

export function agendaOf(manager: EntityManager, meetingId: string): Promise<AgendaItemEntity[]> {
  return manager.find(AgendaItemEntity, { where: { meetingId }, order: { position: 'ASC', id: 'ASC' } });
}

export async function countItems(manager: EntityManager, meetingId: string): Promise<number> {
  const rows: Array<{ n: number }> = await manager.query(`SELECT count(*)::int AS n FROM agenda_item WHERE meeting_id = $1`, [meetingId]);
  return Number(rows[0].n);
}

/** Moves every item at `from` or after by `delta` places (+1 to make room, −1 to close a gap). */
export async function shiftPositions(manager: EntityManager, meetingId: string, from: number, delta: 1 | -1): Promise<void> {
  await manager.query(`UPDATE agenda_item SET position = position + $3 WHERE meeting_id = $1 AND position >= $2`, [meetingId, from, delta]);
}
