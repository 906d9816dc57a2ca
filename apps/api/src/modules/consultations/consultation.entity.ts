import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import type { EnumValue, ConsultationStatus, QuestionKind } from '@concertation/shared-domain';

/** A table's questionnaire to the member organizations of its audience tables. */
@Entity('consultation')
export class ConsultationEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'table_id', type: 'uuid' }) tableId!: string;
  @Column() title!: string;
  @Column({ type: 'text', nullable: true }) description!: string | null;
  /**
   * As stored: an OPEN consultation whose closesAt has passed is CLOSED for every reader and
   * writer at once (see `effectiveStatus`), before the periodic job writes it down.
   */
  @Column({ type: 'varchar' }) status!: EnumValue<ConsultationStatus>;
  @Column({ name: 'opens_at', type: 'timestamptz', nullable: true }) opensAt!: Date | null;
  @Column({ name: 'closes_at', type: 'timestamptz' }) closesAt!: Date;
  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true }) closedAt!: Date | null;
  @Column({ name: 'created_by_id', type: 'uuid' }) createdById!: string;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' }) createdAt!: Date;
}

@Entity('consultation_question')
export class ConsultationQuestionEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'consultation_id', type: 'uuid' }) consultationId!: string;
  @Column({ type: 'int' }) position!: number;
  @Column({ type: 'text' }) prompt!: string;
  @Column({ type: 'varchar' }) kind!: EnumValue<QuestionKind>;
  /** The choices of a SINGLE_CHOICE or MULTIPLE_CHOICE question, in order; empty for the others. */
  @Column({ type: 'jsonb', default: () => `'[]'::jsonb` }) options!: string[];
  @Column({ type: 'boolean', default: false }) required!: boolean;
}

/** One audience table of a consultation: the running table itself or a table below it. */
@Entity('consultation_audience')
export class ConsultationAudienceEntity {
  @PrimaryColumn({ name: 'consultation_id', type: 'uuid' }) consultationId!: string;
  @PrimaryColumn({ name: 'table_id', type: 'uuid' }) tableId!: string;
}

/** The organizations invited when the consultation opened (the ACTIVE members of its audience tables then). */
@Entity('consultation_invitation')
export class ConsultationInvitationEntity {
  @PrimaryColumn({ name: 'consultation_id', type: 'uuid' }) consultationId!: string;
  @PrimaryColumn({ name: 'organization_id', type: 'uuid' }) organizationId!: string;
}

/** One answer as stored in a response (jsonb). */
export interface StoredAnswer {
  questionId: string;
  text: string | null;
  choices: string[];
  scale: number | null;
}

/** An organization's response: one per organization, replaced by a later submission while open. */
@Entity('consultation_response')
export class ConsultationResponseEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'consultation_id', type: 'uuid' }) consultationId!: string;
  @Column({ name: 'organization_id', type: 'uuid' }) organizationId!: string;
  @Column({ name: 'submitted_by_id', type: 'uuid' }) submittedById!: string;
  @Column({ name: 'submitted_at', type: 'timestamptz' }) submittedAt!: Date;
  @Column({ type: 'jsonb' }) answers!: StoredAnswer[];
}

/** The status readers and writers see: an OPEN consultation past its closesAt is CLOSED. */
export function effectiveStatus(consultation: Pick<ConsultationEntity, 'status' | 'closesAt'>, now = new Date()): EnumValue<ConsultationStatus> {
  if (consultation.status === 'OPEN' && consultation.closesAt.getTime() <= now.getTime()) return 'CLOSED';
  return consultation.status;
}

/** The same in SQL, for lists and filters (alias `c`). */
export const EFFECTIVE_STATUS_SQL = `(CASE WHEN c.status = 'OPEN' AND c.closes_at <= now() THEN 'CLOSED' ELSE c.status END)`;
