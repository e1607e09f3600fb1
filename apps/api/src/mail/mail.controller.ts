import { Controller } from '@nestjs/common';
import { routes, type OutboxPage } from '@broedplaats/contracts';
import { ApiRoute, RouteQuery, type RouteIn as In } from '../core/api-route';
import { CurrentUser, type AuthContext } from '../core/auth-context';
import { Mailer } from './mailer';

@Controller()
export class MailController {
  constructor(private readonly mailer: Mailer) {}

  @ApiRoute(routes.outbox)
  list(@CurrentUser() { user }: AuthContext, @RouteQuery(routes.outbox) { page, pageSize }: In<'outbox', 'query'>): Promise<OutboxPage> {
    return this.mailer.readOutbox(user, page, pageSize);
  }
}
