import { useEffect, useState } from 'react';

/**
 * When the current item became current. The API does not say, so the room remembers it: from the
 * live event that moved to it (its `at`), else from when this tab first saw it. Kept per tab in
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
