import type { ReflectionChange } from '@broedplaats/contracts';

/** Something shared with a network changed (a reflection's shared part, a shared value story). */
declare module '../core/events' {
  interface DomainEvents {
    'reflection.changed': { networkId: string; id: string; change: ReflectionChange };
  }
}
