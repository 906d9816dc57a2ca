export type TableLevel = 'REGIONAL' | 'PROVINCIAL' | 'NATIONAL';
export const TABLE_LEVELS: readonly TableLevel[] = ['REGIONAL', 'PROVINCIAL', 'NATIONAL'];

/** The levels a table of `level` may report to: one or more levels up, never sideways or down. */
export function allowedParentLevels(level: TableLevel): readonly TableLevel[] {
  switch (level) {
    case 'REGIONAL':
      return ['PROVINCIAL', 'NATIONAL'];
    case 'PROVINCIAL':
      return ['NATIONAL'];
    case 'NATIONAL':
      return [];
  }
}

export function canReportTo(level: TableLevel, parentLevel: TableLevel | null): boolean {
  return parentLevel === null || allowedParentLevels(level).includes(parentLevel);
}
