import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { MIN_PASSWORD_LENGTH, MAX_PASSWORD_LENGTH, isEmail, normalizeEmail } from '@concertation/shared-domain';
import { AuditService } from '../../core/audit/audit.service';
import { APP_CONFIG, type AppConfig } from '../../core/config/app-config';
import { UserEntity } from '../accounts/user.entity';
import { DEFAULT_LOCALE, DEFAULT_TIME_ZONE } from './auth.service';
import { PasswordHasher } from './password-hasher';

/**
 * ADMIN_EMAIL and ADMIN_PASSWORD (README.md, "Configuration"): when both are set and no user has
 * that e-mail, a COORDINATOR is created at start, so that a new installation has someone to run it.
 * An existing account is left alone: restarting never resets its password.
 */
@Injectable()
export class AdminBootstrapService implements OnApplicationBootstrap {
  private readonly logger = new Logger('AdminBootstrap');

  constructor(
    private readonly dataSource: DataSource,
    private readonly hasher: PasswordHasher,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.adminEmail || !this.config.adminPassword) return;
    const email = normalizeEmail(this.config.adminEmail);
    if (await this.dataSource.getRepository(UserEntity).existsBy({ email })) return;
    // Refusing to start beats creating an administrator nobody can sign in as.
    if (!isEmail(email)) throw new Error('ADMIN_EMAIL is not a valid e-mail address.');
    const password = this.config.adminPassword;
    if (password.length < MIN_PASSWORD_LENGTH || password.length > MAX_PASSWORD_LENGTH) {
      throw new Error(`ADMIN_PASSWORD must be ${MIN_PASSWORD_LENGTH} to ${MAX_PASSWORD_LENGTH} characters long.`);
    }
    const passwordHash = await this.hasher.hash(password);
    await this.dataSource.transaction(async (manager) => {
      // ON CONFLICT: several API processes may start at once on one database.
      const rows: Array<{ id: string }> = await manager.query(
        `INSERT INTO app_user (email, password_hash, display_name, platform_role, locale, time_zone)
         VALUES ($1, $2, $3, 'COORDINATOR', $4, $5)
         ON CONFLICT (email) DO NOTHING RETURNING id`,
        [email, passwordHash, 'Administrator', DEFAULT_LOCALE, DEFAULT_TIME_ZONE],
      );
      if (rows.length === 0) return;
      await this.audit.record(manager, { actorId: null, action: 'user.registered', entityType: 'user', entityId: rows[0].id });
      this.logger.log(`Coordinator account created for ${email} (ADMIN_EMAIL).`);
    });
  }
}
