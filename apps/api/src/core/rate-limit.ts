import fastifyRateLimit from '@fastify/rate-limit';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { RateLimitPluginOptions } from '@fastify/rate-limit';
import type { FastifyRequest } from 'fastify';
import type { Config } from './config';
import { AppError } from './errors';
import { registerPlugin } from './fastify-plugin';

/** By the route that matched, not the raw URL: `/api/auth/%6Cogin` reaches the login route too. */
const limited = (request: FastifyRequest): 'login' | 'register' | 'password' | null => {
  if (request.method !== 'POST') return null;
  const route = request.routeOptions.url;
  if (route === '/api/auth/login') return 'login';
  if (route === '/api/auth/register') return 'register';
  if (route === '/api/auth/password') return 'password';
  return null;
};

/**
 * Only routes that check a password or make accounts are limited (guessing passwords, mass
 * sign-ups). Changing a password checks the current one, so it has login's limit in its own bucket.
 */
export async function registerRateLimits(app: NestFastifyApplication, config: Config): Promise<void> {
  await registerPlugin<RateLimitPluginOptions>(app, fastifyRateLimit, {
    global: true,
    timeWindow: config.RATE_LIMIT_WINDOW_MS,
    allowList: (request) => limited(request) === null,
    max: (request) => (limited(request) === 'register' ? config.RATE_LIMIT_REGISTER : config.RATE_LIMIT_LOGIN),
    keyGenerator: (request) => `${limited(request)}:${request.ip}`,
    errorResponseBuilder: () => new AppError('rate_limited', 'Too many attempts; try again in a minute'),
  });
}
