import { routes, type RouteSpec } from '@broedplaats/contracts';
import { Controller, Get, Module } from '@nestjs/common';
import { createApp } from '../src/app.factory';
import { testEnv } from './support/app';
import { testDatabases } from './support/databases';

/** Served by plugins, not by our handlers: the API docs UI and its assets. */
const notOurs = (url: string) => url.startsWith('/api/docs');
const table = (Object.values(routes) as RouteSpec[]).map((r) => `${r.method} ${r.path}`).sort();

async function servedRoutes(extraModules: unknown[] = []): Promise<string[]> {
  const database = await testDatabases()[0][1].open();
  const { app, routes: catalog } = await createApp({ env: testEnv, database, extraModules: extraModules as never });
  try {
    return catalog
      .list()
      .filter((r) => r.url.startsWith('/api/') && !notOurs(r.url) && r.method !== 'HEAD' && r.method !== 'OPTIONS')
      .map((r) => `${r.method} ${r.url}`)
      .sort();
  } finally {
    await app.close();
  }
}

describe('the route table in libs/contracts', () => {
  it('lists exactly the routes Fastify serves', async () => {
    expect(await servedRoutes()).toEqual(table);
  });

  it('fails on a route that is not in the table', async () => {
    @Controller()
    class StrayController {
      @Get('stray')
      stray() {
        return {};
      }
    }
    @Module({ controllers: [StrayController] })
    class StrayModule {}
    const served = await servedRoutes([StrayModule]);
    expect(served).toContain('GET /api/stray');
    expect(served.filter((r) => !table.includes(r))).toEqual(['GET /api/stray']);
  });

  it('has unique names for method and path', () => {
    expect(new Set(table).size).toBe(table.length);
  });
});
