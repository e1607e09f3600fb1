import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { SessionsService } from './sessions.service';

/** Expired sessions no longer sign anyone in; this keeps them from piling up in the table. */
export const PURGE_EVERY_MS = 60 * 60_000;

/** Deletes expired sessions once at start and then every hour, by the injected clock's "now". */
@Injectable()
export class SessionPurge implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(SessionPurge.name);
  private timer?: ReturnType<typeof setInterval>;

  constructor(private readonly sessions: SessionsService) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.purge();
    this.timer = setInterval(() => void this.purge(), PURGE_EVERY_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  private async purge(): Promise<void> {
    try {
      await this.sessions.purgeExpired();
    } catch (error) {
      this.logger.warn({ err: error }, 'expired sessions not purged');
    }
  }
}
