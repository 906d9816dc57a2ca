import { Injectable } from '@nestjs/common';
import type DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import type { RequestContext } from '../../core/graphql/request-context';
import { byKey, groupByKey } from '../../core/graphql/request-loaders';
import { ConsultationAudienceEntity, ConsultationEntity, ConsultationQuestionEntity, ConsultationResponseEntity } from './consultation.entity';

/** Per-request loaders of consultations and what hangs off them: a list costs one query per relation. */
@Injectable()
export class ConsultationsLoaders {
  constructor(private readonly dataSource: DataSource) {}

  consultation(ctx: RequestContext): DataLoader<string, ConsultationEntity | null> {
    return ctx.loaders.get('consultation.byId', async (ids: readonly string[]) =>
      byKey(ids, await this.dataSource.getRepository(ConsultationEntity).findBy({ id: In([...ids]) }), (c) => c.id),
    );
  }

  /** Each consultation's questions, in order. */
  questions(ctx: RequestContext): DataLoader<string, ConsultationQuestionEntity[]> {
    return ctx.loaders.get('consultation.questions', async (ids: readonly string[]) =>
      groupByKey(
        ids,
        await this.dataSource.getRepository(ConsultationQuestionEntity).find({ where: { consultationId: In([...ids]) }, order: { position: 'ASC' } }),
        (q) => q.consultationId,
      ),
    );
  }

  question(ctx: RequestContext): DataLoader<string, ConsultationQuestionEntity | null> {
    return ctx.loaders.get('consultation.question', async (ids: readonly string[]) =>
      byKey(ids, await this.dataSource.getRepository(ConsultationQuestionEntity).findBy({ id: In([...ids]) }), (q) => q.id),
    );
  }

  /** Each consultation's audience table ids. */
  audience(ctx: RequestContext): DataLoader<string, string[]> {
    return ctx.loaders.get('consultation.audience', async (ids: readonly string[]) =>
      groupByKey(ids, await this.dataSource.getRepository(ConsultationAudienceEntity).findBy({ consultationId: In([...ids]) }), (a) => a.consultationId).map(
        (rows) => rows.map((a) => a.tableId),
      ),
    );
  }

  /**
   * Each consultation's invited organization ids: those written down when it opened; while it is
   * a DRAFT, the ACTIVE member organizations of its audience tables as they are now.
   */
  invited(ctx: RequestContext): DataLoader<string, string[]> {
    return ctx.loaders.get('consultation.invited', async (ids: readonly string[]) => {
      const rows: Array<{ consultation_id: string; organization_id: string }> = await this.dataSource.query(
        `SELECT ci.consultation_id, ci.organization_id FROM consultation_invitation ci WHERE ci.consultation_id = ANY($1::uuid[])
         UNION
         SELECT ca.consultation_id, tm.organization_id
           FROM consultation c
           JOIN consultation_audience ca ON ca.consultation_id = c.id
           JOIN table_membership tm ON tm.table_id = ca.table_id AND tm.status = 'ACTIVE'
          WHERE c.status = 'DRAFT' AND c.id = ANY($1::uuid[])`,
        [[...ids]],
      );
      return groupByKey(ids, rows, (r) => r.consultation_id).map((group) => group.map((r) => r.organization_id));
    });
  }

  /** Each consultation's responses, oldest submission first. */
  responses(ctx: RequestContext): DataLoader<string, ConsultationResponseEntity[]> {
    return ctx.loaders.get('consultation.responses', async (ids: readonly string[]) =>
      groupByKey(
        ids,
        await this.dataSource
          .getRepository(ConsultationResponseEntity)
          .find({ where: { consultationId: In([...ids]) }, order: { submittedAt: 'ASC', id: 'ASC' } }),
        (r) => r.consultationId,
      ),
    );
  }
}
