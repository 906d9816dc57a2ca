import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { isUuid } from '@concertation/shared-domain';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { unauthenticated, type DomainError } from '../errors/domain-errors';
import { TokenService } from './token.service';
import { mustSetUpTwoFactorSql } from './two-factor-gate';
import type { Viewer } from './viewer';

export type ViewerLookup = { viewer: Viewer | null; error: DomainError | null };

/**
 * A session's `last_seen_at` is written at most once a minute: the list of one's sessions says
 * "last used" to the minute, and reading a page does not become a write on every request.
 */
export const LAST_SEEN_PRECISION_SECONDS = 60;

interface SessionRow {
  session_id: string;
  user_id: string;
  platform_role: Viewer['platformRole'];
  organization_id: string | null;
  must_set_up_two_factor: boolean;
  stale: boolean;
}

/**
 * Turns an `Authorization` header (HTTP) or connection parameter (WebSocket) into the viewer.
 * No header: anonymous. A header that does not name a live session: an error that every
 * operation of the request answers with, `me` included.
 */
@Injectable()
export class ViewerResolverService {
  private readonly logger = new Logger('ViewerResolver');
  /** The columns every lookup reads: the person, whether two-factor sign-in holds them back, whether last use is due a write. */
  private readonly columns: string;

  constructor(
    private readonly tokens: TokenService,
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.columns = `s.id AS session_id, s.user_id, u.platform_role, u.organization_id,
      ${mustSetUpTwoFactorSql(config.twoFactorRequiredRoles, 'u')} AS must_set_up_two_factor,
      s.last_seen_at < now() - make_interval(secs => ${LAST_SEEN_PRECISION_SECONDS}) AS stale`;
  }

  async fromAuthorization(header: unknown): Promise<ViewerLookup> {
    if (header === undefined || header === null || header === '') return { viewer: null, error: null };
    const invalid = { viewer: null, error: unauthenticated('Your session has expired or is not valid; sign in again.') };
    if (typeof header !== 'string') return invalid;
    const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
    if (!match) return invalid;
    const claims = this.tokens.verify(match[1]);
    if (!claims || !isUuid(claims.sessionId) || !isUuid(claims.userId)) return invalid;
    const rows: SessionRow[] = await this.dataSource.query(
      `SELECT ${this.columns}
         FROM auth_session s JOIN app_user u ON u.id = s.user_id
        WHERE s.id = $1 AND s.user_id = $2 AND s.revoked_at IS NULL AND s.expires_at > now()`,
      [claims.sessionId, claims.userId],
    );
    if (rows.length === 0) return invalid;
    await this.touch(rows);
    return { viewer: viewerOf(rows[0]), error: null };
  }

  /**
   * The viewers of those sessions that are still live (neither revoked nor expired), read in one
   * query: open WebSocket connections are re-checked with it, and refreshed (role, organization).
   * An open socket is a session in use: its last use moves on too.
   */
  async liveViewers(sessionIds: readonly string[]): Promise<Map<string, Viewer>> {
    const ids = [...new Set(sessionIds)].filter(isUuid);
    const live = new Map<string, Viewer>();
    if (ids.length === 0) return live;
    const rows: SessionRow[] = await this.dataSource.query(
      `SELECT ${this.columns}
         FROM auth_session s JOIN app_user u ON u.id = s.user_id
        WHERE s.id = ANY($1::uuid[]) AND s.revoked_at IS NULL AND s.expires_at > now()`,
      [ids],
    );
    await this.touch(rows);
    for (const row of rows) live.set(row.session_id, viewerOf(row));
    return live;
  }

  /** Moves the last use of the sessions read whose last use is over a minute old. A failure here must not refuse the request. */
  private async touch(rows: readonly SessionRow[]): Promise<void> {
    const stale = rows.filter((row) => row.stale).map((row) => row.session_id);
    if (stale.length === 0) return;
    try {
      await this.dataSource.query(
        `UPDATE auth_session SET last_seen_at = now()
          WHERE id = ANY($1::uuid[]) AND last_seen_at < now() - make_interval(secs => ${LAST_SEEN_PRECISION_SECONDS})`,
        [stale],
      );
    } catch (err) {
      this.logger.warn(`could not record a session's last use: ${String(err)}`);
    }
  }
}

function viewerOf(row: SessionRow): Viewer {
  return {
    userId: row.user_id,
    sessionId: row.session_id,
    platformRole: row.platform_role,
    organizationId: row.organization_id,
    mustSetUpTwoFactor: row.must_set_up_two_factor === true,
  };
}
