import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('audit_event')
export class AuditEventEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'actor_id', type: 'uuid', nullable: true }) actorId!: string | null;
  /** `<entity>.<verb in the past>`, e.g. `membership.decided`. */
  @Column() action!: string;
  @Column({ name: 'entity_type' }) entityType!: string;
  @Column({ name: 'entity_id', type: 'uuid' }) entityId!: string;
  @Column({ name: 'table_id', type: 'uuid', nullable: true }) tableId!: string | null;
  @Column({ type: 'timestamptz', default: () => 'now()' }) at!: Date;
}
