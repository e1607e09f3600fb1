import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import type { Me } from '@broedplaats/contracts';
import type { FastifyRequest } from 'fastify';
import { unauthenticated } from './errors';

/** Who is calling: set by the session guard on every authenticated request. */
export type AuthContext = { user: Me; sessionId: string };
export type AuthedRequest = FastifyRequest & { auth?: AuthContext };

export const PUBLIC_ROUTE = 'broedplaats:public';
/** Marks a route that works without a session (the guard still recognises one when present). */
export const Public = () => SetMetadata(PUBLIC_ROUTE, true);

export const CurrentUser = createParamDecorator((_data: unknown, ctx: ExecutionContext): AuthContext => {
  const auth = ctx.switchToHttp().getRequest<AuthedRequest>().auth;
  if (!auth) throw unauthenticated();
  return auth;
});

/** On a public route: who is calling when signed in, or null for a visitor. */
export const CurrentUserIfAny = createParamDecorator((_data: unknown, ctx: ExecutionContext): AuthContext | null => {
  return ctx.switchToHttp().getRequest<AuthedRequest>().auth ?? null;
});
