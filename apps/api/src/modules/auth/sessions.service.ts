import { Inject, Injectable } from '@nestjs/common';
import { IsNull, type EntityManager } from 'typeorm';
import { AuditService } from '../../core/audit/audit.service';
import { APP_CONFIG, type AppConfig } from '../../core/config/app-config';
import { TokenService } from '../../core/auth/token.service';
import type { Viewer } from '../../core/auth/viewer';
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
 * revoking the row revokes the token at once.
 */
@Injectable()
export class SessionsService {
  constructor(
    private readonly tokens: TokenService,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
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
    await manager.update(AuthSessionEntity, { id: sessionId, userId, revokedAt: IsNull() }, { revokedAt: () => 'now()' });
  }

  /** Revokes every live session of the user: sign-out everywhere, new password. */
  async revokeAll(manager: EntityManager, userId: string): Promise<void> {
    await manager.update(AuthSessionEntity, { userId, revokedAt: IsNull() }, { revokedAt: () => 'now()' });
  }
}
