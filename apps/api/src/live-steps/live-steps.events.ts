import type { LiveState } from '@broedplaats/contracts';

/** A step-through moved; the state carries its network, whose members follow it. */
declare module '../core/events' {
  interface DomainEvents {
    'steps.moved': { networkId: string; state: LiveState };
  }
}
