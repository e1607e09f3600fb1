import { existsSync } from 'node:fs';
import path from 'node:path';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyStaticOptions } from '@fastify/static';

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

  /**
   * Options for @fastify/static: the build writes .br and .gz beside each file, served to browsers that
   * accept them. Vite names everything under assets/ by its content hash, so a browser may keep those for
   * a year without asking again; index.html (which names the current hashes) is checked on every visit.
   */
  staticOptions(): FastifyStaticOptions {
    return {
      root: this.root,
      prefix: '/',
      wildcard: false,
      index: ['index.html'],
      preCompressed: true,
      setHeaders: (reply, file) => {
        const cacheControl = SpaFallback.cacheControl(path.relative(this.root, file));
        if (cacheControl) reply.header('cache-control', cacheControl);
      },
    };
  }

  /** `relative` may name the precompressed twin (index.html.br); it is cached as the file it stands for. */
  static cacheControl(relative: string): string | undefined {
    relative = relative.replace(/\.(br|gz)$/, '');
    if (relative.split(path.sep)[0] === 'assets') return 'public, max-age=31536000, immutable';
    if (relative.endsWith('.html')) return 'no-cache';
    return undefined;
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
