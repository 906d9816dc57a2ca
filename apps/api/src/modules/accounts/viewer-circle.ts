import type { DataSource } from 'typeorm';
import type { RequestContext } from '../../core/graphql/request-context';

/** The tables the viewer sits at and everyone who sits at one of them (the viewer included). */
export interface ViewerCircle {
  tableIds: ReadonlySet<string>;
  tableMateIds: ReadonlySet<string>;
}

const EMPTY: ViewerCircle = { tableIds: new Set(), tableMateIds: new Set() };

/**
 * Computed once per request, whatever the number of users a response lists, and shared by every
 * field that depends on it (`User.email`, `User.participations`).
 */
export function loadViewerCircle(ctx: RequestContext, dataSource: DataSource): Promise<ViewerCircle> {
  const viewerId = ctx.viewer?.userId;
  if (!viewerId) return Promise.resolve(EMPTY);
  const loader = ctx.loaders.get<string, ViewerCircle>('accounts.viewerCircle', async (keys) =>
    Promise.all(
      keys.map(async (key) => {
        const rows: Array<{ table_id: string; user_id: string }> = await dataSource.query(
          `SELECT mine.table_id, other.user_id
             FROM table_participant mine
             JOIN table_participant other ON other.table_id = mine.table_id
            WHERE mine.user_id = $1`,
          [key],
        );
        return { tableIds: new Set(rows.map((r) => r.table_id)), tableMateIds: new Set(rows.map((r) => r.user_id)) };
      }),
    ),
  );
  return loader.load(viewerId);
}
