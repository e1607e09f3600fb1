import fastifyRateLimit from '@fastify/rate-limit';
import type { RateLimitPluginOptions } from '@fastify/rate-limit';
import type { RateLimitBucket } from '@broedplaats/contracts';
import type { FastifyRequest } from 'fastify';
import type { RouteSettings } from './api-route';
import type { Config } from './config';
import { AppError } from './errors';
import { registerPlugin, type HttpServer } from './fastify-plugin';

/** The bucket the matched route declares in the route table (so `/api/auth/%6Cogin` counts as login). */
const bucketOf = (request: FastifyRequest): RateLimitBucket | undefined => (request.routeOptions.config as RouteSettings | undefined)?.limitBucket;

/**
 * Per-IP limits for the routes that declare a bucket: checking passwords (guessing) and making
 * accounts (mass sign-ups). Changing a password checks the current one, so it has login's limit in
 * its own bucket. Sending mail (reset links, invitations) has its own, so nobody floods inboxes.
 */
export async function registerRateLimits(server: HttpServer, config: Config): Promise<void> {
  const max: Record<RateLimitBucket, number> = { login: config.RATE_LIMIT_LOGIN, password: config.RATE_LIMIT_LOGIN, register: config.RATE_LIMIT_REGISTER, mail: config.RATE_LIMIT_MAIL };
  await registerPlugin<RateLimitPluginOptions>(server, fastifyRateLimit, {
    global: true,
    timeWindow: config.RATE_LIMIT_WINDOW_MS,
    allowList: (request) => bucketOf(request) === undefined,
    max: (request) => max[bucketOf(request) ?? 'login'],
    keyGenerator: (request) => `${bucketOf(request)}:${request.ip}`,
    errorResponseBuilder: () => new AppError('rate_limited', 'Too many attempts; try again in a minute'),
  });
}
