import { Controller, Inject, Res } from '@nestjs/common';
import { routes, type Health } from '@broedplaats/contracts';
import type { FastifyReply } from 'fastify';
import { ApiRoute } from '../core/api-route';
import { DATABASE, type Database } from '../core/database/database';
import { REDIS, type Redis } from '../core/redis';

const within = <T>(promise: Promise<T>, ms: number) =>
  Promise.race([promise, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms).unref())]);

async function check(probe: () => Promise<unknown>) {
  try {
    await within(probe(), 2000);
    return { status: 'up' as const };
  } catch (error) {
    return { status: 'down' as const, detail: (error as Error).message };
  }
}

@Controller()
export class HealthController {
  constructor(
    @Inject(DATABASE) private readonly database: Database,
    @Inject(REDIS) private readonly redis: Redis | null,
  ) {}

  /** 200 when everything configured answers, 503 otherwise; the body says which part is down. */
  @ApiRoute(routes.health)
  async health(@Res({ passthrough: true }) reply: FastifyReply): Promise<Health> {
    const database = { ...(await check(() => this.database.ping())), kind: this.database.kind };
    const redis = this.redis ? await check(() => this.redis!.ping()) : undefined;
    const ok = database.status === 'up' && (!redis || redis.status === 'up');
    reply.code(ok ? 200 : 503);
    return { status: ok ? 'ok' : 'error', database, ...(redis ? { redis } : {}) };
  }
}
