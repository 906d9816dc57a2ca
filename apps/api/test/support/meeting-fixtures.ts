import type { EnumValue, Confidentiality, MeetingStatus } from '@concertation/shared-domain';
import type { TestApp } from './test-app';

/**
 * Meetings and agenda items for tests. `scheduleVia` goes through the API (as an officer would);
 * `insertMeeting` and `insertItem` write rows straight away, for tests about something else.
 */

export const MEETING_FIELDS = `id title status startsAt endsAt timeZone location onlineUrl seriesId agendaPublishedAt cancelledReason table { id }`;

export async function scheduleVia(t: TestApp, token: string, input: Record<string, unknown>): Promise<Array<Record<string, any>>> {
  const r = await t.gql(`mutation($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { ${MEETING_FIELDS} } }`, { input }, token);
  if (r.errors) throw new Error(`scheduleMeeting failed: ${JSON.stringify(r.errors)}`);
  return r.data.scheduleMeeting;
}

export async function insertMeeting(
  t: TestApp,
  tableId: string,
  fields: { title?: string; status?: string; startsAt?: Date; endsAt?: Date; timeZone?: string } = {},
): Promise<string> {
  const startsAt = fields.startsAt ?? new Date(Date.now() + 7 * 86_400_000);
  const endsAt = fields.endsAt ?? new Date(startsAt.getTime() + 2 * 3600_000);
  const rows = await t.dataSource.query(
    `INSERT INTO meeting (table_id, title, status, starts_at, ends_at, time_zone) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    [tableId, fields.title ?? 'Réunion fictive', fields.status ?? 'SCHEDULED', startsAt, endsAt, fields.timeZone ?? 'America/Toronto'],
  );
  return rows[0].id;
}

export async function insertItem(
  t: TestApp,
  meetingId: string,
  fields: {
    title?: string;
    position?: number;
    confidentiality?: EnumValue<Confidentiality>;
    status?: string;
    carriedOverFromId?: string | null;
    presenterId?: string | null;
    presenterOrganizationId?: string | null;
  } = {},
): Promise<string> {
  const position = fields.position ?? (await t.dataSource.query(`SELECT count(*)::int + 1 AS n FROM agenda_item WHERE meeting_id = $1`, [meetingId]))[0].n;
  const rows = await t.dataSource.query(
    `INSERT INTO agenda_item (meeting_id, position, title, confidentiality, status, carried_over_from_id, presenter_id, presenter_organization_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
    [
      meetingId,
      position,
      fields.title ?? `Point fictif ${position}`,
      fields.confidentiality ?? 'MEMBERS',
      fields.status ?? 'PENDING',
      fields.carriedOverFromId ?? null,
      fields.presenterId ?? null,
      fields.presenterOrganizationId ?? null,
    ],
  );
  return rows[0].id;
}

/** Positions and titles of a meeting's agenda, straight from the database. */
export async function agendaRows(t: TestApp, meetingId: string): Promise<Array<{ id: string; position: number; title: string; status: string }>> {
  return t.dataSource.query(`SELECT id, position, title, status FROM agenda_item WHERE meeting_id = $1 ORDER BY position, id`, [meetingId]);
}

export async function meetingRow(
  t: TestApp,
  id: string,
): Promise<{ status: string; sequence: number; current_item_id: string | null; agenda_published_at: Date | null }> {
  return (await t.dataSource.query(`SELECT status, sequence, current_item_id, agenda_published_at FROM meeting WHERE id = $1`, [id]))[0];
}

/** A wall time in a zone as "YYYY-MM-DD HH:mm", read through Intl. */
export const localTime = (iso: string | Date, zone: string): string =>
  new Intl.DateTimeFormat('sv-SE', {
    timeZone: zone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(iso));

// Helpers the attachments and calendars tests use (same rows, plus what a calendar shows).

export interface CalendarMeetingFields {
  title?: string;
  status?: EnumValue<MeetingStatus>;
  startsAt?: Date;
  endsAt?: Date;
  timeZone?: string;
  location?: string | null;
  onlineUrl?: string | null;
  /** Published unless said otherwise: calendars list a published agenda. */
  agendaPublished?: boolean;
  sequence?: number;
}

export async function createMeeting(t: TestApp, tableId: string, fields: CalendarMeetingFields = {}): Promise<string> {
  const id = await insertMeeting(t, tableId, fields);
  await t.dataSource.query(`UPDATE meeting SET location = $2, online_url = $3, agenda_published_at = $4, sequence = $5 WHERE id = $1`, [
    id,
    fields.location === undefined ? 'Salle fictive 101' : fields.location,
    fields.onlineUrl ?? null,
    fields.agendaPublished === false ? null : new Date(),
    fields.sequence ?? 0,
  ]);
  return id;
}

export function addAgendaItem(t: TestApp, meetingId: string, fields: Parameters<typeof insertItem>[2] = {}): Promise<string> {
  return insertItem(t, meetingId, fields);
}

/** A status change as the meeting mutations make it: SEQUENCE grows, so calendars pick it up. */
export async function setMeetingStatus(t: TestApp, meetingId: string, status: NonNullable<CalendarMeetingFields['status']>): Promise<void> {
  await t.dataSource.query(`UPDATE meeting SET status = $2, sequence = sequence + 1, updated_at = now() WHERE id = $1`, [meetingId, status]);
}
