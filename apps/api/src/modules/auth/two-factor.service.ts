import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../../core/audit/audit.service';
import { twoFactorRequiredSql } from '../../core/auth/two-factor-gate';
import type { Viewer } from '../../core/auth/viewer';
import { APP_CONFIG, type AppConfig } from '../../core/config/app-config';
import { badInput, forbidden, unauthenticated } from '../../core/errors/domain-errors';
import { UserEntity } from '../accounts/user.entity';
import { PasswordHasher } from './password-hasher';
import { hashRecoveryCode, newRecoveryCodes, normalizeRecoveryCode } from './recovery-codes';
import { SessionsService } from './sessions.service';
import { SignInLimitsService } from './sign-in-limits.service';
import { matchingStep, newTotpSecret, normalizeTotpCode, totpUrl } from './totp';
import { TwoFactorClock } from './two-factor-clock';
import { TwoFactorRecoveryCodeEntity } from './two-factor-recovery-code.entity';
import { TwoFactorSecrets } from './two-factor-secrets';

export interface TwoFactorSetup {
  secret: string;
  otpauthUrl: string;
}

/** A wrong password and a wrong code get one answer: it is no help to someone guessing either. */
const WRONG_PASSWORD_OR_CODE = 'The password or the code is wrong.';

/** The user's row with the two-factor columns that are never read otherwise. */
type TwoFactorRow = Pick<UserEntity, 'id' | 'twoFactorEnabled' | 'twoFactorSecret' | 'twoFactorPendingSecret' | 'twoFactorLastStep'>;

/**
 * Two-factor sign-in (RFC 6238 codes from an authenticator application, or single-use recovery
 * codes). Setup is two steps: `begin` draws a secret kept aside, `confirm` turns it on once the
 * authenticator shows a matching code. Every check of a code happens with the user's row locked,
 * so that two requests cannot both spend the same code.
 */
@Injectable()
export class TwoFactorService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly sessions: SessionsService,
    private readonly hasher: PasswordHasher,
    private readonly limits: SignInLimitsService,
    private readonly secrets: TwoFactorSecrets,
    private readonly clock: TwoFactorClock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Draws a new secret, kept aside until `confirm`: until then sign-in goes on as before. */
  async begin(viewer: Viewer): Promise<TwoFactorSetup> {
    const user = await this.dataSource.getRepository(UserEntity).findOneByOrFail({ id: viewer.userId });
    const secret = newTotpSecret();
    await this.dataSource.getRepository(UserEntity).update({ id: user.id }, { twoFactorPendingSecret: this.secrets.seal(secret) });
    return { secret, otpauthUrl: totpUrl(secret, user.email) };
  }

  /**
   * Turns two-factor sign-in on with the secret `begin` drew, given its current code; replaces any
   * earlier secret and recovery codes, and signs out every other session. Returns the new
   * recovery codes: the only time they are ever shown.
   */
  async confirm(viewer: Viewer, code: string): Promise<string[]> {
    const recoveryCodes = newRecoveryCodes();
    return this.dataSource.transaction(async (manager) => {
      const user = await this.lockedRow(manager, viewer.userId);
      if (!user.twoFactorPendingSecret) throw badInput('Two-factor setup has not begun: call beginTwoFactorSetup first.', 'code');
      const secret = this.secrets.open(user.twoFactorPendingSecret);
      const totp = normalizeTotpCode(code);
      const step = secret && totp ? matchingStep(secret, totp, this.clock.now()) : null;
      if (step === null) throw badInput('This is not the code the authenticator shows now.', 'code');
      await manager.update(
        UserEntity,
        { id: user.id },
        { twoFactorEnabled: true, twoFactorSecret: user.twoFactorPendingSecret, twoFactorPendingSecret: null, twoFactorLastStep: String(step) },
      );
      await manager.delete(TwoFactorRecoveryCodeEntity, { userId: user.id });
      await manager.insert(
        TwoFactorRecoveryCodeEntity,
        // Shown with dashes, stored without: the form normalizeRecoveryCode reads them back in.
        recoveryCodes.map((recoveryCode) => ({ userId: user.id, codeHash: hashRecoveryCode(recoveryCode.replace(/-/g, '')) })),
      );
      await this.sessions.revokeOthers(manager, user.id, viewer.sessionId);
      await this.audit.record(manager, { actorId: user.id, action: 'twoFactor.enabled', entityType: 'user', entityId: user.id });
      return recoveryCodes;
    });
  }

  /**
   * Turns two-factor sign-in off, given the password and a current code or an unused recovery
   * code; signs out every other session. A wrong password or code counts as a failed sign-in, so
   * that this is no way around the limits. Refused while the person's role requires it
   * (TWO_FACTOR_REQUIRED_ROLES): they may set up a new authenticator instead.
   */
  async disable(viewer: Viewer, password: string, code: string, address: string): Promise<UserEntity> {
    const users = this.dataSource.getRepository(UserEntity);
    const user = await users.findOneByOrFail({ id: viewer.userId });
    await this.limits.assertAllowed(user.email, address);
    if (await this.isRequiredFor(this.dataSource.manager, user.id)) {
      throw forbidden('Your role requires two-factor sign-in: set up a new authenticator instead of turning it off.');
    }
    if (!(await this.hasher.verify(user.passwordHash, password))) {
      await this.limits.recordFailure(user.email, address);
      throw unauthenticated(WRONG_PASSWORD_OR_CODE);
    }
    if (!user.twoFactorEnabled) throw badInput('Two-factor sign-in is not on.');
    const done = await this.dataSource.transaction(async (manager) => {
      if (!(await this.consume(manager, user.id, code))) return false;
      await manager.update(
        UserEntity,
        { id: user.id },
        { twoFactorEnabled: false, twoFactorSecret: null, twoFactorPendingSecret: null, twoFactorLastStep: null },
      );
      await manager.delete(TwoFactorRecoveryCodeEntity, { userId: user.id });
      await this.sessions.revokeOthers(manager, user.id, viewer.sessionId);
      await this.audit.record(manager, { actorId: user.id, action: 'twoFactor.disabled', entityType: 'user', entityId: user.id });
      return true;
    });
    if (!done) {
      await this.limits.recordFailure(user.email, address);
      throw unauthenticated(WRONG_PASSWORD_OR_CODE);
    }
    return users.findOneByOrFail({ id: user.id });
  }

  /**
   * Checks a second factor of a user who has two-factor sign-in on, and spends it: a code of the
   * authenticator (its time-step, and every earlier one, is refused afterwards) or an unused
   * recovery code (marked used). False for anything else, a replayed code included.
   */
  async consume(manager: EntityManager, userId: string, code: string): Promise<boolean> {
    const user = await this.lockedRow(manager, userId);
    if (!user.twoFactorEnabled || !user.twoFactorSecret) return false;
    const totp = normalizeTotpCode(code);
    if (totp) {
      const secret = this.secrets.open(user.twoFactorSecret);
      const step = secret ? matchingStep(secret, totp, this.clock.now()) : null;
      if (step === null || (user.twoFactorLastStep !== null && step <= Number(user.twoFactorLastStep))) return false;
      await manager.update(UserEntity, { id: userId }, { twoFactorLastStep: String(step) });
      return true;
    }
    const recovery = normalizeRecoveryCode(code);
    if (!recovery) return false;
    // One statement finds and spends the code: a second request with it finds it used.
    const spent: unknown[] = await manager.query(
      `WITH spent AS (
         UPDATE two_factor_recovery_code SET used_at = now()
          WHERE user_id = $1 AND code_hash = $2 AND used_at IS NULL RETURNING id
       ) SELECT id FROM spent`,
      [userId, hashRecoveryCode(recovery)],
    );
    return spent.length === 1;
  }

  /** Whether the user holds a role of TWO_FACTOR_REQUIRED_ROLES (whether or not they turned it on). */
  async isRequiredFor(manager: EntityManager, userId: string): Promise<boolean> {
    const [row]: Array<{ required: boolean }> = await manager.query(
      `SELECT ${twoFactorRequiredSql(this.config.twoFactorRequiredRoles, 'u')} AS required FROM app_user u WHERE u.id = $1`,
      [userId],
    );
    return row?.required === true;
  }

  private async lockedRow(manager: EntityManager, userId: string): Promise<TwoFactorRow> {
    return manager.findOneOrFail(UserEntity, {
      where: { id: userId },
      select: { id: true, twoFactorEnabled: true, twoFactorSecret: true, twoFactorPendingSecret: true, twoFactorLastStep: true },
      lock: { mode: 'pessimistic_write' },
    });
  }
}
