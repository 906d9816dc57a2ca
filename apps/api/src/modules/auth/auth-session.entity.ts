import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One per access token issued; the token carries this id as its `jti`. */
@Entity('auth_session')
export class AuthSessionEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'user_id', type: 'uuid' }) userId!: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column({ name: 'expires_at', type: 'timestamptz' }) expiresAt!: Date;
  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true }) revokedAt!: Date | null;
  /** The device's User-Agent at sign-in, cut to USER_AGENT_MAX_LENGTH; null when the request had none (a WebSocket sign-in). */
  @Column({ name: 'user_agent', type: 'varchar', nullable: true }) userAgent!: string | null;
  /** Moved at most once a minute (ViewerResolverService), so that reads stay reads. */
  @Column({ name: 'last_seen_at', type: 'timestamptz', default: () => 'now()' }) lastSeenAt!: Date;
}
