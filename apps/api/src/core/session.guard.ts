import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { SESSION_COOKIE } from '@broedplaats/contracts';
import { PUBLIC_ROUTE, type AuthedRequest } from './auth-context';
import { unauthenticated } from './errors';
import { SESSION_RESOLVER, type SessionResolver } from './session-resolver';

/** Every route needs a live session unless marked @Public(). */
@Injectable()
export class SessionGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    @Inject(SESSION_RESOLVER) private readonly sessions: SessionResolver,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const request = context.switchToHttp().getRequest<AuthedRequest>();
    const token = request.cookies?.[SESSION_COOKIE];
    const auth = token ? await this.sessions.resolve(token) : null;
    if (auth) request.auth = auth;
    const isPublic = this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, [context.getHandler(), context.getClass()]);
    if (!auth && !isPublic) throw unauthenticated();
    return true;
  }
}
