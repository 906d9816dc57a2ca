import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource, IsNull, MoreThan } from 'typeorm';
import { AuditService } from '../../core/audit/audit.service';
import { APP_CONFIG, type AppConfig } from '../../core/config/app-config';
import { badInput } from '../../core/errors/domain-errors';
import { MailService } from '../../core/mail/mail.service';
import { UserEntity } from '../accounts/user.entity';
import type { SignedIn } from './auth.service';
import { PasswordHasher } from './password-hasher';
import { PasswordResetEntity } from './password-reset.entity';
import { resetMail } from './reset-mail';
import { SessionsService } from './sessions.service';
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
  private readonly logger = new Logger('PasswordReset');

  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionsService,
    private readonly mail: MailService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Always true: the answer must not tell whether the address has an account. */
  async request(email: string): Promise<boolean> {
    const user = await this.dataSource.getRepository(UserEntity).findOneBy({ email });
    if (!user) return true;
    const token = randomBytes(32).toString('base64url');
    const created = await this.dataSource.transaction(async (manager) => {
      const recent = await manager.countBy(PasswordResetEntity, {
        userId: user.id,
        createdAt: MoreThan(new Date(Date.now() - RESET_VALIDITY_MS)),
      });
      if (recent >= MAX_RESETS_PER_HOUR) return false;
      await manager.insert(PasswordResetEntity, {
        userId: user.id,
        tokenHash: hashToken(token),
        expiresAt: new Date(Date.now() + RESET_VALIDITY_MS),
      });
      await this.audit.record(manager, { actorId: null, action: 'password.reset_requested', entityType: 'user', entityId: user.id });
      return true;
    });
    if (created) {
      const link = `${this.config.publicUrl}${paths.resetPassword({ token })}`;
      // Sent after the answer: waiting on the mail server would make known addresses answer slower.
      void this.mail.send(resetMail(user.email, user.locale, user.displayName, link)).catch((err: Error) => {
        this.logger.error(`Could not send a password-reset e-mail: ${err.message}`);
      });
    }
    return true;
  }

  async reset(token: string, newPassword: string): Promise<SignedIn> {
    const valid = { tokenHash: hashToken(token), usedAt: IsNull(), expiresAt: MoreThan(new Date()) };
    // Checked before the slow hash, so that guessing tokens costs the server little; checked again under lock below.
    if (!(await this.dataSource.getRepository(PasswordResetEntity).existsBy(valid))) throw invalidToken();
    const passwordHash = await this.hasher.hash(newPassword);
    return this.dataSource.transaction(async (manager) => {
      const reset = await manager.findOne(PasswordResetEntity, { where: valid, lock: { mode: 'pessimistic_write' } });
      if (!reset) throw invalidToken();
      // Every outstanding link of the person dies with this one: a new password settles the matter.
      await manager.update(PasswordResetEntity, { userId: reset.userId, usedAt: IsNull() }, { usedAt: () => 'now()' });
      await manager.update(UserEntity, { id: reset.userId }, { passwordHash });
      await this.sessions.revokeAll(manager, reset.userId);
      const user = await manager.findOneByOrFail(UserEntity, { id: reset.userId });
      await this.audit.record(manager, { actorId: user.id, action: 'password.reset', entityType: 'user', entityId: user.id });
      return { user, ...(await this.sessions.open(manager, user)) };
    });
  }
}

const invalidToken = () => badInput('This reset link is not valid: it is unknown, already used or expired.', 'token');
