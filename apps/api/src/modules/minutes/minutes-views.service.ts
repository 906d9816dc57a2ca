import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { RequestContext } from '../../core/graphql/request-context';
import { AuditEventEntity } from '../audit/audit-event.entity';
import type { AgendaItemEntity } from '../meetings/agenda-item.entity';
import type { MeetingEntity } from '../meetings/meeting.entity';
import { MeetingsLoaders } from '../meetings/meetings.loaders';
import { MeetingsPolicy } from '../meetings/meetings.policy';
import type { MinutesRevisionEntity } from './minutes-revision.entity';
import type { MinutesEntity } from './minutes.entity';
import { MinutesLoaders } from './minutes.loaders';

/** Minutes and agenda-item notes as one viewer may see them (MeetingsPolicy decides). */
@Injectable()
export class MinutesViewsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: MeetingsPolicy,
    private readonly meetings: MeetingsLoaders,
    private readonly loaders: MinutesLoaders,
  ) {}

  /** `Meeting.minutes`: null before the meeting starts, and for those who may not read the meeting. */
  async ofMeeting(ctx: RequestContext, meeting: Pick<MeetingEntity, 'id' | 'tableId'>): Promise<MinutesEntity | null> {
    if (!(await this.policy.mayRead(ctx, meeting))) return null;
    return this.loaders.ofMeeting(ctx).load(meeting.id);
  }

  async revisions(ctx: RequestContext, minutes: Pick<MinutesEntity, 'id' | 'meetingId'>): Promise<MinutesRevisionEntity[]> {
    const meeting = await this.meetings.meeting(ctx).load(minutes.meetingId);
    if (!meeting || !(await this.policy.mayRead(ctx, meeting))) return [];
    return this.loaders.revisionsOf(ctx).load(minutes.id);
  }

  /**
   * `AgendaItem.notes`: only for those who may see the item. Reading an IN_CAMERA item's notes
   * is audited (`agendaItem.read_in_camera`), one event per item and request, written in a batch.
   */
  async notes(ctx: RequestContext, item: Pick<AgendaItemEntity, 'id' | 'meetingId' | 'confidentiality' | 'notes'>): Promise<string | null> {
    const meeting = await this.meetings.meeting(ctx).load(item.meetingId);
    if (!meeting) return null;
    const role = await this.policy.roleAt(ctx, meeting);
    if (!this.policy.canSeeItem(role, item)) return null;
    if (item.confidentiality === 'IN_CAMERA' && item.notes !== null) await this.auditInCameraRead(ctx, item.id, meeting.tableId);
    return item.notes;
  }

  /**
   * Writes `agendaItem.read_in_camera` for an IN_CAMERA item whose notes the viewer read (here,
   * or in a search snippet): one event per item and request, however many fields read them.
   */
  auditInCameraRead(ctx: RequestContext, itemId: string, tableId: string): Promise<true> {
    const actorId = ctx.viewer?.userId ?? null;
    const loader = ctx.loaders.get<string, true>('audit.readInCamera', async (keys) => {
      await this.dataSource.getRepository(AuditEventEntity).insert(
        keys.map((key) => {
          const [entityId, table] = key.split('|');
          return { actorId, action: 'agendaItem.read_in_camera', entityType: 'agendaItem', entityId, tableId: table };
        }),
      );
      return keys.map(() => true as const);
    });
    return loader.load(`${itemId}|${tableId}`);
  }
}
