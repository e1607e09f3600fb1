import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyStaticOptions } from '@fastify/static';
import { SESSION_COOKIE } from '@broedplaats/contracts';

/** path → file in prerendered/, as the web build wrote it (apps/web/scripts/prerender.ts). */
function readPrerendered(root: string): Map<string, string> {
  const index = path.join(root, 'prerendered', 'pages.json');
  if (!existsSync(index)) return new Map();
  const pages = JSON.parse(readFileSync(index, 'utf8')) as Record<string, string>;
  return new Map(Object.entries(pages).filter(([, file]) => existsSync(path.join(root, 'prerendered', file))));
}

/**
 * The web build is a single-page app: unknown non-API GET paths get its index.html. The pages a visitor
 * without an account lands on (/, /login) also come prerendered, so a phone shows them before any script
 * runs; only requests without a session cookie get those, since they show the signed-out page.
 */
export class SpaFallback {
  private readonly prerendered: Map<string, string>;

  constructor(readonly root: string) {
    this.prerendered = readPrerendered(root);
  }

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
      // `/` comes through send(): it may have a prerendered page.
      index: false,
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

  send(request: FastifyRequest, reply: FastifyReply) {
    const pathname = request.url.split('?')[0];
    const prerendered = this.prerendered.get(pathname);
    // Whether the page is the prerendered one depends on the cookie: caches must keep them apart.
    reply.header('vary', 'cookie');
    if (prerendered && !request.cookies?.[SESSION_COOKIE]) return reply.type('text/html').sendFile(prerendered, path.join(this.root, 'prerendered'));
    return reply.type('text/html').sendFile('index.html', this.root);
  }
}
