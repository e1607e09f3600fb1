import 'reflect-metadata';
import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import type { DynamicModule } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyReply } from 'fastify';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';
import type { Clock } from './core/clock';
import { loadConfig, type Config } from './core/config';
import { registerCompression } from './core/compression';
import { registerCsrfCheck } from './core/csrf';
import { openDatabase, type Database } from './core/database/database';
import { describeError, ErrorFilter } from './core/error.filter';
import { registerHttpPlugins, registerPlugin } from './core/fastify-plugin';
import { registerRateLimits } from './core/rate-limit';
import { RouteCatalog } from './core/route-catalog';
import { registerSecurityHeaders } from './core/security-headers';
import { connectRedis } from './core/redis';
import { SpaFallback } from './core/spa';
import { registerApiDocs } from './openapi/openapi.docs';
import { RealtimeIoAdapter } from './realtime/io-adapter';

export type AppOptions = {
  /** Overrides on top of process.env (tests pass their own). */
  env?: Record<string, string | undefined>;
  /** An already opened database (tests load a migrated template); otherwise opened from config. */
  database?: Database;
  /** "Now" for the whole app; tests pass one they can move. */
  clock?: Clock;
  /** More Nest modules (tests use it to prove that an unlisted route is caught). */
  extraModules?: DynamicModule['imports'];
};
export type App = { app: NestFastifyApplication; config: Config; routes: RouteCatalog };
type FastifyServerOptions = Extract<ConstructorParameters<typeof FastifyAdapter>[0], { bodyLimit?: number; http2?: never }>;

/** Builds the whole application, ready to `listen` or to `inject` requests into. */
export async function createApp(options: AppOptions = {}): Promise<App> {
  const config = loadConfig({ ...process.env, ...options.env });
  const database = options.database ?? (await openDatabase(config));
  await database.migrate();
  const redis = config.REDIS_URL ? await connectRedis(config.REDIS_URL) : null;

  const serverOptions: FastifyServerOptions = {
    trustProxy: config.TRUST_PROXY,
    bodyLimit: 1_048_576,
    // The router rejects a bad URL or an over-long id before Nest sees it; answer in our error shape too.
    frameworkErrors(error, _request, reply) {
      const { status, body } = describeError(error);
      // Nest pins its own fastify copy; the reply is the same object at run time.
      void (reply as unknown as FastifyReply).code(status).send(body);
    },
  };
  const adapter = new FastifyAdapter(serverOptions);
  const routes = RouteCatalog.watch(adapter.getInstance());
  // bodyParser: false keeps Fastify's own JSON parser (proto/constructor poisoning → 400) and drops the
  // form-encoded one Nest adds: the API speaks JSON only, anything else is a 415.
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot({ config, database, redis, clock: options.clock }, options.extraModules), adapter, {
    bufferLogs: true,
    bodyParser: false,
  });
  app.useLogger(app.get(Logger));
  // JSON only: Fastify's own text/plain parser would let a cross-site form's body through to a handler.
  app.getHttpAdapter().getInstance().removeContentTypeParser('text/plain');
  app.setGlobalPrefix('api');
  app.enableShutdownHooks();

  const spa = SpaFallback.find(config.WEB_DIST);
  await registerHttpPlugins(app, async (server) => {
    await registerPlugin(server, fastifyCookie);
    // Before any route exists: the plugin attaches itself to each route as it is added.
    await registerCompression(server);
    await registerRateLimits(server, config);
    registerCsrfCheck(server);
    await registerApiDocs(server);
    await registerSecurityHeaders(server);
    if (spa) await registerPlugin(server, fastifyStatic, spa.staticOptions());
  });
  app.useGlobalFilters(new ErrorFilter(routes, spa));
  app.useWebSocketAdapter(new RealtimeIoAdapter(app, config, redis));

  await app.init();
  return { app, config, routes };
}
