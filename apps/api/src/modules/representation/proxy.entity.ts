import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** An organization's ballot at one meeting, entrusted to another member organization; standing while not revoked. */
@Entity('meeting_proxy')
export class ProxyEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'meeting_id', type: 'uuid' }) meetingId!: string;
  @Column({ name: 'from_organization_id', type: 'uuid' }) fromOrganizationId!: string;
  @Column({ name: 'to_organization_id', type: 'uuid' }) toOrganizationId!: string;
  @Column({ name: 'created_by_id', type: 'uuid', nullable: true }) createdById!: string | null;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' }) createdAt!: Date;
  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true }) revokedAt!: Date | null;
  @Column({ name: 'revoked_by_id', type: 'uuid', nullable: true }) revokedById!: string | null;
}
