import type { NestFastifyApplication } from '@nestjs/platform-fastify';

type NestRegister = NestFastifyApplication['register'];

/**
 * Nest pins its own fastify copy, so plugin types (built against the root fastify) do not line up
 * although they work at run time; this is the one place that bridges the two type worlds.
 */
export function registerPlugin<O>(app: NestFastifyApplication, plugin: unknown, options?: O) {
  return (app.register as (plugin: Parameters<NestRegister>[0], options?: O) => ReturnType<NestRegister>)(
    plugin as Parameters<NestRegister>[0],
    options,
  );
}
