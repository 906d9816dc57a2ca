/**
 * When each item should start: the meeting's start plus the planned durations of the items before
 * it. After an item with no planned duration nobody can tell, so the later items have no time (null)
 * rather than a wrong one.
 */
export function plannedStarts(meetingStartsAt: string, items: ReadonlyArray<{ durationMinutes: number | null }>): Array<string | null> {
  const start = Date.parse(meetingStartsAt);
  if (Number.isNaN(start)) return items.map(() => null);
  let offset: number | null = 0;
  return items.map((item) => {
    const at = offset === null ? null : new Date(start + offset * 60_000).toISOString();
    offset = offset === null || item.durationMinutes === null ? null : offset + item.durationMinutes;
    return at;
  });
}
