/**
 * A table's time zone: its first region's, else America/Toronto. Its calendar days (meeting
 * defaults, "today" for overdue action items, report periods) are read in that zone.
 */
export const FALLBACK_TABLE_ZONE = 'America/Toronto';

/** The zone of the table whose id is the SQL expression `tableId`, as an SQL expression. */
export function tableZoneSql(tableId: string): string {
  return `COALESCE((SELECT r.time_zone FROM round_table_region rtr JOIN region r ON r.id = rtr.region_id
    WHERE rtr.table_id = ${tableId} ORDER BY rtr.position LIMIT 1), '${FALLBACK_TABLE_ZONE}')`;
}
