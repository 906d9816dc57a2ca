import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { tableZoneSql } from '../round-tables/table-zone';
import type { ReportPeriod } from './report-period';

/** One table's headline figures over a period, as the SQL below counts them. */
export interface TableFigures {
  tableId: string;
  meetingsHeld: number;
  meetingsCancelled: number;
  quorumMissed: number;
  attendanceRate: number | null;
  /** Σ (present ÷ ACTIVE) and the number of held meetings it sums, so that regions can average over several tables. */
  presenceSum: number;
  presenceMeetings: number;
  decisions: number;
  votes: number;
  actionItemsCreated: number;
  actionItemsCompleted: number;
  actionItemsOverdue: number;
  medianDaysToComplete: number | null;
  referralsSent: number;
  referralsReceived: number;
  referralsAnswered: number;
  medianDaysToAnswerReferral: number | null;
  consultationsRun: number;
  consultationResponseRate: number | null;
}

export interface OrganizationFigures {
  tableId: string;
  organizationId: string;
  meetingsAttended: number;
  meetingsHeld: number;
  actionItemsCompleted: number;
  actionItemsOpen: number;
  ballotsCast: number;
}

export interface MonthFigures {
  tableId: string;
  month: string;
  meetingsHeld: number;
  decisions: number;
  actionItemsCreated: number;
  actionItemsCompleted: number;
}

/** A Quebec administrative region, the REGIONAL tables that cover it and the protocols adopted there. */
export interface RegionCoverage {
  regionId: string;
  tableIds: string[];
  protocolsAdopted: number;
}

/**
 * The period of each table as instants: $2 and $3 are calendar days read in the table's zone,
 * both inclusive; "today" is the table's today. Every query below starts from it ($1: table ids).
 */
const PERIOD = `
  period AS (
    SELECT t.id AS table_id, t.quorum, z.zone,
           ($2::date::timestamp AT TIME ZONE z.zone) AS starts,
           (($3::date + 1)::timestamp AT TIME ZONE z.zone) AS ends,
           (now() AT TIME ZONE z.zone)::date AS today
      FROM round_table t
      CROSS JOIN LATERAL (SELECT ${tableZoneSql('t.id')} AS zone) z
     WHERE t.id = ANY($1::uuid[])
  ),
  active AS (
    SELECT m.table_id, m.organization_id FROM table_membership m WHERE m.table_id = ANY($1::uuid[]) AND m.status = 'ACTIVE'
  ),
  period_meeting AS (
    SELECT mt.id, mt.table_id, mt.status, to_char(mt.starts_at AT TIME ZONE p.zone, 'YYYY-MM') AS month,
           mt.status IN ('IN_PROGRESS', 'ADJOURNED') AS held
      FROM period p
      JOIN meeting mt ON mt.table_id = p.table_id AND mt.starts_at >= p.starts AND mt.starts_at < p.ends
  )`;

const IN_PERIOD = (column: string) => `(${column} >= p.starts AND ${column} < p.ends)`;
const COMPLETED_IN_PERIOD = `(ai.status = 'DONE' AND ${IN_PERIOD('ai.completed_at')})`;
const OPEN = `ai.status IN ('OPEN', 'IN_PROGRESS', 'BLOCKED')`;
const ANSWERED = `r.status IN ('ACCEPTED', 'DECLINED')`;
const DAYS = (later: string, earlier: string) => `extract(epoch FROM ${later} - ${earlier}) / 86400`;
/** Medians are days to one decimal: the reports show no more. */
const MEDIAN_DAYS = (later: string, earlier: string, filter: string) =>
  `round((percentile_cont(0.5) WITHIN GROUP (ORDER BY ${DAYS(later, earlier)}) FILTER (WHERE ${filter}))::numeric, 1)::float8`;

/**
 * The report figures (CONTRACT.md, "Reports"), counted by PostgreSQL for any number of tables in
 * one statement each: the network report asks for every table at once. Nothing here reads a title
 * or a text, only statuses, dates and ids.
 */
@Injectable()
export class ReportFigures {
  constructor(private readonly dataSource: DataSource) {}

  async tables(tableIds: readonly string[], period: ReportPeriod): Promise<Map<string, TableFigures>> {
    const rows: Array<Record<string, string | number | null>> = await this.dataSource.query(
      `WITH ${PERIOD},
       -- Counted once per table by a join: as a scalar sub-select PostgreSQL ran it again for every held meeting.
       active_count AS (
         SELECT p.table_id, count(a.organization_id)::int AS n FROM period p LEFT JOIN active a ON a.table_id = p.table_id GROUP BY p.table_id
       ),
       held_presence AS (
         SELECT pm.id, pm.table_id, count(DISTINCT act.organization_id)::int AS present
           FROM period_meeting pm
           LEFT JOIN attendance a ON a.meeting_id = pm.id AND a.status = 'PRESENT'
           LEFT JOIN active act ON act.table_id = pm.table_id AND act.organization_id = a.organization_id
          WHERE pm.held
          GROUP BY pm.id, pm.table_id
       ),
       presence AS (
         SELECT hp.table_id,
                count(*) FILTER (WHERE hp.present < COALESCE(p.quorum, ac.n / 2 + 1))::int AS quorum_missed,
                sum(hp.present::float8 / NULLIF(ac.n, 0)) AS presence_sum,
                count(*) FILTER (WHERE ac.n > 0)::int AS presence_meetings
           FROM held_presence hp JOIN period p USING (table_id) JOIN active_count ac USING (table_id)
          GROUP BY hp.table_id
       ),
       meetings AS (
         SELECT table_id, count(*) FILTER (WHERE held)::int AS held, count(*) FILTER (WHERE status = 'CANCELLED')::int AS cancelled
           FROM period_meeting GROUP BY table_id
       ),
       decisions AS (
         SELECT pm.table_id, count(*)::int AS n FROM period_meeting pm JOIN decision d ON d.meeting_id = pm.id GROUP BY pm.table_id
       ),
       votes AS (
         SELECT pm.table_id, count(*)::int AS n
           FROM period_meeting pm JOIN vote v ON v.meeting_id = pm.id AND v.status = 'CLOSED' GROUP BY pm.table_id
       ),
       actions AS (
         SELECT p.table_id,
                count(*) FILTER (WHERE ${IN_PERIOD('ai.created_at')})::int AS created,
                count(*) FILTER (WHERE ${COMPLETED_IN_PERIOD})::int AS completed,
                count(*) FILTER (WHERE ${OPEN} AND ai.due_on < p.today)::int AS overdue,
                ${MEDIAN_DAYS('ai.completed_at', 'ai.created_at', COMPLETED_IN_PERIOD)} AS median_days
           FROM period p JOIN action_item ai ON ai.table_id = p.table_id
          GROUP BY p.table_id
       ),
       sent AS (
         SELECT p.table_id, count(*)::int AS n
           FROM period p JOIN referral r ON r.from_table_id = p.table_id AND ${IN_PERIOD('r.referred_at')} GROUP BY p.table_id
       ),
       received AS (
         SELECT p.table_id, count(*)::int AS n, count(*) FILTER (WHERE ${ANSWERED})::int AS answered,
                ${MEDIAN_DAYS('r.decided_at', 'r.referred_at', ANSWERED)} AS median_days
           FROM period p JOIN referral r ON r.to_table_id = p.table_id AND ${IN_PERIOD('r.referred_at')} GROUP BY p.table_id
       ),
       consultations_run AS (
         SELECT p.table_id, count(*)::int AS n
           FROM period p JOIN consultation c ON c.table_id = p.table_id AND c.status <> 'DRAFT' AND ${IN_PERIOD('c.opens_at')}
          GROUP BY p.table_id
       ),
       consultations_closed AS (
         SELECT p.table_id,
                sum((SELECT count(*) FROM consultation_response cr WHERE cr.consultation_id = c.id))::float8
                  / NULLIF(sum((SELECT count(*) FROM consultation_invitation ci WHERE ci.consultation_id = c.id)), 0) AS rate
           FROM period p JOIN consultation c ON c.table_id = p.table_id AND c.status = 'CLOSED' AND ${IN_PERIOD('c.closed_at')}
          GROUP BY p.table_id
       )
       SELECT p.table_id,
              COALESCE(m.held, 0) AS meetings_held, COALESCE(m.cancelled, 0) AS meetings_cancelled,
              COALESCE(pr.quorum_missed, 0) AS quorum_missed,
              COALESCE(pr.presence_sum, 0) AS presence_sum, COALESCE(pr.presence_meetings, 0) AS presence_meetings,
              COALESCE(d.n, 0) AS decisions, COALESCE(v.n, 0) AS votes,
              COALESCE(ac.created, 0) AS actions_created, COALESCE(ac.completed, 0) AS actions_completed,
              COALESCE(ac.overdue, 0) AS actions_overdue, ac.median_days AS median_days_to_complete,
              COALESCE(s.n, 0) AS referrals_sent, COALESCE(rc.n, 0) AS referrals_received,
              COALESCE(rc.answered, 0) AS referrals_answered, rc.median_days AS median_days_to_answer,
              COALESCE(cr.n, 0) AS consultations_run, cc.rate AS consultation_response_rate
         FROM period p
         LEFT JOIN meetings m USING (table_id)
         LEFT JOIN presence pr USING (table_id)
         LEFT JOIN decisions d USING (table_id)
         LEFT JOIN votes v USING (table_id)
         LEFT JOIN actions ac USING (table_id)
         LEFT JOIN sent s USING (table_id)
         LEFT JOIN received rc USING (table_id)
         LEFT JOIN consultations_run cr USING (table_id)
         LEFT JOIN consultations_closed cc USING (table_id)`,
      [[...tableIds], period.from, period.to],
    );
    return new Map(
      rows.map((r) => {
        const presenceMeetings = Number(r.presence_meetings);
        const presenceSum = Number(r.presence_sum);
        const figures: TableFigures = {
          tableId: String(r.table_id),
          meetingsHeld: Number(r.meetings_held),
          meetingsCancelled: Number(r.meetings_cancelled),
          quorumMissed: Number(r.quorum_missed),
          attendanceRate: presenceMeetings > 0 ? presenceSum / presenceMeetings : null,
          presenceSum,
          presenceMeetings,
          decisions: Number(r.decisions),
          votes: Number(r.votes),
          actionItemsCreated: Number(r.actions_created),
          actionItemsCompleted: Number(r.actions_completed),
          actionItemsOverdue: Number(r.actions_overdue),
          medianDaysToComplete: numberOrNull(r.median_days_to_complete),
          referralsSent: Number(r.referrals_sent),
          referralsReceived: Number(r.referrals_received),
          referralsAnswered: Number(r.referrals_answered),
          medianDaysToAnswerReferral: numberOrNull(r.median_days_to_answer),
          consultationsRun: Number(r.consultations_run),
          consultationResponseRate: numberOrNull(r.consultation_response_rate),
        };
        return [figures.tableId, figures];
      }),
    );
  }

  /** One row per ACTIVE member organization of each table, by organization name. */
  async organizations(tableIds: readonly string[], period: ReportPeriod): Promise<OrganizationFigures[]> {
    const rows: Array<Record<string, string | number>> = await this.dataSource.query(
      `WITH ${PERIOD},
       held AS (SELECT table_id, count(*)::int AS n FROM period_meeting WHERE held GROUP BY table_id),
       attended AS (
         SELECT pm.table_id, a.organization_id, count(DISTINCT pm.id)::int AS n
           FROM period_meeting pm JOIN attendance a ON a.meeting_id = pm.id AND a.status = 'PRESENT'
          WHERE pm.held AND a.organization_id IS NOT NULL
          GROUP BY pm.table_id, a.organization_id
       ),
       actions AS (
         SELECT p.table_id, COALESCE(ai.assignee_organization_id, u.organization_id) AS organization_id,
                count(*) FILTER (WHERE ${COMPLETED_IN_PERIOD})::int AS completed,
                count(*) FILTER (WHERE ${OPEN})::int AS open
           FROM period p
           JOIN action_item ai ON ai.table_id = p.table_id
           LEFT JOIN app_user u ON u.id = ai.assignee_id AND ai.assignee_organization_id IS NULL
          GROUP BY 1, 2
       ),
       ballots AS (
         SELECT pm.table_id, b.organization_id, count(*)::int AS n
           FROM period_meeting pm
           JOIN vote v ON v.meeting_id = pm.id AND v.status = 'CLOSED'
           JOIN ballot b ON b.vote_id = v.id
          GROUP BY pm.table_id, b.organization_id
       )
       SELECT act.table_id, act.organization_id,
              COALESCE(at.n, 0) AS meetings_attended, COALESCE(h.n, 0) AS meetings_held,
              COALESCE(ac.completed, 0) AS actions_completed, COALESCE(ac.open, 0) AS actions_open,
              COALESCE(b.n, 0) AS ballots_cast
         FROM active act
         JOIN organization o ON o.id = act.organization_id
         LEFT JOIN held h ON h.table_id = act.table_id
         LEFT JOIN attended at ON at.table_id = act.table_id AND at.organization_id = act.organization_id
         LEFT JOIN actions ac ON ac.table_id = act.table_id AND ac.organization_id = act.organization_id
         LEFT JOIN ballots b ON b.table_id = act.table_id AND b.organization_id = act.organization_id
        ORDER BY act.table_id, o.name, o.id`,
      [[...tableIds], period.from, period.to],
    );
    return rows.map((r) => ({
      tableId: String(r.table_id),
      organizationId: String(r.organization_id),
      meetingsAttended: Number(r.meetings_attended),
      meetingsHeld: Number(r.meetings_held),
      actionItemsCompleted: Number(r.actions_completed),
      actionItemsOpen: Number(r.actions_open),
      ballotsCast: Number(r.ballots_cast),
    }));
  }

  /**
   * One row per calendar month touching the period for each table, oldest first; a month counts
   * only what falls inside the period, each event placed in its month in the table's zone.
   */
  async months(tableIds: readonly string[], period: ReportPeriod): Promise<MonthFigures[]> {
    const rows: Array<Record<string, string | number>> = await this.dataSource.query(
      `WITH ${PERIOD},
       month_list AS (
         SELECT p.table_id, to_char(gs, 'YYYY-MM') AS month
           FROM period p
           CROSS JOIN generate_series(date_trunc('month', $2::date::timestamp), date_trunc('month', $3::date::timestamp), interval '1 month') gs
       ),
       meetings AS (
         SELECT table_id, month, count(*) FILTER (WHERE held)::int AS held FROM period_meeting GROUP BY table_id, month
       ),
       decisions AS (
         SELECT pm.table_id, pm.month, count(*)::int AS n
           FROM period_meeting pm JOIN decision d ON d.meeting_id = pm.id GROUP BY pm.table_id, pm.month
       ),
       created AS (
         SELECT p.table_id, to_char(ai.created_at AT TIME ZONE p.zone, 'YYYY-MM') AS month, count(*)::int AS n
           FROM period p JOIN action_item ai ON ai.table_id = p.table_id AND ${IN_PERIOD('ai.created_at')}
          GROUP BY 1, 2
       ),
       completed AS (
         SELECT p.table_id, to_char(ai.completed_at AT TIME ZONE p.zone, 'YYYY-MM') AS month, count(*)::int AS n
           FROM period p JOIN action_item ai ON ai.table_id = p.table_id AND ${COMPLETED_IN_PERIOD}
          GROUP BY 1, 2
       )
       SELECT ml.table_id, ml.month,
              COALESCE(m.held, 0) AS meetings_held, COALESCE(d.n, 0) AS decisions,
              COALESCE(c.n, 0) AS actions_created, COALESCE(cp.n, 0) AS actions_completed
         FROM month_list ml
         LEFT JOIN meetings m USING (table_id, month)
         LEFT JOIN decisions d USING (table_id, month)
         LEFT JOIN created c USING (table_id, month)
         LEFT JOIN completed cp USING (table_id, month)
        ORDER BY ml.table_id, ml.month`,
      [[...tableIds], period.from, period.to],
    );
    return rows.map((r) => ({
      tableId: String(r.table_id),
      month: String(r.month),
      meetingsHeld: Number(r.meetings_held),
      decisions: Number(r.decisions),
      actionItemsCreated: Number(r.actions_created),
      actionItemsCompleted: Number(r.actions_completed),
    }));
  }

  /** Tables that are not archived, by name. */
  async openTableIds(): Promise<string[]> {
    const rows: Array<{ id: string }> = await this.dataSource.query(`SELECT id FROM round_table WHERE archived_at IS NULL ORDER BY name, id`);
    return rows.map((r) => r.id);
  }

  /**
   * Quebec's 17 administrative regions by code, each with the REGIONAL tables that cover it
   * (archived ones left out) and the number of protocols one of them has ADOPTED.
   */
  async quebecRegions(): Promise<RegionCoverage[]> {
    const rows: Array<{ region_id: string; table_ids: string[] | null; protocols_adopted: number }> = await this.dataSource.query(
      `WITH quebec AS (
         SELECT r.id, r.code FROM region r JOIN region parent ON parent.id = r.parent_id AND parent.code = 'CA-QC'
          WHERE r.kind = 'ADMINISTRATIVE_REGION'
       ),
       covering AS (
         SELECT rtr.region_id, t.id AS table_id
           FROM round_table_region rtr JOIN round_table t ON t.id = rtr.table_id AND t.level = 'REGIONAL' AND t.archived_at IS NULL
       )
       SELECT q.id AS region_id,
              (SELECT array_agg(c.table_id ORDER BY c.table_id) FROM covering c WHERE c.region_id = q.id) AS table_ids,
              (SELECT count(DISTINCT a.protocol_id) FROM covering c JOIN protocol_adoption a ON a.table_id = c.table_id AND a.status = 'ADOPTED'
                WHERE c.region_id = q.id)::int AS protocols_adopted
         FROM quebec q
        ORDER BY q.code`,
    );
    return rows.map((r) => ({ regionId: r.region_id, tableIds: r.table_ids ?? [], protocolsAdopted: Number(r.protocols_adopted) }));
  }
}

function numberOrNull(value: string | number | null | undefined): number | null {
  return value === null || value === undefined ? null : Number(value);
}
