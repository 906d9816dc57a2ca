import { Inject, Injectable } from '@nestjs/common';
import { DataSource, IsNull, MoreThan, Not, type EntityManager, type FindOptionsWhere } from 'typeorm';
import { isUuid } from '@concertation/shared-domain';
import { AuditService } from '../../core/audit/audit.service';
import { APP_CONFIG, type AppConfig } from '../../core/config/app-config';
import { TokenService } from '../../core/auth/token.service';
import { mustSetUpTwoFactorSql } from '../../core/auth/two-factor-gate';
import type { Viewer } from '../../core/auth/viewer';
import { notFound } from '../../core/errors/domain-errors';
import { EventBus } from '../../core/pubsub/event-bus';
import { Topics, type SessionRevocation } from '../../core/pubsub/topics';
import type { UserEntity } from '../accounts/user.entity';
import { AuthSessionEntity } from './auth-session.entity';

export interface OpenedSession {
  accessToken: string;
  /** The viewer the new token stands for, so that the same request can answer as them. */
  viewer: Viewer;
}

/** A browser's User-Agent is a few hundred characters at most; anything longer is cut, not refused. */
export const USER_AGENT_MAX_LENGTH = 400;

/** The sessions `mySessions` lists at most: those used last. Signing out everywhere reaches the others too. */
export const LISTED_SESSIONS = 100;

/** A request's User-Agent as stored with its session: printable characters only, at most USER_AGENT_MAX_LENGTH; null when absent. */
export function userAgentOf(header: unknown): string | null {
  if (typeof header !== 'string') return null;
  // Control characters (a header may carry tabs, a forged one anything) become spaces.
  const printable = [...header].map((char) => (char.charCodeAt(0) < 32 || char.charCodeAt(0) === 127 ? ' ' : char)).join('');
  const text = printable.replace(/\s+/g, ' ').trim();
  return text === '' ? null : text.slice(0, USER_AGENT_MAX_LENGTH);
}

/** A session as `mySessions` lists it. */
export interface ListedSession {
  id: string;
  createdAt: Date;
  lastSeenAt: Date;
  userAgent: string | null;
  current: boolean;
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
    private readonly dataSource: DataSource,
    private readonly tokens: TokenService,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly events: EventBus,
  ) {}

  /** A new session of the user, from the device that sent `userAgent`. */
  async open(manager: EntityManager, user: UserEntity, userAgent: string | null): Promise<OpenedSession> {
    const expiresAt = new Date(Date.now() + this.config.accessTokenTtlSeconds * 1000);
    const inserted = await manager.insert(AuthSessionEntity, { userId: user.id, expiresAt, userAgent: userAgentOf(userAgent) });
    const sessionId: string = inserted.identifiers[0].id;
    await this.audit.record(manager, { actorId: user.id, action: 'session.opened', entityType: 'user', entityId: user.id });
    // The same request answers as the new viewer: it is held back by two-factor sign-in as a later one would be.
    const [gate]: Array<{ must: boolean }> = await manager.query(
      `SELECT ${mustSetUpTwoFactorSql(this.config.twoFactorRequiredRoles, 'u')} AS must FROM app_user u WHERE u.id = $1`,
      [user.id],
    );
    return {
      accessToken: this.tokens.sign({ userId: user.id, sessionId }, expiresAt),
      viewer: { userId: user.id, sessionId, platformRole: user.platformRole, organizationId: user.organizationId, mustSetUpTwoFactor: gate?.must === true },
    };
  }

  /** The viewer's live sessions (neither revoked nor expired), last used first. */
  async list(viewer: Viewer): Promise<ListedSession[]> {
    const sessions = await this.dataSource.getRepository(AuthSessionEntity).find({
      where: { userId: viewer.userId, revokedAt: IsNull(), expiresAt: MoreThan(new Date()) },
      order: { lastSeenAt: 'DESC', createdAt: 'DESC', id: 'ASC' },
      take: LISTED_SESSIONS,
    });
    return sessions.map((session) => ({
      id: session.id,
      createdAt: session.createdAt,
      lastSeenAt: session.lastSeenAt,
      userAgent: session.userAgent,
      current: session.id === viewer.sessionId,
    }));
  }

  /**
   * Revokes one of the viewer's sessions (the current one included: that is signing out), and
   * records it. Another person's session, or no session at all, is NOT_FOUND: the answer does not
   * tell which. A session of the viewer's that already ended is left as it is.
   */
  async revokeOwn(viewer: Viewer, sessionId: string): Promise<boolean> {
    if (!isUuid(sessionId)) throw notFound('session');
    await this.dataSource.transaction(async (manager) => {
      if (!(await manager.existsBy(AuthSessionEntity, { id: sessionId, userId: viewer.userId }))) throw notFound('session');
      const revoked = await this.revokeWhere(manager, viewer.userId, { id: sessionId, userId: viewer.userId, revokedAt: IsNull() });
      if (revoked > 0) {
        await this.audit.record(manager, { actorId: viewer.userId, action: 'session.revoked', entityType: 'user', entityId: viewer.userId });
      }
    });
    return true;
  }

  /** Revokes one session of the user (signing out of this device). */
  async revoke(manager: EntityManager, userId: string, sessionId: string): Promise<void> {
    await this.revokeWhere(manager, userId, { id: sessionId, userId, revokedAt: IsNull() });
  }

  /** Revokes every live session of the user: sign-out everywhere, new password. */
  async revokeAll(manager: EntityManager, userId: string): Promise<void> {
    await this.revokeWhere(manager, userId, { userId, revokedAt: IsNull() });
  }

  /** Revokes every live session of the user but the one named: two-factor sign-in turned on or off from this device. */
  async revokeOthers(manager: EntityManager, userId: string, keptSessionId: string): Promise<void> {
    await this.revokeWhere(manager, userId, { userId, id: Not(keptSessionId), revokedAt: IsNull() });
  }

  private async revokeWhere(manager: EntityManager, userId: string, where: FindOptionsWhere<AuthSessionEntity>): Promise<number> {
    const result = await manager
      .createQueryBuilder()
      .update(AuthSessionEntity)
      .set({ revokedAt: () => 'now()' })
      .where(where)
      .returning('id')
      .execute();
    // Exactly the sessions revoked here: a session opened in the same transaction (changePassword) stays open.
    const sessionIds = (result.raw as Array<{ id: string }>).map((row) => row.id);
    if (sessionIds.length === 0) return 0;
    const revocation: SessionRevocation = { userId, sessionIds };
    this.events.publishAfterCommit(manager, Topics.sessionRevocations, revocation);
    return sessionIds.length;
  }
}
