import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { ERASED_DISPLAY_NAME } from '@concertation/shared-domain';
import { AuditService } from '../../core/audit/audit.service';
import type { Viewer } from '../../core/auth/viewer';
import { forbidden, unauthenticated } from '../../core/errors/domain-errors';
import { UserEntity } from '../accounts/user.entity';
import { PasswordHasher } from '../auth/password-hasher';
import { SessionsService } from '../auth/sessions.service';
import { SignInLimitsService } from '../auth/sign-in-limits.service';
import { ErasureReleases } from './erasure-releases';
import { scrubTraces, unnameInNotifications } from './erasure-scrub';

/**
 * What an erased account's row holds, column by column (SQL expressions): no e-mail (a
 * placeholder that frees the address, unique, never shown), no name, no password anything can
 * match, no role, affiliation, calendar feed nor digest settings. A new personal column of
 * app_user is one more line here.
 */
export const ERASED_USER_COLUMNS: Record<string, string> = {
  email: `'deleted-' || id::text || '@invalid'`,
  display_name: `'${ERASED_DISPLAY_NAME}'`,
  // Not an argon2 hash: PasswordHasher.verify matches nothing against it.
  password_hash: `'erased'`,
  platform_role: 'DEFAULT',
  locale: 'DEFAULT',
  time_zone: 'DEFAULT',
  organization_id: 'NULL',
  pending_organization_id: 'NULL',
  calendar_secret: 'NULL',
  digest_hour: 'DEFAULT',
  digest_sent_on: 'NULL',
  digest_covered_until: 'now()',
  two_factor_enabled: 'false',
  two_factor_secret: 'NULL',
  two_factor_pending_secret: 'NULL',
  two_factor_last_step: 'NULL',
  erased_at: 'now()',
  updated_at: 'now()',
};

/** The person's own rows, theirs alone: deleted whole. `$1` is the user's id, or their e-mail where the row only has that. */
const PERSONAL_ROWS: ReadonlyArray<{ sql: string; by: 'id' | 'email' }> = [
  { sql: `DELETE FROM notification WHERE user_id = $1`, by: 'id' },
  { sql: `DELETE FROM email_outbox WHERE recipient_id = $1`, by: 'id' },
  { sql: `DELETE FROM notification_preference WHERE user_id = $1`, by: 'id' },
  { sql: `DELETE FROM password_reset WHERE user_id = $1`, by: 'id' },
  { sql: `DELETE FROM two_factor_recovery_code WHERE user_id = $1`, by: 'id' },
  { sql: `DELETE FROM sign_in_failure WHERE email = $1`, by: 'email' },
  // Uploads never attached are nobody's contribution yet.
  { sql: `DELETE FROM stored_file WHERE uploaded_by_id = $1 AND agenda_item_id IS NULL`, by: 'id' },
];

/**
 * `deleteMyAccount` (docs/api-guide.md, "Privacy and erasure"). The user row stays, with the same
 * id, so that minutes, decisions, ballots, updates and audit events stay attributed; everything
 * personal goes, in one transaction: a failure leaves the account as it was.
 */
@Injectable()
export class AccountErasureService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionsService,
    private readonly limits: SignInLimitsService,
    private readonly releases: ErasureReleases,
  ) {}

  /** A wrong password counts as a failed sign-in, as for changePassword: this is no way around the limits. */
  async erase(viewer: Viewer, password: string, address: string): Promise<boolean> {
    const user = await this.dataSource.getRepository(UserEntity).findOneByOrFail({ id: viewer.userId });
    await this.limits.assertAllowed(user.email, address);
    // Hashing is slow: checked before the transaction, which then holds its locks briefly.
    if (!(await this.hasher.verify(user.passwordHash, password))) {
      await this.limits.recordFailure(user.email, address);
      throw unauthenticated('The password is wrong.');
    }
    await this.dataSource.transaction(async (manager) => {
      const locked = await manager.findOne(UserEntity, { where: { id: viewer.userId }, lock: { mode: 'pessimistic_write' } });
      // Erased meanwhile (another device): nothing is left to erase, and this token is revoked.
      if (!locked || locked.erasedAt) throw unauthenticated();
      await this.assertNotOnlyChair(manager, locked.id);
      await this.releases.release(manager, viewer, locked.organizationId);
      for (const { sql, by } of PERSONAL_ROWS) await manager.query(sql, [by === 'id' ? locked.id : locked.email]);
      // Revoked first, so that every process closes the sessions' sockets once this commits; then gone.
      await this.sessions.revokeAll(manager, locked.id);
      await manager.query(`DELETE FROM auth_session WHERE user_id = $1`, [locked.id]);
      await this.eraseRow(manager, locked.id);
      await unnameInNotifications(manager, locked.displayName);
      await scrubTraces(manager, { displayName: locked.displayName, email: locked.email });
      await this.audit.record(manager, { actorId: locked.id, action: 'account.deleted', entityType: 'user', entityId: locked.id });
    });
    // Failed sign-ins counted in Redis are keyed by the address: they go too.
    await this.limits.forget(user.email);
    return true;
  }

  /**
   * A table that is not archived must keep a CHAIR: its only one cannot leave by erasure. The
   * other CHAIRs' seats are locked, so that two CHAIRs erasing at once cannot both leave.
   */
  private async assertNotOnlyChair(manager: EntityManager, userId: string): Promise<void> {
    const chairs: Array<{ table_id: string; user_id: string; name: string }> = await manager.query(
      `SELECT p.table_id, p.user_id, t.name
         FROM table_participant p JOIN round_table t ON t.id = p.table_id
        WHERE p.role = 'CHAIR' AND t.archived_at IS NULL
          AND p.table_id IN (SELECT table_id FROM table_participant WHERE user_id = $1 AND role = 'CHAIR')
        ORDER BY t.name
          FOR UPDATE OF p`,
      [userId],
    );
    const alone = chairs.filter((chair) => chair.user_id === userId && !chairs.some((other) => other.table_id === chair.table_id && other.user_id !== userId));
    if (alone.length > 0) {
      throw forbidden(
        `You are the only CHAIR of ${alone.map((chair) => chair.name).join(', ')}: another CHAIR must be named there before your account can be erased.`,
      );
    }
  }

  private async eraseRow(manager: EntityManager, userId: string): Promise<void> {
    const sets = Object.entries(ERASED_USER_COLUMNS).map(([column, value]) => `${column} = ${value}`);
    await manager.query(`UPDATE app_user SET ${sets.join(', ')} WHERE id = $1`, [userId]);
  }
}
