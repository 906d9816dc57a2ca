import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { EnumValue, ActionItemStatus } from '@concertation/shared-domain';

/** One entry of an action item's history: a comment, a status change, or both. */
@Entity('action_item_update')
export class ActionItemUpdateEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'action_item_id', type: 'uuid' }) actionItemId!: string;
  @Column({ name: 'author_id', type: 'uuid' }) authorId!: string;
  @Column({ type: 'text', nullable: true }) body!: string | null;
  @Column({ type: 'varchar', nullable: true }) status!: EnumValue<ActionItemStatus> | null;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'clock_timestamp()' }) createdAt!: Date;
}
