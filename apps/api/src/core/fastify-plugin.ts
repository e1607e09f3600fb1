import type { FastifyInstance } from 'fastify';
import fastifyPlugin from 'fastify-plugin';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';

/** The Fastify server the API runs on, as plugins see it. */
export type HttpServer = FastifyInstance;

type NestRegister = NestFastifyApplication['register'];

/**
 * Nest pins its own fastify copy, so plugin types (built against the root fastify) do not line up
 * although they work at run time; this is the one place that bridges the two type worlds.
 */
export function registerPlugin<O>(server: HttpServer, plugin: unknown, options?: O) {
  return (server.register as unknown as (plugin: Parameters<NestRegister>[0], options?: O) => ReturnType<NestRegister>)(
    plugin as Parameters<NestRegister>[0],
    options,
  );
}

/**
 * All of the server's plugins and hooks, registered as one plugin of the Nest app. Awaiting several
 * registrations one by one on the root lets the root finish booting between two of them on a busy
 * machine ("root plugin has already booted"); inside one plugin each `await` is safe, and the order holds.
 */
export function registerHttpPlugins(app: NestFastifyApplication, register: (server: HttpServer) => Promise<void>) {
  const plugin = fastifyPlugin(async (server: HttpServer) => register(server), { name: 'broedplaats-http' });
  return (app.register as (plugin: Parameters<NestRegister>[0]) => ReturnType<NestRegister>)(plugin as unknown as Parameters<NestRegister>[0]);
}
