import fastifyHelmet from '@fastify/helmet';
import { registerPlugin, type HttpServer } from './fastify-plugin';

/**
 * Security headers on every answer, the web app's pages included. The content security policy allows
 * only this origin, plus inline styles (Mantine sets style attributes and injects its CSS variables).
 * Swagger UI at /api/docs loads only script files from here; socket.io is same-origin, which 'self'
 * covers for ws: too.
 */
export async function registerSecurityHeaders(server: HttpServer): Promise<void> {
  await registerPlugin(server, fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        // The web app's service worker (sw.js, the offline app shell); said outright rather than left to script-src.
        workerSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        // TLS is the proxy's business; on plain http (a laptop, an intranet) upgrading would break the app.
        upgradeInsecureRequests: null,
      },
    },
    // The API is used cross-origin by nobody; keep resources to this site.
    crossOriginResourcePolicy: { policy: 'same-origin' },
  });
  // Answers carry personal data and invitation tokens: no browser or proxy may keep them. Static
  // files set their own caching and keep it.
  server.addHook('onSend', async (_request, reply) => {
    if (!reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
  });
}
