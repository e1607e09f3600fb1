import { Module, OnApplicationBootstrap } from '@nestjs/common';
import { SESSION_RESOLVER } from '../core/session-resolver';
import { AuthController } from './auth.controller';
import { AuthDemo } from './auth.demo';
import { AuthService } from './auth.service';
import { MailModule } from '../mail/mail.module';
import { PasswordResetController } from './password-reset.controller';
import { PasswordResetService } from './password-reset.service';
import { PasswordResetsRepository } from './password-resets.repository';
import { LoginThrottle } from './login-throttle';
import { SessionPurge } from './sessions.purge';
import { SessionsRepository } from './sessions.repository';
import { SessionsLive } from './sessions.live';
import { SessionsService } from './sessions.service';
import { SignInSteps } from './sign-in-steps';
import { UsersRepository } from './users.repository';

/** Accounts and sessions; provides SESSION_RESOLVER, through which core's guard recognises callers. */
@Module({
  imports: [MailModule],
  controllers: [AuthController, PasswordResetController],
  providers: [
    UsersRepository,
    SessionsRepository,
    SessionsService,
    { provide: SESSION_RESOLVER, useExisting: SessionsService },
    SessionPurge,
    SessionsLive,
    AuthDemo,
    AuthService,
    SignInSteps,
    LoginThrottle,
    PasswordResetsRepository,
    PasswordResetService,
  ],
  exports: [SESSION_RESOLVER, SessionsService, UsersRepository, AuthService, SignInSteps, PasswordResetsRepository],
})
export class AuthModule implements OnApplicationBootstrap {
  constructor(private readonly auth: AuthService) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.auth.ensureAdmin();
  }
}
