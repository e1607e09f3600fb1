import type { LiveState } from '@broedplaats/contracts';

/** A step-through moved; its network's members follow it, or only `audience` when the subject names one (intervision). */
declare module '../core/events' {
  interface DomainEvents {
    'steps.moved': { networkId: string; state: LiveState; audience: string[] | null };
  }
}
