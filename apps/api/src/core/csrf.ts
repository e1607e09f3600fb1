import type { HttpServer } from './fastify-plugin';
import type { FastifyRequest } from 'fastify';
import { CSRF_HEADER, CSRF_HEADER_VALUE, type ErrorBody } from '@broedplaats/contracts';

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);
/** What a browser says about who started the request; anything else is another site. */
const SAME_SITE_FETCH = new Set(['same-origin', 'none']);

/** Why a state-changing request may come from another site, or null when it may not. */
export function crossSiteProblem(request: Pick<FastifyRequest, 'headers' | 'host'>): string | null {
  const { headers } = request;
  if (headers[CSRF_HEADER] !== CSRF_HEADER_VALUE) return `Missing ${CSRF_HEADER} header`;
  const fetchSite = headers['sec-fetch-site'];
  if (typeof fetchSite === 'string' && !SAME_SITE_FETCH.has(fetchSite)) return 'Cross-site request refused';
  const origin = headers.origin;
  if (typeof origin === 'string' && hostOf(origin) !== request.host.toLowerCase()) return 'Cross-origin request refused';
  return null;
}

function hostOf(origin: string): string | null {
  try {
    return new URL(origin).host.toLowerCase();
  } catch {
    return null; // "null" (sandboxed frames, file://) or garbage
  }
}

/**
 * Every request that is not GET/HEAD/OPTIONS must carry our header, whatever the spelling of its
 * path (`/%61pi/…`, absolute-form targets): cross-site forms and simple requests cannot set a
 * custom header. A browser's Origin and Sec-Fetch-Site are a second line. socket.io's own requests
 * never reach Fastify (engine.io answers them first).
 */
export function registerCsrfCheck(server: HttpServer): void {
  server.addHook('onRequest', async (request, reply) => {
    if (SAFE.has(request.method)) return;
    const problem = crossSiteProblem(request);
    if (!problem) return;
    const body: ErrorBody = { error: { code: 'csrf_failed', message: problem } };
    return reply.code(403).send(body);
  });
}
