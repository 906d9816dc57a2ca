import { NotificationKind, type QuestionKind } from '@concertation/shared-domain';
import type { EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { AuditEventEntity } from '../modules/audit/audit-event.entity';
import { checkAnswers, questionOptions } from '../modules/consultations/answer-rules';
import {
  ConsultationAudienceEntity,
  ConsultationEntity,
  ConsultationInvitationEntity,
  ConsultationQuestionEntity,
  ConsultationResponseEntity,
} from '../modules/consultations/consultation.entity';
import type { AnswerInput } from '../modules/consultations/dto/consultation.args';
import { NotificationEntity } from '../modules/notifications/notification.entity';
import { RoundTableEntity } from '../modules/round-tables/round-table.entity';
import { TableMembershipEntity } from '../modules/round-tables/table-membership.entity';
import { TableParticipantEntity } from '../modules/round-tables/table-participant.entity';
import { type DemoKeys, localDay } from './demo-meetings.loader';
import { DEMO_CONSULTATIONS, type DemoAnswer, type DemoConsultation } from './demo-network.set';

type Audit = QueryDeepPartialEntity<AuditEventEntity>;
/** Every demo table is in Quebec. */
const ZONE = 'America/Toronto';

/**
 * Writes the consultations of demo-network.set.ts (or those given) as ConsultationsService leaves
 * them: created as a DRAFT, opened (the ACTIVE members of the audience tables invited,
 * CONSULTATION_OPENED to their people there but the officer who opened it), answered once per
 * organization with answers checked by the service's own rules, and, when closesAt has passed,
 * closed by the job (closedAt = closesAt, an audit event without an actor). With `notify` false
 * (the year of history), no CONSULTATION_OPENED: months-old news would only crowd the inboxes.
 */
export async function loadDemoConsultations(
  manager: EntityManager,
  keys: DemoKeys,
  consultations: DemoConsultation[] = DEMO_CONSULTATIONS,
  notify = true,
): Promise<void> {
  const audit: Audit[] = [];
  for (const c of consultations) await loadConsultation(manager, keys, c, audit, notify);
  await manager.insert(AuditEventEntity, audit);
}

async function loadConsultation(manager: EntityManager, keys: DemoKeys, c: DemoConsultation, audit: Audit[], notify: boolean): Promise<void> {
  const tableId = keys.table(c.table);
  const createdAt = localDay(c.createdInDays, 9, ZONE);
  const opensAt = localDay(c.openedInDays, 9, ZONE);
  const closesAt = localDay(c.closesInDays, 17, ZONE);
  const closed = closesAt.getTime() <= Date.now();
  const row = await manager.insert(ConsultationEntity, {
    tableId,
    title: c.title,
    description: c.description,
    status: closed ? 'CLOSED' : 'OPEN',
    opensAt,
    closesAt,
    closedAt: closed ? closesAt : null,
    createdById: keys.user(c.createdBy),
    createdAt,
  });
  const id: string = row.identifiers[0].id;
  const inserted = await manager.insert(
    ConsultationQuestionEntity,
    c.questions.map((q, i) => ({
      consultationId: id,
      position: i + 1,
      prompt: q.prompt,
      kind: q.kind,
      options: questionOptions({ prompt: q.prompt, kind: q.kind as QuestionKind, options: q.options ?? null }, i),
      required: q.required ?? false,
    })),
  );
  const questions = c.questions.map((q, i) =>
    Object.assign(new ConsultationQuestionEntity(), {
      id: inserted.identifiers[i].id as string,
      consultationId: id,
      position: i + 1,
      prompt: q.prompt,
      kind: q.kind,
      options: q.options ?? [],
      required: q.required ?? false,
    }),
  );
  const audienceIds = c.audience.map((key) => keys.table(key));
  await manager.insert(
    ConsultationAudienceEntity,
    audienceIds.map((audienceId) => ({ consultationId: id, tableId: audienceId })),
  );
  const members = await manager.find(TableMembershipEntity, { where: audienceIds.map((audienceId) => ({ tableId: audienceId, status: 'ACTIVE' as const })) });
  const invited = [...new Set(members.map((m) => m.organizationId))];
  await manager.insert(
    ConsultationInvitationEntity,
    invited.map((organizationId) => ({ consultationId: id, organizationId })),
  );

  const event = (actorId: string | null, action: string, at: Date): Audit => ({ actorId, action, entityType: 'consultation', entityId: id, tableId, at });
  const openerId = keys.user(c.openedBy);
  audit.push(event(keys.user(c.createdBy), 'consultation.created', createdAt), event(openerId, 'consultation.opened', opensAt));

  // CONSULTATION_OPENED as ConsultationActivity.notifyOpened words it.
  const seats = await manager.find(TableParticipantEntity, { where: audienceIds.map((audienceId) => ({ tableId: audienceId })) });
  if (notify) {
    const readers = [
      ...new Set(seats.filter((s) => s.organizationId !== null && invited.includes(s.organizationId) && s.userId !== openerId).map((s) => s.userId)),
    ];
    const table = await manager.findOneByOrFail(RoundTableEntity, { id: tableId });
    await manager.insert(
      NotificationEntity,
      readers.map((userId) => ({
        userId,
        kind: NotificationKind.CONSULTATION_OPENED,
        params: { consultationTitle: c.title, tableName: table.name, closesAt: new Date(closesAt).toISOString() },
        tableId,
        subjectId: id,
        createdAt: opensAt,
      })),
    );
  }

  for (const response of c.responses) {
    const organizationId = keys.organization(response.organization);
    const submittedById = keys.user(response.by);
    const seated = seats.some((s) => s.userId === submittedById && s.organizationId === organizationId);
    if (!invited.includes(organizationId) || !seated) throw new Error(`demo data: ${response.by} may not answer ${c.key} for ${response.organization}`);
    const submittedAt = localDay(response.inDays, 14, ZONE);
    const answers = checkAnswers(
      questions,
      response.answers.flatMap((a, i) => answerInput(questions[i], a)),
      new Set(),
    );
    await manager.insert(ConsultationResponseEntity, { consultationId: id, organizationId, submittedById, submittedAt, answers });
    audit.push(event(submittedById, 'consultation.answered', submittedAt));
  }
  if (closed) audit.push(event(null, 'consultation.closed', closesAt));
}

/** The answer as a client would send it. */
function answerInput(question: ConsultationQuestionEntity | undefined, answer: DemoAnswer): AnswerInput[] {
  if (!question) throw new Error('demo data: more answers than questions');
  if (answer === null) return [];
  switch (question.kind) {
    case 'TEXT':
      return [{ questionId: question.id, text: String(answer) }];
    case 'SCALE':
      return [{ questionId: question.id, scale: Number(answer) }];
    default:
      return [{ questionId: question.id, choices: Array.isArray(answer) ? answer : [String(answer)] }];
  }
}
