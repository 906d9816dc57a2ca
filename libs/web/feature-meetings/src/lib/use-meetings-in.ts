import { useState } from 'react';
import { useMyMeetings, useTableMeetings, type MeetingRange } from '@concertation/web-data-access';
import type { MeetingSummary } from './types';

/** Whose meetings a calendar shows: one table's, or the viewer's across every table. */
export type MeetingSource = { kind: 'table'; tableId: string } | { kind: 'mine' };

export interface MeetingsResult {
  meetings: MeetingSummary[];
  loading: boolean;
  error: unknown;
  /** Set for a table: the viewer's role there (null when the viewer does not sit at it). */
  viewerRole?: string | null;
}

export function useMeetingsIn(source: MeetingSource, range: MeetingRange, skip = false): MeetingsResult {
  const tableId = source.kind === 'table' ? source.tableId : '';
  const table = useTableMeetings(tableId, range, skip || source.kind !== 'table');
  const mine = useMyMeetings(range, skip || source.kind !== 'mine');
  if (source.kind === 'table') {
    const data = table.data?.table;
    return { meetings: data?.meetings ?? [], loading: table.loading && !data, error: table.error, viewerRole: data?.viewerRole ?? null };
  }
  const data = mine.data?.myMeetings;
  return { meetings: data ?? [], loading: mine.loading && !data, error: mine.error };
}

/**
 * « Now » fixed when the screen opens and rounded to the minute: the query's variables stay the
 * same across renders (and across screens opened in the same minute, which then share the cache).
 */
export function useNow(): number {
  const [now] = useState(() => Math.floor(Date.now() / 60_000) * 60_000);
  return now;
}

const DAY = 24 * 60 * 60 * 1000;

/** Upcoming meetings include the one under way: asked from a day back, kept while not ended. */
export function upcomingRange(now: number): MeetingRange {
  return { from: new Date(now - DAY).toISOString() };
}

export function pastRange(now: number): MeetingRange {
  return { to: new Date(now).toISOString() };
}

export function upcomingOnly(meetings: readonly MeetingSummary[], now: number): MeetingSummary[] {
  return meetings.filter((meeting) => new Date(meeting.endsAt).getTime() > now).sort((a, b) => a.startsAt.localeCompare(b.startsAt));
}

export function pastOnly(meetings: readonly MeetingSummary[], now: number): MeetingSummary[] {
  return meetings.filter((meeting) => new Date(meeting.endsAt).getTime() <= now).sort((a, b) => b.startsAt.localeCompare(a.startsAt));
}
