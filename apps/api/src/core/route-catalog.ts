import type { FastifyInstance, RouteOptions } from 'fastify';

type Registered = { method: string; url: string; pattern: RegExp };

const toPattern = (url: string) => new RegExp(`^${url.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/:\w+/g, '[^/]+')}/?$`);

/**
 * Every route Fastify registered, as it registered them. Lets a request for a known path with an
 * unknown method be answered 405 with `Allow`, as HTTP clients and OpenAPI tools expect.
 */
export class RouteCatalog {
  private readonly routes: Registered[] = [];

  /** Must run before routes are added (before Nest's init). */
  static watch(fastify: Pick<FastifyInstance, 'addHook'>): RouteCatalog {
    const catalog = new RouteCatalog();
    fastify.addHook('onRoute', (route: RouteOptions) => catalog.add(route));
    return catalog;
  }

  list(): Array<{ method: string; url: string }> {
    return this.routes.map(({ method, url }) => ({ method, url }));
  }

  /** Methods registered for a concrete path (no query string), HEAD included where GET is. */
  methodsFor(path: string): string[] {
    const methods = new Set(this.routes.filter((r) => r.pattern.test(path)).map((r) => r.method));
    return [...methods].sort();
  }

  private add(route: RouteOptions): void {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) this.routes.push({ method: method.toUpperCase(), url: route.url, pattern: toPattern(route.url) });
  }
}
