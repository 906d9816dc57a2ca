import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, IsNull, MoreThan } from 'typeorm';
import { AuditService } from '../../core/audit/audit.service';
import { APP_CONFIG, type AppConfig } from '../../core/config/app-config';
import { badInput, twoFactorRequired, unauthenticated } from '../../core/errors/domain-errors';
import { UserEntity } from '../accounts/user.entity';
import { OutboxService } from '../email/outbox.service';
import type { SignedIn, SignInClient } from './auth.service';
import { PasswordHasher } from './password-hasher';
import { PasswordResetEntity } from './password-reset.entity';
import { SessionsService } from './sessions.service';
import { SignInLimitsService } from './sign-in-limits.service';
import { TwoFactorService } from './two-factor.service';
import { paths } from '@concertation/shared-paths';

const RESET_VALIDITY_MS = 3600_000;
/** More requests than this within the validity hour send nothing more: no mail-bombing anyone. */
const MAX_RESETS_PER_HOUR = 5;

const hashToken = (token: string) => createHash('sha256').update(token, 'utf8').digest('hex');

/**
 * Reset links carry a random single-use token; only its SHA-256 is stored, so a copy of the
 * database cannot reset anyone's password.
 */
@Injectable()
export class PasswordResetService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionsService,
    private readonly outbox: OutboxService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly twoFactor: TwoFactorService,
    private readonly limits: SignInLimitsService,
  ) {}

  /** Always true: the answer must not tell whether the address has an account. */
  async request(email: string): Promise<boolean> {
    const user = await this.dataSource.getRepository(UserEntity).findOneBy({ email });
    if (!user) return true;
    const token = randomBytes(32).toString('base64url');
    const link = `${this.config.publicUrl}${paths.resetPassword({ token })}`;
    await this.dataSource.transaction(async (manager) => {
      const recent = await manager.countBy(PasswordResetEntity, {
        userId: user.id,
        createdAt: MoreThan(new Date(Date.now() - RESET_VALIDITY_MS)),
      });
      if (recent >= MAX_RESETS_PER_HOUR) return;
      await manager.insert(PasswordResetEntity, {
        userId: user.id,
        tokenHash: hashToken(token),
        expiresAt: new Date(Date.now() + RESET_VALIDITY_MS),
      });
      await this.audit.record(manager, { actorId: null, action: 'password.reset_requested', entityType: 'user', entityId: user.id });
      // Through the outbox, sent after the answer: waiting on the mail server would make known addresses answer slower.
      await this.outbox.passwordReset(manager, user.id, link);
    });
    return true;
  }

  /**
   * A reset link proves the mailbox, not the second factor: with two-factor sign-in on, the link
   * also needs a current code or an unused recovery code (TWO_FACTOR_REQUIRED without one, the link
   * kept; a wrong one counts as a failed sign-in), or it would be a way around it.
   */
  async reset(token: string, newPassword: string, code: string | null, client: SignInClient): Promise<SignedIn> {
    const valid = { tokenHash: hashToken(token), usedAt: IsNull(), expiresAt: MoreThan(new Date()) };
    // Checked before the slow hash, so that guessing tokens costs the server little; checked again under lock below.
    const pending = await this.dataSource.getRepository(PasswordResetEntity).findOneBy(valid);
    if (!pending) throw invalidToken();
    const owner = await this.dataSource.getRepository(UserEntity).findOneByOrFail({ id: pending.userId });
    if (owner.twoFactorEnabled) {
      await this.limits.assertAllowed(owner.email, client.address);
      if (code === null || code.trim() === '') throw twoFactorRequired();
    }
    const passwordHash = await this.hasher.hash(newPassword);
    const signedIn = await this.dataSource.transaction(async (manager) => {
      const reset = await manager.findOne(PasswordResetEntity, { where: valid, lock: { mode: 'pessimistic_write' } });
      if (!reset) throw invalidToken();
      if (owner.twoFactorEnabled && !(await this.twoFactor.consume(manager, reset.userId, code ?? ''))) return null;
      // Every outstanding link of the person dies with this one: a new password settles the matter.
      await manager.update(PasswordResetEntity, { userId: reset.userId, usedAt: IsNull() }, { usedAt: () => 'now()' });
      await manager.update(UserEntity, { id: reset.userId }, { passwordHash });
      await this.sessions.revokeAll(manager, reset.userId);
      const user = await manager.findOneByOrFail(UserEntity, { id: reset.userId });
      await this.audit.record(manager, { actorId: user.id, action: 'password.reset', entityType: 'user', entityId: user.id });
      return { user, ...(await this.sessions.open(manager, user, client.userAgent)) };
    });
    if (!signedIn) {
      await this.limits.recordFailure(owner.email, client.address);
      throw unauthenticated('The code is wrong or was already used.');
    }
    return signedIn;
  }
}

const invalidToken = () => badInput('This reset link is not valid: it is unknown, already used or expired.', 'token');
