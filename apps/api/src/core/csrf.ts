import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { CSRF_HEADER, CSRF_HEADER_VALUE, type ErrorBody } from '@broedplaats/contracts';

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Cross-site forms and simple requests cannot set a custom header, so requiring one on every
 * state-changing /api request defeats CSRF together with the SameSite=Lax cookie.
 */
export function registerCsrfCheck(app: NestFastifyApplication): void {
  app.getHttpAdapter().getInstance().addHook('onRequest', async (request, reply) => {
    if (SAFE.has(request.method) || !request.url.startsWith('/api/')) return;
    if (request.headers[CSRF_HEADER] === CSRF_HEADER_VALUE) return;
    const body: ErrorBody = { error: { code: 'csrf_failed', message: `Missing ${CSRF_HEADER} header` } };
    return reply.code(403).send(body);
  });
}
