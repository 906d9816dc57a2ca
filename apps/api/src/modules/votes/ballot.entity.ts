import { Column, Entity, PrimaryColumn } from 'typeorm';

/** An organization's ballot in a vote; a later one of the same organization replaces it. */
@Entity('ballot')
export class BallotEntity {
  @PrimaryColumn({ name: 'vote_id', type: 'uuid' }) voteId!: string;
  @PrimaryColumn({ name: 'organization_id', type: 'uuid' }) organizationId!: string;
  /** In a secret vote, read back only by its caster (VotesViews.ballots). */
  @Column({ type: 'text' }) choice!: string;
  @Column({ name: 'cast_by_id', type: 'uuid', nullable: true }) castById!: string | null;
  @Column({ name: 'cast_at', type: 'timestamptz', default: () => 'now()' }) castAt!: Date;
  @Column({ name: 'by_proxy', type: 'boolean', default: false }) byProxy!: boolean;
}
