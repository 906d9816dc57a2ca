import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, In } from 'typeorm';
import { isUuid } from '@concertation/shared-domain';
import type { Viewer } from '../../core/auth/viewer';
import { badInput, forbidden, notFound } from '../../core/errors/domain-errors';
import { OrganizationEntity } from '../directory/organization.entity';
import { RoundTableEntity } from '../round-tables/round-table.entity';
import { findOrNotFound } from '../round-tables/table-lookup';
import { checkAnswers, questionOptions } from './answer-rules';
import { ConsultationActivity } from './consultation-activity';
import { ConsultationAudienceEntity, ConsultationEntity, ConsultationQuestionEntity, ConsultationResponseEntity, effectiveStatus } from './consultation.entity';
import { ConsultationsPolicy } from './consultations.policy';
import type { SubmitConsultationResponseArgs } from './dto/consultation.args';
import type { CreateConsultationInput, QuestionInput } from './dto/create-consultation.input';
import type { UpdateConsultationInput } from './dto/update-consultation.input';

/**
 * A consultation's life: created as a DRAFT by officers of the running table, opened (the
 * invited organizations are written down and told), answered once per organization (a later
 * submission replaces the earlier one), closed by an officer or by itself at closesAt.
 */
@Injectable()
export class ConsultationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: ConsultationsPolicy,
    private readonly activity: ConsultationActivity,
  ) {}

  async create(viewer: Viewer, input: CreateConsultationInput): Promise<ConsultationEntity> {
    return this.dataSource.transaction(async (manager) => {
      const table = await this.policy.assertCanCreate(manager, viewer, input.tableId);
      const audienceIds = await this.audience(manager, table.id, input.audienceTableIds);
      this.assertClosesLater(input.closesAt);
      const options = input.questions.map((question, index) => questionOptions(question, index));
      const inserted = await manager.insert(ConsultationEntity, {
        tableId: table.id,
        title: input.title,
        description: input.description ?? null,
        status: 'DRAFT',
        opensAt: null,
        closesAt: input.closesAt,
        closedAt: null,
        createdById: viewer.userId,
      });
      const id = inserted.identifiers[0].id as string;
      await this.writeQuestions(manager, id, input.questions, options);
      await this.writeAudience(manager, id, audienceIds);
      const consultation = await manager.findOneByOrFail(ConsultationEntity, { id });
      await this.activity.record(manager, viewer.userId, consultation, 'consultation.created');
      return consultation;
    });
  }

  /** A DRAFT's changes, with the checks of its creation; new questions get new ids (nobody has answered a DRAFT). */
  async update(viewer: Viewer, id: string, input: UpdateConsultationInput): Promise<ConsultationEntity> {
    return this.dataSource.transaction(async (manager) => {
      const consultation = await this.locked(manager, id);
      await this.policy.assertMayEdit(manager, viewer, consultation);
      const audienceIds = input.audienceTableIds ? await this.audience(manager, consultation.tableId, input.audienceTableIds) : null;
      if (input.closesAt) this.assertClosesLater(input.closesAt);
      const options = input.questions ? input.questions.map((question, index) => questionOptions(question, index)) : null;
      await manager.update(
        ConsultationEntity,
        { id: consultation.id },
        {
          title: input.title ?? consultation.title,
          description: input.description === undefined ? consultation.description : input.description,
          closesAt: input.closesAt ?? consultation.closesAt,
        },
      );
      if (input.questions && options) {
        await manager.delete(ConsultationQuestionEntity, { consultationId: consultation.id });
        await this.writeQuestions(manager, consultation.id, input.questions, options);
      }
      if (audienceIds) {
        await manager.delete(ConsultationAudienceEntity, { consultationId: consultation.id });
        await this.writeAudience(manager, consultation.id, audienceIds);
      }
      const updated = await manager.findOneByOrFail(ConsultationEntity, { id: consultation.id });
      await this.activity.record(manager, viewer.userId, updated, 'consultation.updated');
      return updated;
    });
  }

  private assertClosesLater(closesAt: Date): void {
    if (closesAt.getTime() <= Date.now()) throw badInput('closesAt must be in the future.', 'closesAt');
  }

  private async writeQuestions(manager: EntityManager, consultationId: string, questions: QuestionInput[], options: string[][]): Promise<void> {
    await manager.insert(
      ConsultationQuestionEntity,
      questions.map((question, index) => ({
        consultationId,
        position: index + 1,
        prompt: question.prompt,
        kind: question.kind,
        options: options[index],
        required: question.required ?? false,
      })),
    );
  }

  private async writeAudience(manager: EntityManager, consultationId: string, audienceIds: string[]): Promise<void> {
    await manager.insert(
      ConsultationAudienceEntity,
      audienceIds.map((tableId) => ({ consultationId, tableId })),
    );
  }

  /** DRAFT → OPEN: the ACTIVE member organizations of the audience tables are invited, and told. */
  async open(viewer: Viewer, id: string): Promise<ConsultationEntity> {
    return this.dataSource.transaction(async (manager) => {
      const consultation = await this.locked(manager, id);
      await this.policy.assertMayOpen(manager, viewer, consultation);
      if (consultation.status !== 'DRAFT') throw forbidden('Only a DRAFT consultation can be opened.');
      if (consultation.closesAt.getTime() <= Date.now()) throw forbidden('This consultation’s closesAt has passed: it can no longer be opened.');
      await manager.query(
        `INSERT INTO consultation_invitation (consultation_id, organization_id)
         SELECT DISTINCT ca.consultation_id, tm.organization_id
           FROM consultation_audience ca
           JOIN table_membership tm ON tm.table_id = ca.table_id AND tm.status = 'ACTIVE'
          WHERE ca.consultation_id = $1
         ON CONFLICT DO NOTHING`,
        [consultation.id],
      );
      await manager.update(ConsultationEntity, { id: consultation.id }, { status: 'OPEN', opensAt: () => 'now()' } as never);
      const opened = await manager.findOneByOrFail(ConsultationEntity, { id: consultation.id });
      await this.activity.record(manager, viewer.userId, opened, 'consultation.opened');
      await this.activity.notifyOpened(manager, viewer.userId, opened);
      return opened;
    });
  }

  /** OPEN → CLOSED before closesAt: closesAt becomes the moment it closed. */
  async close(viewer: Viewer, id: string): Promise<ConsultationEntity> {
    return this.dataSource.transaction(async (manager) => {
      const consultation = await this.locked(manager, id);
      await this.policy.assertOfficer(manager, viewer, consultation);
      if (effectiveStatus(consultation) !== 'OPEN') throw forbidden('Only an OPEN consultation can be closed.');
      await manager.update(ConsultationEntity, { id: consultation.id }, {
        status: 'CLOSED',
        closedAt: () => 'now()',
        closesAt: () => 'LEAST(closes_at, now())',
      } as never);
      const closed = await manager.findOneByOrFail(ConsultationEntity, { id: consultation.id });
      await this.activity.record(manager, viewer.userId, closed, 'consultation.closed');
      return closed;
    });
  }

  /** One response per organization: a later submission while OPEN replaces its answers. */
  async submit(viewer: Viewer, args: SubmitConsultationResponseArgs): Promise<ConsultationResponseEntity> {
    return this.dataSource.transaction(async (manager) => {
      // Shared lock: answers queue behind a closing, and a closing behind the answers in flight.
      const consultation = isUuid(args.consultationId)
        ? await manager.findOne(ConsultationEntity, { where: { id: args.consultationId }, lock: { mode: 'pessimistic_read' } })
        : null;
      if (!consultation) throw notFound('consultation');
      await findOrNotFound(manager, OrganizationEntity, args.organizationId, 'organization');
      await this.policy.assertMayAnswer(manager, viewer, consultation, args.organizationId);
      if (effectiveStatus(consultation) !== 'OPEN') throw forbidden('This consultation is not open for answers.');
      const questions = await manager.find(ConsultationQuestionEntity, { where: { consultationId: consultation.id }, order: { position: 'ASC' } });
      const asked = args.answers.map((a) => a.questionId).filter((qid) => isUuid(qid) && !questions.some((q) => q.id === qid));
      const known = asked.length ? await manager.findBy(ConsultationQuestionEntity, { id: In(asked) }) : [];
      const answers = checkAnswers(questions, args.answers, new Set(known.map((q) => q.id)));
      const rows: Array<{ id: string }> = await manager.query(
        `INSERT INTO consultation_response (consultation_id, organization_id, submitted_by_id, submitted_at, answers)
         VALUES ($1, $2, $3, now(), $4::jsonb)
         ON CONFLICT (consultation_id, organization_id)
         DO UPDATE SET submitted_by_id = EXCLUDED.submitted_by_id, submitted_at = EXCLUDED.submitted_at, answers = EXCLUDED.answers
         RETURNING id`,
        [consultation.id, args.organizationId, viewer.userId, JSON.stringify(answers)],
      );
      await this.activity.record(manager, viewer.userId, consultation, 'consultation.answered');
      return manager.findOneByOrFail(ConsultationResponseEntity, { id: rows[0].id });
    });
  }

  private async locked(manager: EntityManager, id: string): Promise<ConsultationEntity> {
    const consultation = isUuid(id) ? await manager.findOne(ConsultationEntity, { where: { id }, lock: { mode: 'pessimistic_write' } }) : null;
    if (!consultation) throw notFound('consultation');
    return consultation;
  }

  /**
   * The audience, without repeats: unknown or malformed ids are NOT_FOUND; the policy says which
   * tables may be consulted.
   */
  private async audience(manager: EntityManager, tableId: string, ids: string[]): Promise<string[]> {
    const unique = [...new Set(ids)];
    if (!unique.every(isUuid)) throw notFound('table');
    const tables = await manager.findBy(RoundTableEntity, { id: In(unique) });
    if (tables.length !== unique.length) throw notFound('table');
    await this.policy.assertAudience(manager, tableId, tables);
    return unique;
  }
}
