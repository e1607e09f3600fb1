import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyStaticOptions } from '@fastify/static';
import { SESSION_COOKIE } from '@broedplaats/contracts';

/** Which file in prerendered/ each path gets, as the web build wrote them (apps/web/scripts/prerender.ts). */
type PrerenderedPages = { signedOut: Map<string, string>; signedOutApp?: string; preloaded: Array<{ pattern: RegExp; file: string; signedOutFile?: string }> };

function readPrerendered(root: string): PrerenderedPages {
  const folder = path.join(root, 'prerendered');
  const index = path.join(folder, 'pages.json');
  if (!existsSync(index)) return { signedOut: new Map(), preloaded: [] };
  const pages = JSON.parse(readFileSync(index, 'utf8')) as { signedOut?: Record<string, string>; signedOutApp?: string; preloaded?: Array<{ pattern: string; file: string; signedOutFile?: string }> };
  const exists = (file: string) => existsSync(path.join(folder, file));
  return {
    signedOut: new Map(Object.entries(pages.signedOut ?? {}).filter(([, file]) => exists(file))),
    signedOutApp: pages.signedOutApp && exists(pages.signedOutApp) ? pages.signedOutApp : undefined,
    preloaded: (pages.preloaded ?? [])
      .filter((page) => exists(page.file))
      .map((page) => ({ pattern: new RegExp(page.pattern), file: page.file, signedOutFile: page.signedOutFile && exists(page.signedOutFile) ? page.signedOutFile : undefined })),
  };
}

/**
 * The web build is a single-page app: unknown non-API GET paths get its index.html. The pages a visitor
 * without an account lands on (/, /login) also come prerendered, so a phone shows them before any script
 * runs; only requests without a session cookie get those, since they show the signed-out page. Pages
 * behind sign-in come as index.html with their own code preloaded.
 */
export class SpaFallback {
  private readonly prerendered: PrerenderedPages;

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
    // Whether the page is the prerendered one depends on the cookie: caches must keep them apart.
    reply.header('vary', 'cookie');
    const noSession = !request.cookies?.[SESSION_COOKIE];
    const preloaded = this.prerendered.preloaded.find((page) => page.pattern.test(pathname));
    const file = noSession
      ? (this.prerendered.signedOut.get(pathname) ?? preloaded?.signedOutFile ?? preloaded?.file ?? this.prerendered.signedOutApp)
      : preloaded?.file;
    if (file) return reply.type('text/html').sendFile(file, path.join(this.root, 'prerendered'));
    return reply.type('text/html').sendFile('index.html', this.root);
  }
}
