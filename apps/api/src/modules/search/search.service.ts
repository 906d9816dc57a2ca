import { Injectable } from '@nestjs/common';
import { DataSource, In, type EntityTarget, type ObjectLiteral } from 'typeorm';
import { isUuid } from '@concertation/shared-domain';
import type { Viewer } from '../../core/auth/viewer';
import { badInput } from '../../core/errors/domain-errors';
import { decodeCursor, pageSize, toConnection, type Connection } from '../../core/graphql/page';
import type { RequestContext } from '../../core/graphql/request-context';
import { ActionItemEntity } from '../action-items/action-item.entity';
import { DecisionEntity } from '../decisions/decision.entity';
import { AgendaItemEntity } from '../meetings/agenda-item.entity';
import { MeetingEntity } from '../meetings/meeting.entity';
import { MeetingViewsService } from '../meetings/meeting-views.service';
import { MinutesViewsService } from '../minutes/minutes-views.service';
import type { SearchArgs } from './dto/search.args';
import type { SearchHitEntity } from './models/search-result.model';
import { countSql, pageSql, SEARCH_KINDS, type SearchKind } from './search-sql';
import { SearchPolicy } from './search.policy';
import { snippetFragments, wholeWordSnippet } from './snippet';

interface PageRow {
  kind: SearchKind;
  id: string;
  rank: number;
  /** The text the snippet was cut from. */
  body: string;
  snippet: string;
}

export interface SearchResult {
  hit: SearchHitEntity;
  snippet: string;
  rank: number;
  kind: SearchKind;
}

const ENTITY_OF: Record<SearchKind, EntityTarget<ObjectLiteral>> = {
  MEETING: MeetingEntity,
  AGENDA_ITEM: AgendaItemEntity,
  DECISION: DecisionEntity,
  ACTION_ITEM: ActionItemEntity,
};

/** Full-text search over what the viewer may read (docs/api-guide.md, "Rules of the domain"). */
@Injectable()
export class SearchService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: SearchPolicy,
    private readonly meetings: MeetingViewsService,
    private readonly minutes: MinutesViewsService,
  ) {}

  async search(viewer: Viewer, ctx: RequestContext, args: SearchArgs): Promise<Connection<SearchResult>> {
    const text = args.query.trim();
    if (!text) throw badInput('query must not be empty.', 'query');
    const limit = pageSize(args.first);
    const cursor = this.cursorOf(args.after);
    const tableId = args.tableId != null ? await this.policy.assertSearchableTable(viewer, args.tableId) : null;

    const params: unknown[] = [text, viewer.userId, viewer.organizationId, tableId];
    const [{ total }] = (await this.dataSource.query(countSql(this.policy), params)) as Array<{ total: number }>;
    const pageParams = [...params, limit + 1, ...(cursor ?? [])];
    const rows = ((await this.dataSource.query(pageSql(this.policy, cursor !== null), pageParams)) as PageRow[]).map((row) => ({
      ...row,
      rank: Number(row.rank),
    }));
    const hits = await this.load(rows);
    const results = rows.flatMap((row) => {
      const hit = hits.get(`${row.kind}:${row.id}`);
      // A row deleted between the two reads is left out rather than failing the page.
      return hit ? [{ hit, snippet: wholeWordSnippet(row.snippet, row.body), rank: row.rank, kind: row.kind }] : [];
    });
    await this.asSeenBy(ctx, results);
    return toConnection(results, limit, Number(total), (r) => [r.rank, r.kind, r.hit.id]);
  }

  /**
   * Agenda items as the viewer sees them on the meeting's page: numbered within the items they
   * may see (an observer's agenda leaves in-camera items out). A snippet that shows part of an
   * IN_CAMERA item's notes is a read of those notes, audited like one (`agendaItem.read_in_camera`).
   */
  private async asSeenBy(ctx: RequestContext, results: SearchResult[]): Promise<void> {
    // In parallel, so that the per-request loaders batch the page's meetings and agendas.
    await Promise.all(
      results.map(async (result) => {
        if (result.kind !== 'AGENDA_ITEM') return;
        const item = result.hit as AgendaItemEntity;
        const seen = await this.meetings.item(ctx, item.id);
        if (seen) item.position = seen.position;
        if (item.confidentiality === 'IN_CAMERA' && snippetShowsNotes(result.snippet, item)) {
          const meeting = await this.meetings.meetingOfItem(ctx, item);
          if (meeting) await this.minutes.auditInCameraRead(ctx, item.id, meeting.tableId);
        }
      }),
    );
  }

  /** The cursor is [rank, kind, id] of the last row seen; anything else is BAD_USER_INPUT. */
  private cursorOf(after: string | null | undefined): [number, SearchKind, string] | null {
    const key = decodeCursor(after, 3);
    if (!key) return null;
    const [rank, kind, id] = key;
    if (typeof rank !== 'number' || !Number.isFinite(rank) || !SEARCH_KINDS.includes(kind as SearchKind) || !isUuid(id)) {
      throw badInput('after is not a cursor this list gave out.', 'after');
    }
    return [rank, kind as SearchKind, id as string];
  }

  /** The page's rows as entities, one query per kind present. */
  private async load(rows: PageRow[]): Promise<Map<string, SearchHitEntity>> {
    const found = new Map<string, SearchHitEntity>();
    for (const kind of SEARCH_KINDS) {
      const ids = rows.filter((r) => r.kind === kind).map((r) => r.id);
      if (!ids.length) continue;
      const entities = (await this.dataSource.getRepository(ENTITY_OF[kind]).findBy({ id: In(ids) })) as SearchHitEntity[];
      for (const entity of entities) found.set(`${kind}:${entity.id}`, entity);
    }
    return found;
  }
}

/**
 * Whether a snippet shows any of an item's notes: ts_headline cuts its fragments out of
 * "title\ndescription\nnotes", so a fragment that is not part of the title and description
 * took at least some words from the notes.
 */
export function snippetShowsNotes(snippet: string, item: Pick<AgendaItemEntity, 'title' | 'description' | 'notes'>): boolean {
  if (!item.notes) return false;
  const before = [item.title, item.description].filter((text) => !!text).join('\n');
  return snippetFragments(snippet).some((fragment) => !before.includes(fragment));
}
