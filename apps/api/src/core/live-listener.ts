import type { OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import type { DomainEventName, DomainEvents, EventBus } from './events';
import type { LivePublisher } from './live-publisher';

export type DomainHandlers = { [K in DomainEventName]?: (payload: DomainEvents[K]) => void | Promise<void> };

/**
 * A capability's `.live.ts`: which of its domain events reach which clients, with what payload.
 * Confidential capabilities keep these rules next to their access rules.
 */
export abstract class LiveListener implements OnModuleInit, OnModuleDestroy {
  private stop?: () => void;

  constructor(
    private readonly bus: EventBus,
    protected readonly live: LivePublisher,
  ) {}

  protected abstract handlers(): DomainHandlers;

  onModuleInit(): void {
    this.stop = this.bus.subscribeAll(this.handlers());
  }

  onModuleDestroy(): void {
    this.stop?.();
  }
}
