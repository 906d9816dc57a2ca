import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Viewer } from '../../core/auth/viewer';
import { forbidden } from '../../core/errors/domain-errors';
import { MeetingsPolicy } from '../meetings/meetings.policy';
import { RoundTablesPolicy } from '../round-tables/round-tables.policy';
import { tableOrNotFound } from '../round-tables/table-lookup';

/**
 * What a search may return, as SQL over the aliases of search-sql.ts, so that a page is filtered,
 * counted and paginated in the database. The rules are MeetingsPolicy's and ActionItemsPolicy's
 * (docs/api-guide.md, "Who may do what"): those who sit at a table read its meetings, agenda items,
 * decisions and action items; IN_CAMERA items, their decisions and action items only for the roles
 * MeetingsPolicy lets see in camera; action items also for their assignee and the users of the
 * assignee organization. A coordinator who does not sit at a table finds nothing of it.
 *
 * Aliases: `s` the viewer's seat at the row's table (NULL when not seated), `ai` an agenda item,
 * `dai` the agenda item of a decision, `x` an action item with `xai` / `xdai` the agenda item it
 * hangs off directly / through its decision. $2 is the viewer's id, $3 their confirmed organization.
 */
@Injectable()
export class SearchPolicy {
  constructor(
    private readonly dataSource: DataSource,
    private readonly meetings: MeetingsPolicy,
    private readonly seats: RoundTablesPolicy,
  ) {}

  /** `search(tableId)`: NOT_FOUND for an unknown or malformed id, FORBIDDEN unless the viewer sits there. */
  async assertSearchableTable(viewer: Viewer, tableId: string): Promise<string> {
    const table = await tableOrNotFound(this.dataSource.manager, tableId);
    const seat = await this.seats.seatIn(this.dataSource.manager, viewer.userId, table.id);
    if (!this.meetings.canRead(seat?.role ?? null)) throw forbidden('Only those who sit at this table may search it.');
    return table.id;
  }

  /** An agenda item (`ai`) of a table the viewer sits at (`s` joined as an inner join). */
  agendaItemVisible(): string {
    return `(ai.confidentiality <> 'IN_CAMERA' OR s.role IN ${this.meetings.inCameraRolesSql()})`;
  }

  /** A decision of a table the viewer sits at, on agenda item `dai` (if any). */
  decisionVisible(): string {
    return `(dai.confidentiality IS DISTINCT FROM 'IN_CAMERA' OR s.role IN ${this.meetings.inCameraRolesSql()})`;
  }

  /** An action item `x`, the viewer's seat `s` left-joined. */
  actionItemVisible(): string {
    return `(CASE WHEN 'IN_CAMERA' IN (COALESCE(xai.confidentiality, ''), COALESCE(xdai.confidentiality, ''))
      THEN COALESCE(s.role IN ${this.meetings.inCameraRolesSql()}, false)
      ELSE (s.table_id IS NOT NULL OR x.assignee_id = $2 OR x.assignee_organization_id = $3) END)`;
  }
}
