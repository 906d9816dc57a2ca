import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService } from '../../core/audit/audit.service';
import type { Viewer } from '../../core/auth/viewer';
import { isUniqueViolation } from '../../core/database/unique-violation';
import { conflict, twoFactorRequired, unauthenticated } from '../../core/errors/domain-errors';
import { AffiliationsService } from '../accounts/affiliations.service';
import { UserEntity } from '../accounts/user.entity';
import type { RegisterInput } from './dto/register.input';
import { PasswordHasher } from './password-hasher';
import { SessionsService, type OpenedSession } from './sessions.service';
import { SignInLimitsService } from './sign-in-limits.service';
import { TwoFactorService } from './two-factor.service';

export interface SignedIn extends OpenedSession {
  user: UserEntity;
}

/** Who is signing in from where: the address for the limits, the User-Agent for the list of sessions. */
export interface SignInClient {
  address: string;
  userAgent: string | null;
}

/** One message for an unknown e-mail and a wrong password: the answer must not tell which it was. */
const WRONG_CREDENTIALS = 'Wrong e-mail or password.';
/** Only said once the password was right: by then the caller has been told a code is needed. */
const WRONG_CODE = 'The code is wrong or was already used.';
export const DEFAULT_LOCALE = 'FR';
export const DEFAULT_TIME_ZONE = 'America/Toronto';

/** Registration, sign-in, sign-out and password change. Password hashing happens outside transactions (it is slow). */
@Injectable()
export class AuthService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionsService,
    private readonly limits: SignInLimitsService,
    private readonly affiliations: AffiliationsService,
    private readonly twoFactor: TwoFactorService,
  ) {}

  async register(input: RegisterInput, client: SignInClient): Promise<SignedIn> {
    // The cheap refusals come before the deliberately slow hash, so that bad requests cost little.
    if (await this.dataSource.getRepository(UserEntity).existsBy({ email: input.email })) throw conflict('This e-mail is already registered.');
    const organizationId = typeof input.organizationId === 'string' ? input.organizationId : null;
    if (organizationId) await this.affiliations.organizationOrFail(this.dataSource.manager, organizationId);
    const passwordHash = await this.hasher.hash(input.password);
    try {
      return await this.dataSource.transaction(async (manager) => {
        const organization = organizationId ? await this.affiliations.organizationOrFail(manager, organizationId) : null;
        const inserted = await manager.insert(UserEntity, {
          email: input.email,
          passwordHash,
          displayName: input.displayName,
          platformRole: 'MEMBER',
          locale: input.locale ?? DEFAULT_LOCALE,
          timeZone: input.timeZone ?? DEFAULT_TIME_ZONE,
        });
        const user = await manager.findOneByOrFail(UserEntity, { id: inserted.identifiers[0].id });
        await this.audit.record(manager, { actorId: user.id, action: 'user.registered', entityType: 'user', entityId: user.id });
        if (organization) await this.affiliations.request(manager, user, organization);
        return { user, ...(await this.sessions.open(manager, user, client.userAgent)) };
      });
    } catch (err) {
      // Two registrations of one address at once: the unique index decides, the loser gets CONFLICT.
      if (isUniqueViolation(err, 'app_user_email_key')) {
        throw conflict('This e-mail is already registered.');
      }
      throw err;
    }
  }

  /**
   * With two-factor sign-in on, the right password without a code is TWO_FACTOR_REQUIRED and
   * counts as nothing (the client asks for the code and sends both again); a wrong code counts as
   * a failed sign-in, like a wrong password.
   */
  async login(email: string, password: string, code: string | null, client: SignInClient): Promise<SignedIn> {
    await this.limits.assertAllowed(email, client.address);
    const user = await this.dataSource.getRepository(UserEntity).findOneBy({ email });
    const valid = user ? await this.hasher.verify(user.passwordHash, password) : await this.hasher.verifyNobody(password);
    if (!user || !valid) {
      await this.limits.recordFailure(email, client.address);
      throw unauthenticated(WRONG_CREDENTIALS);
    }
    if (user.twoFactorEnabled && (code === null || code.trim() === '')) throw twoFactorRequired();
    const signedIn = await this.dataSource.transaction(async (manager) => {
      if (user.twoFactorEnabled && !(await this.twoFactor.consume(manager, user.id, code ?? ''))) return null;
      return { user, ...(await this.sessions.open(manager, user, client.userAgent)) };
    });
    if (!signedIn) {
      await this.limits.recordFailure(email, client.address);
      throw unauthenticated(WRONG_CODE);
    }
    return signedIn;
  }

  async signOut(viewer: Viewer, everywhere: boolean): Promise<boolean> {
    await this.dataSource.transaction(async (manager) => {
      if (everywhere) await this.sessions.revokeAll(manager, viewer.userId);
      else await this.sessions.revoke(manager, viewer.userId, viewer.sessionId);
      await this.audit.record(manager, { actorId: viewer.userId, action: 'session.revoked', entityType: 'user', entityId: viewer.userId });
    });
    return true;
  }

  /** A wrong current password counts as a failed sign-in, so that this is no way around the limits. */
  async changePassword(viewer: Viewer, currentPassword: string, newPassword: string, client: SignInClient): Promise<SignedIn> {
    const user = await this.dataSource.getRepository(UserEntity).findOneByOrFail({ id: viewer.userId });
    await this.limits.assertAllowed(user.email, client.address);
    if (!(await this.hasher.verify(user.passwordHash, currentPassword))) {
      await this.limits.recordFailure(user.email, client.address);
      throw unauthenticated('The current password is wrong.');
    }
    const passwordHash = await this.hasher.hash(newPassword);
    return this.dataSource.transaction(async (manager) => {
      await manager.update(UserEntity, { id: user.id }, { passwordHash });
      await this.sessions.revokeAll(manager, user.id);
      await this.audit.record(manager, { actorId: user.id, action: 'password.changed', entityType: 'user', entityId: user.id });
      return { user, ...(await this.sessions.open(manager, user, client.userAgent)) };
    });
  }
}
