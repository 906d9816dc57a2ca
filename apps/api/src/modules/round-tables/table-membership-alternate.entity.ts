import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One of a membership's alternates: a seat of the organization at the table, in order of preference. */
@Entity('table_membership_alternate')
export class TableMembershipAlternateEntity {
  @PrimaryColumn({ name: 'membership_id', type: 'uuid' }) membershipId!: string;
  @PrimaryColumn({ name: 'participant_id', type: 'uuid' }) participantId!: string;
  /** 1 stands in first. */
  @Column({ type: 'smallint' }) position!: number;
}
