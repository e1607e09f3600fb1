import 'reflect-metadata';
import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';
import { loadConfig, type Config } from './core/config';
import { registerCsrfCheck } from './core/csrf';
import { openDatabase, type Database } from './core/database/database';
import { ErrorFilter } from './core/error.filter';
import { registerPlugin } from './core/fastify-plugin';
import { registerRateLimits } from './core/rate-limit';
import { connectRedis } from './core/redis';
import { SpaFallback } from './core/spa';
import { registerApiDocs } from './openapi/openapi.docs';
import { RealtimeIoAdapter } from './realtime/io-adapter';

export type AppOptions = {
  /** Overrides on top of process.env (tests pass their own). */
  env?: Record<string, string | undefined>;
  /** An already opened database (tests load a migrated template); otherwise opened from config. */
  database?: Database;
};
export type App = { app: NestFastifyApplication; config: Config };

/** Builds the whole application, ready to `listen` or to `inject` requests into. */
export async function createApp(options: AppOptions = {}): Promise<App> {
  const config = loadConfig({ ...process.env, ...options.env });
  const database = options.database ?? (await openDatabase(config));
  await database.migrate();
  const redis = config.REDIS_URL ? await connectRedis(config.REDIS_URL) : null;

  const adapter = new FastifyAdapter({ trustProxy: config.TRUST_PROXY, bodyLimit: 1_048_576 });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot({ config, database, redis }), adapter, {
    bufferLogs: true,
  });
  app.useLogger(app.get(Logger));
  app.setGlobalPrefix('api');
  app.enableShutdownHooks();

  await registerPlugin(app, fastifyCookie);
  await registerRateLimits(app, config);
  registerCsrfCheck(app);
  await registerApiDocs(app);

  const spa = SpaFallback.find(config.WEB_DIST);
  if (spa) await registerPlugin(app, fastifyStatic, { root: spa.root, prefix: '/', wildcard: false, index: ['index.html'] });
  app.useGlobalFilters(new ErrorFilter(spa));
  app.useWebSocketAdapter(new RealtimeIoAdapter(app, config, redis));

  await app.init();
  return { app, config };
}
