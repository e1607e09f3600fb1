import { Controller, Inject, Req, Res } from '@nestjs/common';
import { routes, type AuthResult, type Me, type Session } from '@broedplaats/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApiRoute, RouteBody, RouteParams, type RouteIn as In } from '../core/api-route';
import { CurrentUser, type AuthContext } from '../core/auth-context';
import { CONFIG, type Config } from '../core/config';
import { AuthService, type Client, type SignedIn } from './auth.service';
import { clearSessionCookie, setSessionCookie } from './session-cookie';
import { SessionsService } from './sessions.service';

const clientOf = (request: FastifyRequest): Client => ({ userAgent: request.headers['user-agent'] ?? null, ip: request.ip });

@Controller()
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly sessions: SessionsService,
    @Inject(CONFIG) private readonly config: Config,
  ) {}

  @ApiRoute(routes.register)
  async register(
    @RouteBody(routes.register) body: In<'register', 'body'>,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<AuthResult> {
    return this.signIn(await this.auth.register(body, request.headers['user-agent'] ?? null), request, reply);
  }

  @ApiRoute(routes.login)
  async login(
    @RouteBody(routes.login) body: In<'login', 'body'>,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<AuthResult> {
    return this.signIn(await this.auth.login(body, clientOf(request)), request, reply);
  }

  @ApiRoute(routes.logout)
  async logout(@CurrentUser() auth: AuthContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<void> {
    await this.auth.logout(auth);
    clearSessionCookie(reply);
  }

  @ApiRoute(routes.me)
  me(@CurrentUser() auth: AuthContext): Me {
    return auth.user;
  }

  @ApiRoute(routes.updateMe)
  updateProfile(@CurrentUser() auth: AuthContext, @RouteBody(routes.updateMe) body: In<'updateMe', 'body'>): Promise<Me> {
    return this.auth.updateProfile(auth, body);
  }

  @ApiRoute(routes.changePassword)
  async changePassword(
    @CurrentUser() auth: AuthContext,
    @RouteBody(routes.changePassword) body: In<'changePassword', 'body'>,
    @Req() request: FastifyRequest,
  ): Promise<void> {
    await this.auth.changePassword(auth, body, clientOf(request));
  }

  @ApiRoute(routes.sessions)
  listSessions(@CurrentUser() auth: AuthContext): Promise<Session[]> {
    return this.sessions.list(auth);
  }

  @ApiRoute(routes.revokeSession)
  async revokeSession(
    @CurrentUser() auth: AuthContext,
    @RouteParams(routes.revokeSession) { sessionId }: In<'revokeSession', 'params'>,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<void> {
    await this.sessions.revoke(auth, sessionId);
    if (sessionId === auth.sessionId) clearSessionCookie(reply);
  }

  private signIn({ token, ...result }: SignedIn, request: FastifyRequest, reply: FastifyReply): AuthResult {
    setSessionCookie(request, reply, token, this.sessions.maxAgeSeconds, this.config.COOKIE_SECURE);
    return result;
  }
}
