import { EventEmitter } from 'node:events';
import { Injectable, Logger } from '@nestjs/common';
import type { ServerEvents } from '@broedplaats/contracts';

/**
 * What services announce after a change is committed. Most carry the payload the realtime layer
 * sends as is; the rest tell it about sessions and memberships it must act on.
 */
export type DomainEvents = Omit<ServerEvents, 'presence.changed' | 'member.updated'> & {
  'member.updated': ServerEvents['member.updated'] & { previousRole: ServerEvents['member.updated']['member']['role'] };
  'sessions.revoked': { sessionIds: string[] };
  'user.renamed': { userId: string; displayName: string };
};
export type DomainEventName = keyof DomainEvents;
type Handler<K extends DomainEventName> = (payload: DomainEvents[K]) => void | Promise<void>;

/** In-process and synchronous to publish: a listener's failure is logged, never the publisher's problem. */
@Injectable()
export class EventBus {
  private readonly emitter = new EventEmitter().setMaxListeners(50);
  private readonly logger = new Logger(EventBus.name);

  publish<K extends DomainEventName>(name: K, payload: DomainEvents[K]): void {
    this.emitter.emit(name, payload);
  }

  subscribe<K extends DomainEventName>(name: K, handler: Handler<K>): () => void {
    const listener = (payload: DomainEvents[K]) => {
      Promise.resolve()
        .then(() => handler(payload))
        .catch((error: unknown) => this.logger.error({ err: error, event: name }, 'event handler failed'));
    };
    this.emitter.on(name, listener);
    return () => this.emitter.off(name, listener);
  }
}
