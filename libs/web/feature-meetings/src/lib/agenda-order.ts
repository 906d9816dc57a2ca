/** The ids with the one at `from` moved to `to` (both 0-based, clamped to the list). */
export function moveId(ids: readonly string[], from: number, to: number): string[] {
  const result = [...ids];
  if (from < 0 || from >= ids.length) return result;
  const target = Math.max(0, Math.min(ids.length - 1, to));
  const [moved] = result.splice(from, 1);
  result.splice(target, 0, moved);
  return result;
}

/** Total of the items' planned minutes (items without a duration count for nothing). */
export function totalMinutes(items: ReadonlyArray<{ durationMinutes: number | null }>): number {
  return items.reduce((sum, item) => sum + (item.durationMinutes ?? 0), 0);
}

/** Whole minutes between two instants. */
export function minutesBetween(start: string, end: string): number {
  return Math.max(0, Math.round((new Date(end).getTime() - new Date(start).getTime()) / 60_000));
}
