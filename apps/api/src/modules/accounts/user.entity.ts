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
  /** Local hour (0–23, in timeZone) of the daily digest e-mail. */
  @Column({ name: 'digest_hour', type: 'smallint', default: 7 }) digestHour!: number;
  /** The local day (YYYY-MM-DD, in timeZone) of the last digest sent; null before the first. */
  @Column({ name: 'digest_sent_on', type: 'date', nullable: true }) digestSentOn!: string | null;
  /** Notifications written up to this instant were in a digest already (or predate e-mail). */
  @Column({ name: 'digest_covered_until', type: 'timestamptz', default: () => 'now()' }) digestCoveredUntil!: Date;
  /** Whether sign-in asks for a one-time code (modules/auth/two-factor.service.ts). */
  @Column({ name: 'two_factor_enabled', type: 'boolean', default: false }) twoFactorEnabled!: boolean;
  /** The authenticator's secret, sealed (two-factor-secrets.ts); never read unless asked for, never served. */
  @Column({ name: 'two_factor_secret', type: 'text', nullable: true, select: false }) twoFactorSecret!: string | null;
  /** The secret of a setup waiting for its first code; sign-in keeps the other one meanwhile. */
  @Column({ name: 'two_factor_pending_secret', type: 'text', nullable: true, select: false }) twoFactorPendingSecret!: string | null;
  /** The last TOTP time-step accepted: a code of that step or an earlier one is refused. */
  @Column({ name: 'two_factor_last_step', type: 'bigint', nullable: true, select: false }) twoFactorLastStep!: string | null;
  /** Set when the person erased their account: the row stays (same id) with nothing personal left in it. */
  @Column({ name: 'erased_at', type: 'timestamptz', nullable: true }) erasedAt!: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
