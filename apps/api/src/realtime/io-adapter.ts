import type { INestApplicationContext } from '@nestjs/common';
import { IoAdapter } from '@nestjs/platform-socket.io';
import { createAdapter } from '@socket.io/redis-streams-adapter';
import type { ServerOptions } from 'socket.io';
import type { Config } from '../core/config';
import type { Redis } from '../core/redis';

/**
 * Server options live here, in one place. Connection-state recovery stays off: it restores a
 * socket's old rooms and replays missed packets before any middleware or membership check runs
 * (a removed facilitator got a new invitation token that way), so a reconnecting socket starts
 * from nothing and the web refetches what it shows. With Redis, the Streams adapter.
 */
export class RealtimeIoAdapter extends IoAdapter {
  constructor(
    app: INestApplicationContext,
    private readonly config: Config,
    private readonly redis: Redis | null,
  ) {
    super(app);
  }

  createIOServer(port: number, options?: ServerOptions) {
    const prefix = this.config.REDIS_PREFIX;
    return super.createIOServer(port, {
      ...options,
      path: '/socket.io',
      serveClient: false,
      ...(this.redis
        ? {
            adapter: createAdapter(this.redis, {
              streamName: `${prefix}:socket.io`,
              channelPrefix: `${prefix}:socket.io`,
              blockTimeInMs: 1000,
            }),
          }
        : {}),
    });
  }
}
