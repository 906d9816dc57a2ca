import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module';
import { AdminBootstrapService } from './admin-bootstrap.service';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { PasswordHasher } from './password-hasher';
import { PasswordResetResolver } from './password-reset.resolver';
import { PasswordResetService } from './password-reset.service';
import { SessionRetention } from './session-retention';
import { SessionsResolver } from './sessions.resolver';
import { SessionsService } from './sessions.service';
import { SignInLimitsService } from './sign-in-limits.service';
import { TwoFactorClock } from './two-factor-clock';
import { UserTwoFactorResolver } from './user-two-factor.resolver';
import { TwoFactorResolver } from './two-factor.resolver';
import { TwoFactorSecrets } from './two-factor-secrets';
import { TwoFactorService } from './two-factor.service';

@Module({
  imports: [AccountsModule],
  providers: [
    AuthResolver,
    PasswordResetResolver,
    SessionsResolver,
    TwoFactorResolver,
    UserTwoFactorResolver,
    AuthService,
    PasswordResetService,
    SessionsService,
    SessionRetention,
    SignInLimitsService,
    TwoFactorService,
    TwoFactorSecrets,
    TwoFactorClock,
    PasswordHasher,
    AdminBootstrapService,
  ],
  exports: [SessionsService, PasswordHasher, SignInLimitsService],
})
export class AuthModule {}
