import { Injectable } from '@nestjs/common';
import type DataLoader from 'dataloader';
import { DataSource, In, type EntityManager } from 'typeorm';
import type { RequestContext } from '../../core/graphql/request-context';
import { byKey, groupByKey } from '../../core/graphql/request-loaders';
import { ActionItemEntity } from '../action-items/action-item.entity';
import { MinutesRevisionEntity } from './minutes-revision.entity';
import { MinutesEntity } from './minutes.entity';

/** Meeting statuses from which minutes exist (docs/api-guide.md: "Minutes exist from the meeting's start"). */
export const STARTED_STATUSES = ['IN_PROGRESS', 'ADJOURNED'];

/**
 * Creates version 1 of the minutes of every started meeting among `meetingIds` that has none yet.
 * Idempotent and safe under concurrency (ON CONFLICT on the unique meeting_id).
 */
export async function ensureMinutes(manager: EntityManager, meetingIds: readonly string[]): Promise<void> {
  if (meetingIds.length === 0) return;
  await manager.query(
    `INSERT INTO minutes (meeting_id)
     SELECT m.id FROM meeting m WHERE m.id = ANY($1::uuid[]) AND m.status = ANY($2::varchar[])
     ON CONFLICT (meeting_id) DO NOTHING`,
    [[...meetingIds], STARTED_STATUSES],
  );
}

/** Per-request loaders of minutes and their revisions: a list of meetings costs one query per relation. */
@Injectable()
export class MinutesLoaders {
  constructor(private readonly dataSource: DataSource) {}

  /** Each meeting's minutes, created lazily (version 1) for started meetings that have none yet. */
  ofMeeting(ctx: RequestContext): DataLoader<string, MinutesEntity | null> {
    return ctx.loaders.get('minutes.ofMeeting', async (meetingIds: readonly string[]) => {
      const repo = this.dataSource.getRepository(MinutesEntity);
      let rows = await repo.findBy({ meetingId: In([...meetingIds]) });
      const missing = meetingIds.filter((id) => !rows.some((m) => m.meetingId === id));
      if (missing.length > 0) {
        await ensureMinutes(this.dataSource.manager, missing);
        rows = await repo.findBy({ meetingId: In([...meetingIds]) });
      }
      return byKey(meetingIds, rows, (m) => m.meetingId);
    });
  }

  revisionsOf(ctx: RequestContext): DataLoader<string, MinutesRevisionEntity[]> {
    return ctx.loaders.get('minutes.revisions', async (minutesIds: readonly string[]) =>
      groupByKey(
        minutesIds,
        await this.dataSource.getRepository(MinutesRevisionEntity).find({ where: { minutesId: In([...minutesIds]) }, order: { version: 'ASC' } }),
        (r) => r.minutesId,
      ),
    );
  }

  /**
   * Each meeting's action items, oldest first (all of them: the minutes filter with ActionItemsPolicy).
   * Items made from an agenda item or a decision carry its meeting (action-item-links.ts).
   */
  actionItemsOf(ctx: RequestContext): DataLoader<string, ActionItemEntity[]> {
    return ctx.loaders.get('minutes.actionItems', async (meetingIds: readonly string[]) =>
      groupByKey(
        meetingIds,
        await this.dataSource.getRepository(ActionItemEntity).find({ where: { meetingId: In([...meetingIds]) }, order: { createdAt: 'ASC', id: 'ASC' } }),
        (a) => a.meetingId as string,
      ),
    );
  }
}
