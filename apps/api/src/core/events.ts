import { EventEmitter } from 'node:events';
import { Injectable, Logger } from '@nestjs/common';

/**
 * What happened, announced by services once it is committed. Each capability declares its own
 * events in its `<capability>.events.ts` by augmenting this interface, so core names none of them;
 * what a client receives is decided separately, in the capability's `.live.ts` listener.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface DomainEvents {}
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

  /** Several subscriptions at once (a capability's listener); returns one function that ends them all. */
  subscribeAll(handlers: { [K in DomainEventName]?: Handler<K> }): () => void {
    const offs = (Object.keys(handlers) as DomainEventName[]).map((name) => this.subscribe(name, handlers[name] as Handler<typeof name>));
    return () => offs.forEach((off) => off());
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
