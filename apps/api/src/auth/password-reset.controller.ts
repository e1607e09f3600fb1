import { Controller } from '@nestjs/common';
import { routes } from '@broedplaats/contracts';
import { ApiRoute, RouteBody, type RouteIn as In } from '../core/api-route';
import { PasswordResetService } from './password-reset.service';

@Controller()
export class PasswordResetController {
  constructor(private readonly resets: PasswordResetService) {}

  @ApiRoute(routes.requestPasswordReset)
  request(@RouteBody(routes.requestPasswordReset) body: In<'requestPasswordReset', 'body'>): void {
    this.resets.request(body);
  }

  @ApiRoute(routes.resetPassword)
  reset(@RouteBody(routes.resetPassword) body: In<'resetPassword', 'body'>): Promise<void> {
    return this.resets.reset(body);
  }
}
