import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { MeetingEventKind } from '@concertation/shared-domain';
import { AuditService } from '../../core/audit/audit.service';
import type { Viewer } from '../../core/auth/viewer';
import { ActionItemActivity } from '../action-items/action-item-activity';
import type { ActionItemEntity } from '../action-items/action-item.entity';
import { MeetingActivity } from '../meetings/meeting-activity';

type Meeting = { id: string; tableId: string };

/**
 * What an erased person held for others, handed back in the erasure's transaction, each with the
 * audit event and live event its own mutation writes: the action items assigned to them, the
 * meetings they were sent to as a substitute, their requests to speak, and their seats (their
 * RSVPs go with the seats).
 */
@Injectable()
export class ErasureReleases {
  constructor(
    private readonly audit: AuditService,
    private readonly actionItems: ActionItemActivity,
    private readonly meetings: MeetingActivity,
  ) {}

  async release(manager: EntityManager, viewer: Viewer, organizationId: string | null): Promise<void> {
    await this.unassignActionItems(manager, viewer, organizationId);
    await this.endSubstitutions(manager, viewer);
    await this.withdrawFromSpeakers(manager, viewer);
    await this.leaveTables(manager, viewer);
  }

  /**
   * The items keep their organization and lose their assignee. An item assigned to the person
   * alone passes to the organization they worked for, when it is a member of the item's table
   * (the rule any assignment follows), so that it stays someone's to do.
   */
  private async unassignActionItems(manager: EntityManager, viewer: Viewer, organizationId: string | null): Promise<void> {
    const rows: Array<Record<string, string | null>> = await manager.query(
      `WITH changed AS (
         UPDATE action_item x
            SET assignee_organization_id = COALESCE(x.assignee_organization_id, (
                  SELECT m.organization_id FROM table_membership m
                   WHERE m.table_id = x.table_id AND m.organization_id = $2::uuid AND m.status = 'ACTIVE' LIMIT 1)),
                assignee_id = NULL,
                version = x.version + 1
          WHERE x.assignee_id = $1::uuid
         RETURNING x.id, x.table_id, x.meeting_id, x.assignee_organization_id)
       SELECT * FROM changed`,
      [viewer.userId, organizationId],
    );
    for (const row of rows) {
      const item = { id: row.id, tableId: row.table_id, meetingId: row.meeting_id, assigneeId: null, assigneeOrganizationId: row.assignee_organization_id };
      await this.actionItems.record(manager, viewer, item as ActionItemEntity, 'actionItem.updated', {
        assigneeId: viewer.userId,
        assigneeOrganizationId: null,
      });
    }
  }

  /** Standing substitutions that send the person end: nobody is expected in their place. */
  private async endSubstitutions(manager: EntityManager, viewer: Viewer): Promise<void> {
    const rows: Array<{ id: string; meetingId: string; tableId: string }> = await manager.query(
      `WITH ended AS (
         UPDATE substitution s SET ended_at = now(), ended_by_id = $1::uuid
          WHERE s.substitute_id = $1::uuid AND s.ended_at IS NULL
         RETURNING s.id, s.meeting_id)
       SELECT e.id, e.meeting_id AS "meetingId", m.table_id AS "tableId" FROM ended e JOIN meeting m ON m.id = e.meeting_id`,
      [viewer.userId],
    );
    for (const row of rows) {
      await this.audit.record(manager, {
        actorId: viewer.userId,
        action: 'substitution.withdrawn',
        entityType: 'substitution',
        entityId: row.id,
        tableId: row.tableId,
      });
      this.meetings.publish(manager, viewer, { id: row.meetingId, tableId: row.tableId }, MeetingEventKind.REPRESENTATION_CHANGED);
    }
  }

  /** Waiting requests are withdrawn, and a speech under way ends. */
  private async withdrawFromSpeakers(manager: EntityManager, viewer: Viewer): Promise<void> {
    const meetings: Meeting[] = await manager.query(
      `WITH withdrawn AS (
         UPDATE speaker_request r SET status = 'WITHDRAWN', ended_at = CASE WHEN r.status = 'SPEAKING' THEN now() ELSE r.ended_at END
          WHERE r.user_id = $1::uuid AND r.status IN ('WAITING', 'SPEAKING')
         RETURNING r.meeting_id)
       SELECT DISTINCT m.id, m.table_id AS "tableId" FROM withdrawn w JOIN meeting m ON m.id = w.meeting_id`,
      [viewer.userId],
    );
    for (const meeting of meetings) this.meetings.publish(manager, viewer, meeting, MeetingEventKind.SPEAKERS_CHANGED);
  }

  /** Seats removed; their RSVPs and representative roles go with them (foreign keys). */
  private async leaveTables(manager: EntityManager, viewer: Viewer): Promise<void> {
    const seats: Array<{ id: string; tableId: string }> = await manager.query(
      `WITH gone AS (DELETE FROM table_participant WHERE user_id = $1::uuid RETURNING id, table_id) SELECT id, table_id AS "tableId" FROM gone`,
      [viewer.userId],
    );
    for (const seat of seats) {
      await this.audit.record(manager, {
        actorId: viewer.userId,
        action: 'participant.removed',
        entityType: 'participant',
        entityId: seat.id,
        tableId: seat.tableId,
      });
    }
  }
}
