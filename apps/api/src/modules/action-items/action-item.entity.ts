import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { EnumValue, ActionItemStatus } from '@concertation/shared-domain';

/** Statuses of an item still to be done: only these can be overdue or due. */
export const UNFINISHED: EnumValue<ActionItemStatus>[] = ['OPEN', 'IN_PROGRESS', 'BLOCKED'];

@Entity('action_item')
export class ActionItemEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'table_id', type: 'uuid' }) tableId!: string;
  @Column({ name: 'meeting_id', type: 'uuid', nullable: true }) meetingId!: string | null;
  @Column({ name: 'agenda_item_id', type: 'uuid', nullable: true }) agendaItemId!: string | null;
  /** A decision of the table (foreign key since migration 1764500000101). */
  @Column({ name: 'decision_id', type: 'uuid', nullable: true }) decisionId!: string | null;
  @Column() title!: string;
  @Column({ type: 'text', nullable: true }) description!: string | null;
  @Column({ name: 'assignee_id', type: 'uuid', nullable: true }) assigneeId!: string | null;
  @Column({ name: 'assignee_organization_id', type: 'uuid', nullable: true }) assigneeOrganizationId!: string | null;
  /** YYYY-MM-DD (pg returns date columns as strings with the date type parser left alone). */
  @Column({ name: 'due_on', type: 'date', nullable: true }) dueOn!: string | null;
  @Column({ type: 'varchar' }) status!: EnumValue<ActionItemStatus>;
  @Column({ name: 'created_by_id', type: 'uuid' }) createdById!: string;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' }) createdAt!: Date;
  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true }) completedAt!: Date | null;
  @Column({ type: 'int', default: 1 }) version!: number;
}
