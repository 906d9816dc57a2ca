/** How busy a region was: 0 for no meeting, then three steps up to the busiest region. */
export type ActivityLevel = 0 | 1 | 2 | 3;

export interface ActivityRange {
  level: ActivityLevel;
  min: number;
  max: number;
}

export interface ActivityScale {
  levelOf: (meetings: number) => ActivityLevel;
  /** The legend: the levels some count can reach, each with its counts (no empty step). */
  ranges: ActivityRange[];
}

/**
 * Three steps of equal width between 1 and the busiest region's count (rounded up), so that the
 * legend can say them in whole meetings: for a busiest region of 9, 1 to 3, 4 to 6 and 7 to 9.
 */
export function activityScale(counts: readonly number[]): ActivityScale {
  const max = Math.max(0, ...counts);
  const first = Math.ceil(max / 3);
  const second = Math.ceil((2 * max) / 3);
  const levelOf = (meetings: number): ActivityLevel => (meetings <= 0 ? 0 : meetings <= first ? 1 : meetings <= second ? 2 : 3);
  const steps: ActivityRange[] = [
    { level: 0, min: 0, max: 0 },
    { level: 1, min: 1, max: first },
    { level: 2, min: first + 1, max: second },
    { level: 3, min: second + 1, max },
  ];
  return { levelOf, ranges: steps.filter((range) => range.level === 0 || range.min <= range.max) };
}
