import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { isUuid } from '@concertation/shared-domain';
import { unauthenticated, type DomainError } from '../errors/domain-errors';
import { TokenService } from './token.service';
import type { Viewer } from './viewer';

export type ViewerLookup = { viewer: Viewer | null; error: DomainError | null };

/**
 * Turns an `Authorization` header (HTTP) or connection parameter (WebSocket) into the viewer.
 * No header: anonymous. A header that does not name a live session: an error that every
 * operation of the request answers with, `me` included.
 */
@Injectable()
export class ViewerResolverService {
  constructor(
    private readonly tokens: TokenService,
    private readonly dataSource: DataSource,
  ) {}

  async fromAuthorization(header: unknown): Promise<ViewerLookup> {
    if (header === undefined || header === null || header === '') return { viewer: null, error: null };
    const invalid = { viewer: null, error: unauthenticated('Your session has expired or is not valid; sign in again.') };
    if (typeof header !== 'string') return invalid;
    const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
    if (!match) return invalid;
    const claims = this.tokens.verify(match[1]);
    if (!claims || !isUuid(claims.sessionId) || !isUuid(claims.userId)) return invalid;
    const rows: Array<{ platform_role: Viewer['platformRole']; organization_id: string | null }> = await this.dataSource.query(
      `SELECT u.platform_role, u.organization_id
         FROM auth_session s JOIN app_user u ON u.id = s.user_id
        WHERE s.id = $1 AND s.user_id = $2 AND s.revoked_at IS NULL AND s.expires_at > now()`,
      [claims.sessionId, claims.userId],
    );
    if (rows.length === 0) return invalid;
    return {
      viewer: {
        userId: claims.userId,
        sessionId: claims.sessionId,
        platformRole: rows[0].platform_role,
        organizationId: rows[0].organization_id,
      },
      error: null,
    };
  }

  /**
   * The viewers of those sessions that are still live (neither revoked nor expired), read in one
   * query: open WebSocket connections are re-checked with it, and refreshed (role, organization).
   */
  async liveViewers(sessionIds: readonly string[]): Promise<Map<string, Viewer>> {
    const ids = [...new Set(sessionIds)].filter(isUuid);
    const live = new Map<string, Viewer>();
    if (ids.length === 0) return live;
    const rows: Array<{ session_id: string; user_id: string; platform_role: Viewer['platformRole']; organization_id: string | null }> =
      await this.dataSource.query(
        `SELECT s.id AS session_id, s.user_id, u.platform_role, u.organization_id
           FROM auth_session s JOIN app_user u ON u.id = s.user_id
          WHERE s.id = ANY($1::uuid[]) AND s.revoked_at IS NULL AND s.expires_at > now()`,
        [ids],
      );
    for (const row of rows) {
      live.set(row.session_id, { userId: row.user_id, sessionId: row.session_id, platformRole: row.platform_role, organizationId: row.organization_id });
    }
    return live;
  }
}
