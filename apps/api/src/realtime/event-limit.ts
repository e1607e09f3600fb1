import { RateLimiterMemory } from 'rate-limiter-flexible';
import type { ErrorBody } from '@broedplaats/contracts';
import type { IoSocket } from '../core/live-rooms';

/** Client events per socket per second; a person's tab sends a few, a flood sends thousands. */
export const CLIENT_EVENTS_PER_SECOND = 40;

const limited: ErrorBody = { error: { code: 'rate_limited', message: 'Too many requests; slow down' } };

/** Events with a limit of their own, declared in their contract (documents' `maxMessagesPerSecond`). */
const OWN_LIMIT = new Set(['doc.message']);

/**
 * Every client event of a socket passes this first. Over the limit the event is not handled: its
 * acknowledgement (when it asked for one) says `rate_limited`, so a flood never reaches a handler.
 */
export function limitClientEvents(socket: IoSocket, limiter: RateLimiterMemory): void {
  socket.use((packet, next) => {
    if (OWN_LIMIT.has(packet[0])) return next();
    limiter.consume(socket.id).then(
      () => next(),
      () => {
        const ack = packet[packet.length - 1];
        if (typeof ack === 'function') (ack as (answer: ErrorBody) => void)(limited);
      },
    );
  });
  socket.once('disconnect', () => void limiter.delete(socket.id));
}
