import { Global, Module, OnApplicationBootstrap } from '@nestjs/common';
import { InvitationsModule } from '../invitations/invitations.module';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { LoginThrottle } from './login-throttle';
import { SessionsRepository } from './sessions.repository';
import { SessionsService } from './sessions.service';
import { UsersRepository } from './users.repository';

/** Global so the session guard (core) and the realtime handshake can resolve sessions. */
@Global()
@Module({
  imports: [InvitationsModule],
  controllers: [AuthController],
  providers: [UsersRepository, SessionsRepository, SessionsService, AuthService, LoginThrottle],
  exports: [SessionsService, UsersRepository, AuthService],
})
export class AuthModule implements OnApplicationBootstrap {
  constructor(private readonly auth: AuthService) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.auth.ensureAdmin();
  }
}
