import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { NotificationKind } from '@concertation/shared-domain';
import type { Viewer } from '../../core/auth/viewer';
import { NotificationsService } from '../notifications/notifications.service';
import type { RoundTableEntity } from '../round-tables/round-table.entity';
import type { ProtocolVersionEntity } from './protocol-version.entity';
import type { ProtocolEntity } from './protocol.entity';

/**
 * PROTOCOL_PUBLISHED to the officers of every table (docs/api-guide.md), each person once however many
 * tables they run. Archived tables are frozen and adopt nothing more, so their officers are left
 * out; so is the publisher, who knows.
 */
@Injectable()
export class ProtocolNotices {
  constructor(private readonly notifications: NotificationsService) {}

  async published(manager: EntityManager, viewer: Viewer, protocol: ProtocolEntity, version: ProtocolVersionEntity, owner: RoundTableEntity): Promise<void> {
    const rows: Array<{ user_id: string }> = await manager.query(
      `SELECT DISTINCT p.user_id
         FROM table_participant p JOIN round_table t ON t.id = p.table_id
        WHERE p.role IN ('CHAIR', 'SECRETARY') AND t.archived_at IS NULL AND p.user_id <> $1`,
      [viewer.userId],
    );
    await this.notifications.notify(
      manager,
      rows.map((r) => r.user_id),
      {
        kind: NotificationKind.PROTOCOL_PUBLISHED,
        params: { protocolTitle: protocol.title, version: version.number, ownerName: owner.name, changeNote: version.changeNote || null },
        tableId: owner.id,
        subjectId: protocol.id,
      },
    );
  }
}
