import { Injectable, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import type { NotificationKind } from '@broedplaats/contracts';
import { EventBus, type DomainEventName, type DomainEvents } from '../core/events';
import { Notifications, type Notice } from './notifications';
import '../networks/networks.events';

type Rule<E extends DomainEventName> = (payload: DomainEvents[E]) => Notice<NotificationKind> | null | Promise<Notice<NotificationKind> | null>;
type Rules = { [E in DomainEventName]?: Rule<E> };

/**
 * Which domain events tell whom what, for capabilities that publish an event after commit rather
 * than notify inside their transaction. Wiring an event is one entry: who is told, of what kind,
 * with which facts (the recipients' rights are the caller's rule; notify adds "members only, never
 * the actor, each once"). Each notice is stored in a transaction of its own.
 */
@Injectable()
export class NotificationRules implements OnModuleInit, OnModuleDestroy {
  private stop?: () => void;

  constructor(
    private readonly events: EventBus,
    private readonly notifications: Notifications,
  ) {}

  protected rules(): Rules {
    return {
      // "Fenna made you facilitator of Almere": to the member whose role changed, unless they did it.
      'member.updated': ({ networkId, member, previousRole, byUserId }) =>
        member.role === previousRole
          ? null
          : { recipients: [member.userId], kind: 'member.roleChanged', networkId, actorId: byUserId, subjectId: networkId, data: { from: previousRole, to: member.role } },
    };
  }

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
    this.stop = this.events.subscribeAll(handlers);
  }

  onModuleDestroy(): void {
    this.stop?.();
  }
}
