import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module';
import { AdminBootstrapService } from './admin-bootstrap.service';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { PasswordHasher } from './password-hasher';
import { PasswordResetResolver } from './password-reset.resolver';
import { PasswordResetService } from './password-reset.service';
import { SessionsService } from './sessions.service';
import { SignInLimitsService } from './sign-in-limits.service';

@Module({
  imports: [AccountsModule],
  providers: [
    AuthResolver,
    PasswordResetResolver,
    AuthService,
    PasswordResetService,
    SessionsService,
    SignInLimitsService,
    PasswordHasher,
    AdminBootstrapService,
  ],
  exports: [SessionsService, PasswordHasher],
})
export class AuthModule {}
