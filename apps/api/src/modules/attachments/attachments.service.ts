import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { isUuid, MeetingEventKind } from '@concertation/shared-domain';
import { APP_CONFIG, type AppConfig } from '../../core/config/app-config';
import type { Viewer } from '../../core/auth/viewer';
import { AuditService } from '../../core/audit/audit.service';
import { badInput, notFound } from '../../core/errors/domain-errors';
import type { RequestContext } from '../../core/graphql/request-context';
import { EventBus } from '../../core/pubsub/event-bus';
import { Topics } from '../../core/pubsub/topics';
import { AgendaItemEntity } from '../meetings/agenda-item.entity';
import type { MeetingEntity } from '../meetings/meeting.entity';
import { MeetingsLoaders } from '../meetings/meetings.loaders';
import { MeetingsPolicy } from '../meetings/meetings.policy';
import { AttachmentsLoaders } from './attachments.loaders';
import { StoredFileEntity } from './stored-file.entity';
import { UPLOAD_TTL_MINUTES } from './uploads.service';
import { endpoints } from '@concertation/shared-paths';

/**
 * Files attached to agenda items: they share the item's confidentiality (MeetingsPolicy decides),
 * only officers attach and remove them, and a frozen agenda keeps its files.
 */
@Injectable()
export class AttachmentsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: MeetingsPolicy,
    private readonly loaders: AttachmentsLoaders,
    private readonly meetings: MeetingsLoaders,
    private readonly audit: AuditService,
    private readonly events: EventBus,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  // ─── Reads ───────────────────────────────────────────────────────────────

  /** An item's files, or none when the viewer may not see the item. */
  async ofItem(ctx: RequestContext, item: Pick<AgendaItemEntity, 'id' | 'meetingId' | 'confidentiality'>): Promise<StoredFileEntity[]> {
    const meeting = await this.meetings.meeting(ctx).load(item.meetingId);
    if (!meeting) return [];
    const role = await this.policy.roleAt(ctx, meeting);
    if (!this.policy.canSeeItem(role, item)) return [];
    return this.loaders.ofItem(ctx).load(item.id);
  }

  /** GET /attachments/:id: NOT_FOUND for an unknown or malformed id, FORBIDDEN when its item is not for the viewer. */
  async readable(ctx: RequestContext, id: string): Promise<StoredFileEntity> {
    const file = isUuid(id) ? await this.loaders.attached(id) : null;
    if (!file?.agendaItemId) throw notFound('attachment');
    await this.policy.readableItem(ctx, file.agendaItemId);
    return file;
  }

  urlOf(file: Pick<StoredFileEntity, 'id'>): string {
    return `${this.config.publicUrl}${endpoints.attachment(file.id)}`;
  }

  // ─── Mutations ───────────────────────────────────────────────────────────

  async attach(viewer: Viewer, agendaItemId: string, uploadId: string): Promise<StoredFileEntity> {
    return this.dataSource.transaction(async (manager) => {
      const { item, meeting } = await this.itemForChange(manager, viewer, agendaItemId);
      if (!isUuid(uploadId)) throw notFound('upload');
      // The row lock makes "attached once" hold against a concurrent attach (or the sweeper).
      const upload = await manager
        .getRepository(StoredFileEntity)
        .createQueryBuilder('f')
        .setLock('pessimistic_write')
        .addSelect(`f.uploaded_at < now() - interval '${UPLOAD_TTL_MINUTES} minutes'`, 'expired')
        .where('f.id = :id', { id: uploadId })
        .getRawAndEntities();
      const file = upload.entities[0];
      // Past its hour an unattached upload is as good as deleted, whether or not the sweeper has run.
      if (!file || (file.agendaItemId === null && upload.raw[0]?.expired === true)) throw notFound('upload');
      if (file.uploadedById !== viewer.userId) throw badInput('Attach a file you uploaded yourself.', 'uploadId');
      if (file.agendaItemId !== null) throw badInput('This upload is already attached; upload the file again.', 'uploadId');
      file.agendaItemId = item.id;
      file.attachedAt = new Date();
      await manager.save(file);
      await this.recordChange(manager, viewer, 'attachment.added', file, meeting);
      return file;
    });
  }

  async remove(viewer: Viewer, id: string): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const file = isUuid(id) ? await manager.getRepository(StoredFileEntity).findOneBy({ id }) : null;
      if (!file?.agendaItemId) throw notFound('attachment');
      const { meeting } = await this.itemForChange(manager, viewer, file.agendaItemId);
      await manager.delete(StoredFileEntity, { id: file.id });
      await this.recordChange(manager, viewer, 'attachment.removed', file, meeting);
      return true;
    });
  }

  /** The item, its meeting locked; the viewer must be an officer and the agenda open. */
  private async itemForChange(manager: EntityManager, viewer: Viewer, itemId: string): Promise<{ item: AgendaItemEntity; meeting: MeetingEntity }> {
    const item = isUuid(itemId) ? await manager.getRepository(AgendaItemEntity).findOneBy({ id: itemId }) : null;
    if (!item) throw notFound('agenda item');
    const { meeting } = await this.policy.assertOfficer(manager, viewer, item.meetingId);
    this.policy.assertAgendaOpen(meeting);
    return { item, meeting };
  }

  private async recordChange(manager: EntityManager, viewer: Viewer, action: string, file: StoredFileEntity, meeting: MeetingEntity): Promise<void> {
    await this.audit.record(manager, { actorId: viewer.userId, action, entityType: 'attachment', entityId: file.id, tableId: meeting.tableId });
    this.events.publishAfterCommit(manager, Topics.meeting(meeting.id), {
      kind: MeetingEventKind.AGENDA_CHANGED,
      meetingId: meeting.id,
      tableId: meeting.tableId,
      actorId: viewer.userId,
      at: new Date(),
    });
  }
}
