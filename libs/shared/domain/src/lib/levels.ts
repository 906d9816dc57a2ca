import { type EnumValue, TableLevel } from './enums';

const PARENT_LEVELS: Record<EnumValue<TableLevel>, readonly EnumValue<TableLevel>[]> = {
  [TableLevel.REGIONAL]: [TableLevel.PROVINCIAL, TableLevel.NATIONAL],
  [TableLevel.PROVINCIAL]: [TableLevel.NATIONAL],
  [TableLevel.NATIONAL]: [],
};

/** The levels a table of `level` may report to: one or more levels up, never sideways or down. */
export function allowedParentLevels(level: EnumValue<TableLevel>): readonly EnumValue<TableLevel>[] {
  return PARENT_LEVELS[level];
}

export function canReportTo(level: EnumValue<TableLevel>, parentLevel: EnumValue<TableLevel> | null): boolean {
  return parentLevel === null || allowedParentLevels(level).includes(parentLevel);
}
