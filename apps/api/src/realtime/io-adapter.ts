import type { INestApplicationContext } from '@nestjs/common';
import { IoAdapter } from '@nestjs/platform-socket.io';
import { createAdapter } from '@socket.io/redis-streams-adapter';
import type { ServerOptions } from 'socket.io';
import type { Config } from '../core/config';
import type { Redis } from '../core/redis';

const TWO_MINUTES = 2 * 60 * 1000;

/**
 * Server options live here, in one place: connection-state recovery (a short outage replays what
 * was missed; a longer one makes the client refetch), and with Redis the Streams adapter, which,
 * unlike the pub/sub adapter, supports recovery across instances.
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
      connectionStateRecovery: { maxDisconnectionDuration: TWO_MINUTES, skipMiddlewares: false },
      ...(this.redis
        ? {
            adapter: createAdapter(this.redis, {
              streamName: `${prefix}:socket.io`,
              channelPrefix: `${prefix}:socket.io`,
              sessionKeyPrefix: `${prefix}:sio:session:`,
              blockTimeInMs: 1000,
            }),
          }
        : {}),
    });
  }
}
