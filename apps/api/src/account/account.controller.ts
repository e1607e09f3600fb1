import { Controller, Res } from '@nestjs/common';
import { routes } from '@broedplaats/contracts';
import type { FastifyReply } from 'fastify';
import { clearSessionCookie } from '../auth/session-cookie';
import { ApiRoute, RouteBody, type RouteIn as In } from '../core/api-route';
import { CurrentUser, type AuthContext } from '../core/auth-context';
import { AccountDeletion } from './account-deletion.service';

@Controller()
export class AccountController {
  constructor(private readonly deletion: AccountDeletion) {}

  @ApiRoute(routes.deleteAccount)
  async delete(
    @CurrentUser() auth: AuthContext,
    @RouteBody(routes.deleteAccount) body: In<'deleteAccount', 'body'>,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<void> {
    await this.deletion.delete(auth.user, body.password);
    clearSessionCookie(reply);
  }
}
