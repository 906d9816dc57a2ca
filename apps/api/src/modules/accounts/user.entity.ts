import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { EnumValue, Locale, PlatformRole } from '@concertation/shared-domain';

@Entity('app_user')
export class UserEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  /** Stored lower-cased: e-mail addresses are compared without case. */
  @Column() email!: string;
  @Column({ name: 'password_hash' }) passwordHash!: string;
  @Column({ name: 'display_name' }) displayName!: string;
  @Column({ name: 'platform_role', type: 'varchar' }) platformRole!: EnumValue<PlatformRole>;
  @Column({ type: 'varchar' }) locale!: EnumValue<Locale>;
  @Column({ name: 'time_zone' }) timeZone!: string;
  /** Confirmed by a coordinator. */
  @Column({ name: 'organization_id', type: 'uuid', nullable: true }) organizationId!: string | null;
  /** Stated by the user, waiting for a coordinator. */
  @Column({ name: 'pending_organization_id', type: 'uuid', nullable: true }) pendingOrganizationId!: string | null;
  @Column({ name: 'calendar_secret', type: 'varchar', nullable: true }) calendarSecret!: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
