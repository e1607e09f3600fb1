import { existsSync } from 'node:fs';
import path from 'node:path';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type {} from '@fastify/static';

/** The web build is a single-page app: unknown non-API GET paths get its index.html. */
export class SpaFallback {
  constructor(readonly root: string) {}

  static find(configured: string | undefined): SpaFallback | undefined {
    const candidates = configured
      ? [path.resolve(configured)]
      : [path.resolve('apps/web/dist'), path.resolve(__dirname, '../../web/dist'), path.resolve(__dirname, '../../../../web/dist')];
    const root = candidates.find((dir) => existsSync(path.join(dir, 'index.html')));
    return root ? new SpaFallback(root) : undefined;
  }

  handles(request: FastifyRequest): boolean {
    if (request.method !== 'GET' && request.method !== 'HEAD') return false;
    const url = request.url;
    return !url.startsWith('/api') && !url.startsWith('/socket.io');
  }

  send(reply: FastifyReply) {
    return reply.type('text/html').sendFile('index.html', this.root);
  }
}
