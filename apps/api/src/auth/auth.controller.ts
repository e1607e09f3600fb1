import { Body, Controller, Delete, Get, HttpCode, Inject, Param, Patch, Post, Req, Res } from '@nestjs/common';
import { ChangePasswordBody, LoginBody, RegisterBody, UpdateProfileBody, type AuthResult, type Me, type Session } from '@broedplaats/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { CurrentUser, Public, type AuthContext } from '../core/auth-context';
import { CONFIG, type Config } from '../core/config';
import { UuidPipe, ZodPipe } from '../core/validation';
import { AuthService, type Client, type SignedIn } from './auth.service';
import { clearSessionCookie, setSessionCookie } from './session-cookie';
import { SessionsService } from './sessions.service';

const clientOf = (request: FastifyRequest): Client => ({ userAgent: request.headers['user-agent'] ?? null, ip: request.ip });

@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly sessions: SessionsService,
    @Inject(CONFIG) private readonly config: Config,
  ) {}

  @Public()
  @Post('register')
  @HttpCode(201)
  async register(
    @Body(new ZodPipe(RegisterBody)) body: z.output<typeof RegisterBody>,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<AuthResult> {
    return this.signIn(await this.auth.register(body, request.headers['user-agent'] ?? null), request, reply);
  }

  @Public()
  @Post('login')
  @HttpCode(200)
  async login(
    @Body(new ZodPipe(LoginBody)) body: z.output<typeof LoginBody>,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<AuthResult> {
    return this.signIn(await this.auth.login(body, clientOf(request)), request, reply);
  }

  @Post('logout')
  @HttpCode(204)
  async logout(@CurrentUser() auth: AuthContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<void> {
    await this.auth.logout(auth);
    clearSessionCookie(reply);
  }

  @Get('me')
  me(@CurrentUser() auth: AuthContext): Me {
    return auth.user;
  }

  @Patch('me')
  updateProfile(@CurrentUser() auth: AuthContext, @Body(new ZodPipe(UpdateProfileBody)) body: z.output<typeof UpdateProfileBody>): Promise<Me> {
    return this.auth.updateProfile(auth, body);
  }

  @Post('password')
  @HttpCode(204)
  async changePassword(
    @CurrentUser() auth: AuthContext,
    @Body(new ZodPipe(ChangePasswordBody)) body: z.output<typeof ChangePasswordBody>,
    @Req() request: FastifyRequest,
  ): Promise<void> {
    await this.auth.changePassword(auth, body, clientOf(request));
  }

  @Get('sessions')
  listSessions(@CurrentUser() auth: AuthContext): Promise<Session[]> {
    return this.sessions.list(auth);
  }

  @Delete('sessions/:sessionId')
  @HttpCode(204)
  async revokeSession(
    @CurrentUser() auth: AuthContext,
    @Param('sessionId', UuidPipe) sessionId: string,
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
