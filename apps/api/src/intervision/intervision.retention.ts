import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { CONFIG, type Config } from '../core/config';
import { IntervisionContentService } from './intervision-content.service';

export const ERASE_EVERY_MS = 60 * 60_000;

/** Erases sessions' cases and contributions the configured days after they ended: once at start, then every hour. */
@Injectable()
export class IntervisionRetention implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(IntervisionRetention.name);
  private timer?: ReturnType<typeof setInterval>;

  constructor(
    private readonly content: IntervisionContentService,
    @Inject(CONFIG) private readonly config: Config,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.run();
    this.timer = setInterval(() => void this.run(), ERASE_EVERY_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  /** Returns how many sessions were erased (tests call this with a moved clock). */
  async run(): Promise<number> {
    try {
      return await this.content.eraseDue(this.config.INTERVISION_RETENTION_DAYS);
    } catch (error) {
      // The error carries no content: only the failure is logged.
      this.logger.warn({ err: error }, 'intervision erasure did not run');
      return 0;
    }
  }
}
