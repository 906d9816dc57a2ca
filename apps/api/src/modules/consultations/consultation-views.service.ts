import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ConsultationStatus } from '@concertation/shared-domain';
import type { RequestContext } from '../../core/graphql/request-context';
import { ConsultationEntity, type ConsultationQuestionEntity, type ConsultationResponseEntity, EFFECTIVE_STATUS_SQL } from './consultation.entity';
import { ConsultationsLoaders } from './consultations.loaders';
import { ConsultationsPolicy, visibleSql } from './consultations.policy';
import type { ConsultationResultsModel, QuestionResultModel } from './models/consultation-results.model';

/** Reads of consultations: one, the viewer's, a table's; results and counts with the viewer's rights. */
@Injectable()
export class ConsultationViewsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: ConsultationsPolicy,
    private readonly loaders: ConsultationsLoaders,
  ) {}

  one(ctx: RequestContext, id: string): Promise<ConsultationEntity> {
    return this.policy.readable(ctx, id);
  }

  /** Consultations the viewer may read (their tables run them, or they are addressed to them), newest first. */
  mine(ctx: RequestContext, status: ConsultationStatus | null | undefined): Promise<ConsultationEntity[]> {
    return this.list(ctx, 'true', [], status);
  }

  /** Those the table runs and, once opened, those addressed to it, that the viewer may read; newest first. */
  ofTable(ctx: RequestContext, tableId: string): Promise<ConsultationEntity[]> {
    return this.list(
      ctx,
      `(c.table_id = $3 OR (c.status <> 'DRAFT' AND EXISTS (SELECT 1 FROM consultation_audience a WHERE a.consultation_id = c.id AND a.table_id = $3)))`,
      [tableId],
      null,
    );
  }

  private async list(ctx: RequestContext, scope: string, params: unknown[], status: ConsultationStatus | null | undefined): Promise<ConsultationEntity[]> {
    const viewer = ctx.viewer;
    if (!viewer) return [];
    const all = [viewer.userId, viewer.organizationId, ...params];
    let filter = '';
    if (status) {
      all.push(status);
      filter = ` AND ${EFFECTIVE_STATUS_SQL} = $${all.length}`;
    }
    const rows: Array<{ id: string }> = await this.dataSource.query(
      `SELECT c.id FROM consultation c WHERE ${visibleSql('$1', '$2::uuid')} AND ${scope}${filter} ORDER BY c.created_at DESC, c.id DESC`,
      all,
    );
    const found = await this.loaders.consultation(ctx).loadMany(rows.map((r) => r.id));
    return found.filter((c): c is ConsultationEntity => !!c && !(c instanceof Error));
  }

  invitedIds(ctx: RequestContext, consultation: ConsultationEntity): Promise<string[]> {
    return this.loaders.invited(ctx).load(consultation.id);
  }

  async respondedIds(ctx: RequestContext, consultation: ConsultationEntity): Promise<string[]> {
    return (await this.loaders.responses(ctx).load(consultation.id)).map((r) => r.organizationId);
  }

  /** The response of the viewer's organization, when the viewer may read the consultation. */
  async viewerResponse(ctx: RequestContext, consultation: ConsultationEntity): Promise<ConsultationResponseEntity | null> {
    const orgId = ctx.viewer?.organizationId;
    if (!orgId || !(await this.policy.rights(ctx, consultation)).read) return null;
    return (await this.loaders.responses(ctx).load(consultation.id)).find((r) => r.organizationId === orgId) ?? null;
  }

  async counts(ctx: RequestContext, consultation: ConsultationEntity): Promise<{ invitedCount: number; responseCount: number }> {
    const [invited, responses] = await Promise.all([this.loaders.invited(ctx).load(consultation.id), this.loaders.responses(ctx).load(consultation.id)]);
    return { invitedCount: invited.length, responseCount: responses.length };
  }

  /** For the running table's officers at any time; for invited organizations once CLOSED; null otherwise. */
  async results(ctx: RequestContext, consultation: ConsultationEntity): Promise<ConsultationResultsModel | null> {
    if (!(await this.policy.rights(ctx, consultation)).results) return null;
    const [questions, responses, counts] = await Promise.all([
      this.loaders.questions(ctx).load(consultation.id),
      this.loaders.responses(ctx).load(consultation.id),
      this.counts(ctx, consultation),
    ]);
    return { ...counts, questions: questions.map((q) => tally(q, responses)) };
  }
}

function tally(question: ConsultationQuestionEntity, responses: ConsultationResponseEntity[]): QuestionResultModel {
  const answers = responses.map((r) => r.answers.find((a) => a.questionId === question.id)).filter((a) => !!a);
  const scales = answers.map((a) => a.scale).filter((s): s is number => typeof s === 'number');
  return {
    question: question as never,
    optionCounts: question.options.map((option) => ({ option, count: answers.filter((a) => a.choices.includes(option)).length })),
    averageScale: question.kind === 'SCALE' && scales.length > 0 ? scales.reduce((sum, s) => sum + s, 0) / scales.length : null,
    texts: question.kind === 'TEXT' ? answers.map((a) => a.text).filter((t): t is string => !!t) : [],
  };
}
