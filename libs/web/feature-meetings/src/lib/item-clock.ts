import { useEffect, useState } from 'react';

/**
 * When the current item became current: as the API says (`Meeting.currentItemStartedAt`), so that
 * whoever joins late or reloads sees the same clock as everyone else. The API says null for a
 * meeting whose item was chosen before it kept that time; the room then remembers it itself: from
 * the live event that moved to it (its `at`), else from when this tab first saw it, kept per tab in
 * sessionStorage so that a reload does not restart the clock.
 */
const KEY = 'concertation.currentItemSince';

function read(): Record<string, number> {
  try {
    return JSON.parse(globalThis.sessionStorage?.getItem(KEY) ?? '{}') as Record<string, number>;
  } catch {
    return {};
  }
}

function write(values: Record<string, number>): void {
  try {
    globalThis.sessionStorage?.setItem(KEY, JSON.stringify(values));
  } catch {
    // Storage refused: the clock then restarts on reload.
  }
}

export function rememberItemStart(meetingId: string, itemId: string, at: number): void {
  write({ ...read(), [`${meetingId}:${itemId}`]: at });
}

export function itemStart(meetingId: string, itemId: string): number {
  const key = `${meetingId}:${itemId}`;
  const known = read()[key];
  if (known) return known;
  const now = Date.now();
  write({ ...read(), [key]: now });
  return now;
}

/** The server's time when it has one, else this tab's memory of the item. */
export function currentItemSince(meetingId: string, itemId: string, startedAt: string | null): number {
  const known = startedAt === null ? Number.NaN : Date.parse(startedAt);
  return Number.isNaN(known) ? itemStart(meetingId, itemId) : known;
}

/** Seconds since `since`, ticking once a second. */
export function useElapsedSeconds(since: number | null): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (since === null) return;
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [since]);
  return since === null ? 0 : Math.max(0, Math.floor((now - since) / 1000));
}
