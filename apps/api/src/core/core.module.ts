import { DynamicModule, Global, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import { CacheInvalidation } from './cache-invalidation';
import { CLOCK, systemClock, type Clock } from './clock';
import { CONFIG, type Config } from './config';
import { DATABASE, type Database } from './database/database';
import { EventBus } from './events';
import { REDIS, type Redis } from './redis';

export type CoreOptions = { config: Config; database: Database; redis: Redis | null; clock?: Clock };

/** Config, the database, Redis, the event bus and cache invalidation, opened before Nest starts and closed when it stops. */
@Global()
@Module({})
export class CoreModule implements OnApplicationShutdown {
  static forRoot(options: CoreOptions): DynamicModule {
    return {
      module: CoreModule,
      providers: [
        { provide: CONFIG, useValue: options.config },
        { provide: DATABASE, useValue: options.database },
        { provide: REDIS, useValue: options.redis },
        { provide: CLOCK, useValue: options.clock ?? systemClock },
        EventBus,
        CacheInvalidation,
      ],
      exports: [CONFIG, DATABASE, REDIS, CLOCK, EventBus, CacheInvalidation],
    };
  }

  constructor(
    @Inject(DATABASE) private readonly database: Database,
    @Inject(REDIS) private readonly redis: Redis | null,
  ) {}

  async onApplicationShutdown(): Promise<void> {
    if (this.redis?.isOpen) await this.redis.quit().catch(() => undefined);
    await this.database.close();
  }
}
