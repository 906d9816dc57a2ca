import { Inject, Injectable } from '@nestjs/common';
import { IsNull, type EntityManager, type FindOptionsWhere } from 'typeorm';
import { AuditService } from '../../core/audit/audit.service';
import { APP_CONFIG, type AppConfig } from '../../core/config/app-config';
import { TokenService } from '../../core/auth/token.service';
import type { Viewer } from '../../core/auth/viewer';
import { EventBus } from '../../core/pubsub/event-bus';
import { Topics, type SessionRevocation } from '../../core/pubsub/topics';
import type { UserEntity } from '../accounts/user.entity';
import { AuthSessionEntity } from './auth-session.entity';

export interface OpenedSession {
  accessToken: string;
  /** The viewer the new token stands for, so that the same request can answer as them. */
  viewer: Viewer;
}

/**
 * Opens and revokes sessions. Every access token names one `auth_session` row (its `jti`), and
 * the viewer resolver accepts a token only while its row is neither revoked nor expired: so
 * revoking the row revokes the token at once over HTTP. WebSockets authenticate once, at
 * `connection_init`: each revocation is also announced through the pub/sub once it commits, and
 * every API process closes its sockets of those sessions (core/live/live-connections.ts).
 */
@Injectable()
export class SessionsService {
  constructor(
    private readonly tokens: TokenService,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly events: EventBus,
  ) {}

  async open(manager: EntityManager, user: UserEntity): Promise<OpenedSession> {
    const expiresAt = new Date(Date.now() + this.config.accessTokenTtlSeconds * 1000);
    const inserted = await manager.insert(AuthSessionEntity, { userId: user.id, expiresAt });
    const sessionId: string = inserted.identifiers[0].id;
    await this.audit.record(manager, { actorId: user.id, action: 'session.opened', entityType: 'user', entityId: user.id });
    return {
      accessToken: this.tokens.sign({ userId: user.id, sessionId }, expiresAt),
      viewer: { userId: user.id, sessionId, platformRole: user.platformRole, organizationId: user.organizationId },
    };
  }

  /** Revokes one session of the user (signing out of this device). */
  async revoke(manager: EntityManager, userId: string, sessionId: string): Promise<void> {
    await this.revokeWhere(manager, userId, { id: sessionId, userId, revokedAt: IsNull() });
  }

  /** Revokes every live session of the user: sign-out everywhere, new password. */
  async revokeAll(manager: EntityManager, userId: string): Promise<void> {
    await this.revokeWhere(manager, userId, { userId, revokedAt: IsNull() });
  }

  private async revokeWhere(manager: EntityManager, userId: string, where: FindOptionsWhere<AuthSessionEntity>): Promise<void> {
    const result = await manager
      .createQueryBuilder()
      .update(AuthSessionEntity)
      .set({ revokedAt: () => 'now()' })
      .where(where)
      .returning('id')
      .execute();
    // Exactly the sessions revoked here: a session opened in the same transaction (changePassword) stays open.
    const sessionIds = (result.raw as Array<{ id: string }>).map((row) => row.id);
    if (sessionIds.length === 0) return;
    const revocation: SessionRevocation = { userId, sessionIds };
    this.events.publishAfterCommit(manager, Topics.sessionRevocations, revocation);
  }
}
