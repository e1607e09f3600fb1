import type { OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import type { NotificationKind } from '@broedplaats/contracts';
import type { DomainEventName, DomainEvents, EventBus } from '../core/events';
import type { Notice, Notifications } from './notifications';

type Rule<E extends DomainEventName> = (payload: DomainEvents[E]) => Notice<NotificationKind> | null | Promise<Notice<NotificationKind> | null>;
export type Rules = { [E in DomainEventName]?: Rule<E> };

/**
 * Which of a capability's domain events tell whom what ("Voor mij" and the bell), for capabilities that
 * publish an event after commit rather than notify inside their transaction. A capability's
 * `.notices.ts` extends this: wiring an event is one entry that says who is told, of what kind, with
 * which facts (the recipients' rights are the caller's rule; notify adds "members only, never the
 * actor, each once"). Each notice is stored in a transaction of its own.
 */
export abstract class NoticeRules implements OnModuleInit, OnModuleDestroy {
  private stop?: () => void;

  constructor(
    private readonly bus: EventBus,
    private readonly notifications: Notifications,
  ) {}

  protected abstract rules(): Rules;

  onModuleInit(): void {
    const rules = this.rules() as Record<string, Rule<DomainEventName>>;
    const handlers = Object.fromEntries(
      Object.entries(rules).map(([name, rule]) => [
        name,
        async (payload: DomainEvents[DomainEventName]) => {
          const notice = await rule(payload);
          if (notice) await this.notifications.send(notice);
        },
      ]),
    );
    this.stop = this.bus.subscribeAll(handlers);
  }

  onModuleDestroy(): void {
    this.stop?.();
  }
}
