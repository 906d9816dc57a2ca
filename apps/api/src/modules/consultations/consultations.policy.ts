import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { isUuid } from '@concertation/shared-domain';
import type { Viewer } from '../../core/auth/viewer';
import { forbidden, notFound } from '../../core/errors/domain-errors';
import type { RequestContext } from '../../core/graphql/request-context';
import type { RoundTableEntity } from '../round-tables/round-table.entity';
import { RoundTablesPolicy, type Seat } from '../round-tables/round-tables.policy';
import { tableOrNotFound } from '../round-tables/table-lookup';
import { TableParticipantEntity } from '../round-tables/table-participant.entity';
import { ConsultationAudienceEntity, type ConsultationEntity, ConsultationInvitationEntity, effectiveStatus } from './consultation.entity';
import { ConsultationsLoaders } from './consultations.loaders';

/** What one person may do with one consultation. */
export interface ConsultationRights {
  /** May read it (and follow its progress live). */
  read: boolean;
  /** An officer of the running table: opens, closes, and sees results at any time. */
  officer: boolean;
  /** The viewer's (confirmed) organization is invited. */
  invited: boolean;
  /** `results`: officers at any time, invited organizations' people once CLOSED. */
  results: boolean;
}

/**
 * What a viewer may read, in SQL, mirroring `decide` (alias `c`; parameters $viewer and $org are
 * numbered by the caller): a DRAFT for those who sit at the running table; once opened, also for
 * those who sit at an audience table and for the people of invited organizations.
 */
export function visibleSql(viewerParam: string, orgParam: string): string {
  return `(EXISTS (SELECT 1 FROM table_participant tp WHERE tp.table_id = c.table_id AND tp.user_id = ${viewerParam})
    OR (c.status <> 'DRAFT' AND (
      EXISTS (SELECT 1 FROM consultation_audience ca JOIN table_participant tp ON tp.table_id = ca.table_id AND tp.user_id = ${viewerParam} WHERE ca.consultation_id = c.id)
      OR EXISTS (SELECT 1 FROM consultation_invitation ci WHERE ci.consultation_id = c.id AND ci.organization_id = ${orgParam}))))`;
}

/**
 * Who may do what with consultations (docs/api-guide.md): officers of the running table create, open
 * and close them, for audiences at or below that table; those who sit at the running table read
 * them; once opened, so do those who sit at an audience table and the invited organizations'
 * people. A user of an invited organization who sits at an audience table answers for it.
 * Results: for the running table's officers at any time, for invited organizations once CLOSED.
 */
@Injectable()
export class ConsultationsPolicy {
  constructor(
    private readonly seats: RoundTablesPolicy,
    private readonly loaders: ConsultationsLoaders,
  ) {}

  decide(viewer: Viewer | null, consultation: ConsultationEntity, running: Seat, audienceSeats: Seat[], invited: string[]): ConsultationRights {
    if (!viewer) return { read: false, officer: false, invited: false, results: false };
    const isInvited = !!viewer.organizationId && invited.includes(viewer.organizationId);
    const status = effectiveStatus(consultation);
    const read = this.seats.sits(running) || (status !== 'DRAFT' && (audienceSeats.some((s) => this.seats.sits(s)) || isInvited));
    const officer = read && this.seats.isOfficer(running);
    return { read, officer, invited: read && isInvited, results: officer || (read && isInvited && status === 'CLOSED') };
  }

  /** Rights for reads (fields, lists, live events), batched per request. */
  async rights(ctx: RequestContext, consultation: ConsultationEntity): Promise<ConsultationRights> {
    const [running, audience, invited] = await Promise.all([
      this.seats.viewerSeat(ctx, consultation.tableId),
      this.loaders.audience(ctx).load(consultation.id),
      this.loaders.invited(ctx).load(consultation.id),
    ]);
    const audienceSeats = await Promise.all(audience.map((tableId) => this.seats.viewerSeat(ctx, tableId)));
    return this.decide(ctx.viewer, consultation, running, audienceSeats, invited);
  }

  /** `consultation(id)`: NOT_FOUND for an unknown or malformed id, FORBIDDEN when the viewer may not read it. */
  async readable(ctx: RequestContext, id: string): Promise<ConsultationEntity> {
    const consultation = isUuid(id) ? await this.loaders.consultation(ctx).load(id) : null;
    if (!consultation) throw notFound('consultation');
    if (!(await this.rights(ctx, consultation)).read) throw forbidden('You may not read this consultation.');
    return consultation;
  }

  /** Rights inside a mutation's transaction. */
  async rightsIn(manager: EntityManager, viewer: Viewer, consultation: ConsultationEntity): Promise<ConsultationRights & { audienceSeats: Seat[] }> {
    const running = await this.seats.seatIn(manager, viewer.userId, consultation.tableId);
    const audience = await manager.findBy(ConsultationAudienceEntity, { consultationId: consultation.id });
    const audienceSeats = audience.length
      ? await manager.getRepository(TableParticipantEntity).find({ where: audience.map((a) => ({ tableId: a.tableId, userId: viewer.userId })) })
      : [];
    const invited = (await manager.findBy(ConsultationInvitationEntity, { consultationId: consultation.id })).map((i) => i.organizationId);
    return { ...this.decide(viewer, consultation, running, audienceSeats, invited), audienceSeats };
  }

  /**
   * createConsultation: the running table exists (NOT_FOUND), the viewer is one of its officers,
   * and it is not archived.
   */
  async assertCanCreate(manager: EntityManager, viewer: Viewer, tableId: string): Promise<RoundTableEntity> {
    const table = await tableOrNotFound(manager, tableId);
    await this.seats.assertOfficer(manager, viewer, table.id);
    this.seats.assertNotArchived(table);
    return table;
  }

  /**
   * updateConsultation: the same officers who may create one for its running table (which is not
   * archived), and only while it is a DRAFT: once opened, organizations answer the questions as
   * they were sent.
   */
  async assertMayEdit(manager: EntityManager, viewer: Viewer, consultation: ConsultationEntity): Promise<void> {
    await this.assertCanCreate(manager, viewer, consultation.tableId);
    if (consultation.status !== 'DRAFT') throw forbidden('Only a DRAFT consultation can be edited.');
  }

  /**
   * The audience (docs/api-guide.md): the running table or tables below it, none archived
   * (FORBIDDEN otherwise).
   */
  async assertAudience(manager: EntityManager, runningTableId: string, audience: RoundTableEntity[]): Promise<void> {
    const reach = await this.withinAudienceReach(
      manager,
      runningTableId,
      audience.map((t) => t.id),
    );
    if (audience.some((t) => !reach.has(t.id))) throw forbidden('Audience tables must be the running table or tables below it.');
    if (audience.some((t) => t.archivedAt)) throw forbidden('An archived table cannot be consulted.');
  }

  /** Opening: the running table's officers, while that table is not archived. */
  async assertMayOpen(manager: EntityManager, viewer: Viewer, consultation: ConsultationEntity): Promise<void> {
    await this.assertOfficer(manager, viewer, consultation);
    this.seats.assertNotArchived(await tableOrNotFound(manager, consultation.tableId));
  }

  /** Opening and closing: the running table's officers only (coordinators who do not sit there are refused). */
  async assertOfficer(manager: EntityManager, viewer: Viewer, consultation: ConsultationEntity): Promise<void> {
    const rights = await this.rightsIn(manager, viewer, consultation);
    if (!rights.read) throw forbidden('You may not read this consultation.');
    if (!rights.officer) throw forbidden('Only the officers of the running table may do this.');
  }

  /**
   * Answering for an organization: a confirmed user of it, who sits at one of the audience
   * tables, for an organization the consultation invited.
   */
  async assertMayAnswer(manager: EntityManager, viewer: Viewer, consultation: ConsultationEntity, organizationId: string): Promise<void> {
    const rights = await this.rightsIn(manager, viewer, consultation);
    if (!rights.read) throw forbidden('You may not read this consultation.');
    if (viewer.organizationId !== organizationId) throw forbidden('Only the people of an organization answer for it.');
    if (!rights.audienceSeats.some((s) => this.seats.sits(s))) throw forbidden('Only those who sit at one of the audience tables answer.');
    if (!rights.invited) throw forbidden('This organization is not invited to this consultation.');
  }

  /** Which of `tableIds` are the running table or tables below it (any depth). */
  private async withinAudienceReach(manager: EntityManager, tableId: string, tableIds: string[]): Promise<Set<string>> {
    // UNION (not UNION ALL) stops on a cycle already in the data instead of looping forever.
    const rows: Array<{ id: string }> = await manager.query(
      `WITH RECURSIVE down(id) AS (
         SELECT id FROM round_table WHERE id = $1
         UNION
         SELECT t.id FROM round_table t JOIN down ON t.parent_id = down.id
       )
       SELECT id FROM down WHERE id = ANY($2::uuid[])`,
      [tableId, tableIds],
    );
    return new Set(rows.map((r) => r.id));
  }
}
