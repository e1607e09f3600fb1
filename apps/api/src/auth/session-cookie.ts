import { SESSION_COOKIE } from '@broedplaats/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type {} from '@fastify/cookie';

/** Secure when asked for, or when the request reached us (or our proxy) over TLS. */
function isSecure(request: FastifyRequest, forceSecure: boolean): boolean {
  const forwarded = String(request.headers['x-forwarded-proto'] ?? '').split(',')[0].trim();
  return forceSecure || request.protocol === 'https' || forwarded === 'https';
}

export function setSessionCookie(request: FastifyRequest, reply: FastifyReply, token: string, maxAge: number, forceSecure: boolean) {
  reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: isSecure(request, forceSecure),
    path: '/',
    maxAge,
  });
}

export function clearSessionCookie(reply: FastifyReply) {
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
}
