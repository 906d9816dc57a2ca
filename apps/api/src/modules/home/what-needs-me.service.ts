import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { EnumValue, PendingDecisionKind } from '@concertation/shared-domain';
import { isCoordinator, type Viewer } from '../../core/auth/viewer';
import { OVERDUE, TABLE_TODAY } from '../action-items/action-item-views.service';
import { ActionItemEntity } from '../action-items/action-item.entity';
import { ActionItemsPolicy } from '../action-items/action-items.policy';
import { EFFECTIVE_STATUS_SQL } from '../consultations/consultation.entity';
import { visibleSql as consultationVisibleSql } from '../consultations/consultations.policy';
import { MeetingEntity } from '../meetings/meeting.entity';
import { substituteMeetingsSql } from '../meetings/meeting-seat';
import { RoundTablesPolicy } from '../round-tables/round-tables.policy';
import { TableMembershipEntity } from '../round-tables/table-membership.entity';
import type { PendingDecisionModel } from './models/what-needs-me.model';

/** Days ahead within which an action item is "due soon" and an open consultation "to close". */
export const SOON_DAYS = 7;
/** The next meetings the home page shows. */
export const NEXT_MEETINGS = 5;
/** At most this many decisions and action items: the home page points to the full lists beyond. */
export const HOME_LIST_LIMIT = 50;

interface DecisionRow {
  kind: EnumValue<PendingDecisionKind>;
  target_id: string;
  title: string;
  detail: string | null;
  table_id: string | null;
  waiting_since: Date;
  due_at: Date | null;
}

/**
 * What waits for one viewer, each list in one SQL statement. The rules are the features' own:
 * officers decide memberships, referrals, closings and minutes (RoundTablesPolicy.officerRolesSql);
 * an organization answers a consultation through those who sit at an audience table
 * (ConsultationsPolicy); action items as ActionItemsPolicy.visibleSql lets the viewer read them;
 * meetings for those who sit at the table (MeetingsPolicy.canRead). Archived tables are frozen:
 * nothing waits there.
 */
@Injectable()
export class WhatNeedsMeService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly seats: RoundTablesPolicy,
    private readonly actionItems: ActionItemsPolicy,
  ) {}

  /** Deadlines first (soonest first), then what has waited longest. */
  async decisions(viewer: Viewer): Promise<PendingDecisionModel[]> {
    const officerTables = `SELECT p.table_id FROM table_participant p JOIN round_table t ON t.id = p.table_id
      WHERE p.user_id = $1 AND p.role IN ${this.seats.officerRolesSql()} AND t.archived_at IS NULL`;
    const open = `${EFFECTIVE_STATUS_SQL} = 'OPEN'`;
    const rows: DecisionRow[] = await this.dataSource.query(
      `WITH officer_tables AS (${officerTables})
      SELECT 'MEMBERSHIP_REQUEST' AS kind, m.id AS target_id, o.name AS title, NULL AS detail, m.table_id, m.requested_at AS waiting_since, NULL::timestamptz AS due_at
        FROM table_membership m JOIN organization o ON o.id = m.organization_id
        WHERE m.status = 'PENDING' AND m.table_id IN (SELECT table_id FROM officer_tables)
      UNION ALL
      SELECT 'REFERRAL', r.id, r.title, NULL, r.to_table_id, r.referred_at, NULL
        FROM referral r WHERE r.status = 'PENDING' AND r.to_table_id IN (SELECT table_id FROM officer_tables)
      UNION ALL
      SELECT 'CONSULTATION_TO_ANSWER', c.id, c.title, NULL, c.table_id, COALESCE(c.opens_at, c.created_at), c.closes_at
        FROM consultation c
        WHERE ${open} AND ${consultationVisibleSql('$1', '$2::uuid')}
          AND EXISTS (SELECT 1 FROM consultation_invitation ci WHERE ci.consultation_id = c.id AND ci.organization_id = $2::uuid)
          AND EXISTS (SELECT 1 FROM consultation_audience ca JOIN table_participant tp ON tp.table_id = ca.table_id AND tp.user_id = $1 WHERE ca.consultation_id = c.id)
          AND NOT EXISTS (SELECT 1 FROM consultation_response cr WHERE cr.consultation_id = c.id AND cr.organization_id = $2::uuid)
      UNION ALL
      SELECT 'CONSULTATION_TO_CLOSE', c.id, c.title, NULL, c.table_id, COALESCE(c.opens_at, c.created_at), c.closes_at
        FROM consultation c
        WHERE ${open} AND c.table_id IN (SELECT table_id FROM officer_tables)
          AND (c.closes_at <= now() + make_interval(days => $4)
            OR NOT EXISTS (SELECT 1 FROM consultation_invitation ci WHERE ci.consultation_id = c.id
              AND NOT EXISTS (SELECT 1 FROM consultation_response cr WHERE cr.consultation_id = c.id AND cr.organization_id = ci.organization_id)))
      UNION ALL
      SELECT 'MINUTES_TO_APPROVE', mt.id, mt.title, NULL, mt.table_id, COALESCE(mi.circulated_at, mi.updated_at), NULL
        FROM minutes mi JOIN meeting mt ON mt.id = mi.meeting_id
        WHERE mi.status = 'CIRCULATED' AND mt.table_id IN (SELECT table_id FROM officer_tables)
      UNION ALL
      SELECT 'AFFILIATION', u.id, u.display_name, o.name, NULL, u.updated_at, NULL
        FROM app_user u JOIN organization o ON o.id = u.pending_organization_id
        WHERE $3::boolean
      ORDER BY due_at ASC NULLS LAST, waiting_since ASC, target_id ASC
      LIMIT ${HOME_LIST_LIMIT}`,
      [viewer.userId, viewer.organizationId, isCoordinator(viewer), SOON_DAYS],
    );
    return rows.map((r) => ({
      kind: r.kind as PendingDecisionKind,
      targetId: r.target_id,
      title: r.title,
      detail: r.detail,
      tableId: r.table_id,
      waitingSince: r.waiting_since,
      dueAt: r.due_at,
    }));
  }

  /** The viewer's organization's requests to join tables, and those the viewer made, still undecided; oldest first. */
  myPendingMemberships(viewer: Viewer): Promise<TableMembershipEntity[]> {
    return this.dataSource
      .getRepository(TableMembershipEntity)
      .createQueryBuilder('m')
      .where(`m.status = 'PENDING'`)
      .andWhere('(m.requested_by_id = :viewerId OR m.organization_id = :viewerOrgId)', { viewerId: viewer.userId, viewerOrgId: viewer.organizationId })
      .orderBy('m.requested_at', 'ASC')
      .addOrderBy('m.id', 'ASC')
      .getMany();
  }

  /**
   * The viewer's own open items (assigned to them, or to their organization with no one named)
   * that are overdue, blocked or due within SOON_DAYS: overdue first, then blocked, then by due date.
   */
  urgentActionItems(viewer: Viewer): Promise<ActionItemEntity[]> {
    const urgency = `(CASE WHEN ${OVERDUE} THEN 0 WHEN ai.status = 'BLOCKED' THEN 1 ELSE 2 END)`;
    return this.dataSource
      .getRepository(ActionItemEntity)
      .createQueryBuilder('ai')
      .leftJoin('agenda_item', 'agi', 'agi.id = ai.agenda_item_id')
      .leftJoin('table_participant', 'tp', 'tp.table_id = ai.table_id AND tp.user_id = :viewerId')
      .where(this.actionItems.visibleSql(':viewerId', ':viewerOrgId'))
      .andWhere('(ai.assignee_id = :viewerId OR (ai.assignee_id IS NULL AND ai.assignee_organization_id = :viewerOrgId))')
      .andWhere(`ai.status IN ('OPEN', 'IN_PROGRESS', 'BLOCKED')`)
      .andWhere(`(ai.status = 'BLOCKED' OR (ai.due_on IS NOT NULL AND ai.due_on <= ${TABLE_TODAY} + CAST(:soonDays AS int)))`)
      .setParameters({ viewerId: viewer.userId, viewerOrgId: viewer.organizationId, soonDays: SOON_DAYS })
      .orderBy(urgency, 'ASC')
      .addOrderBy('ai.due_on', 'ASC', 'NULLS LAST')
      .addOrderBy('ai.id', 'ASC')
      .limit(HOME_LIST_LIMIT)
      .getMany();
  }

  /**
   * The next meetings at tables the viewer sits at, or that they are sent to as a substitute:
   * under way now, or scheduled and not yet started; never drafts, cancelled or adjourned ones.
   * Soonest first.
   */
  nextMeetings(viewer: Viewer): Promise<MeetingEntity[]> {
    return this.dataSource
      .getRepository(MeetingEntity)
      .createQueryBuilder('m')
      .where(`(m.tableId IN (SELECT p.table_id FROM table_participant p WHERE p.user_id = :viewerId) OR m.id IN ${substituteMeetingsSql(':viewerId')})`, {
        viewerId: viewer.userId,
      })
      .andWhere(`(m.status = 'IN_PROGRESS' OR (m.status = 'SCHEDULED' AND m.startsAt >= now()))`)
      .orderBy('m.startsAt', 'ASC')
      .addOrderBy('m.id', 'ASC')
      .limit(NEXT_MEETINGS)
      .getMany();
  }
}
