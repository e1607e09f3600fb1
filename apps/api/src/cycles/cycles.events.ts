import type { CycleChange } from '@broedplaats/contracts';

/**
 * What happens to cycles, published after commit. `audience` is decided by the service from the
 * cycle's visibility (domain `cycleAudience`): every member, or the named people only; after a
 * visibility change it also holds who could see the cycle before, so their pages let it go.
 */
declare module '../core/events' {
  interface DomainEvents {
    'cycle.changed': { networkId: string; cycleId: string; change: CycleChange; audience: 'everyone' | string[] };
    /** Someone commented; the owners and the coach (who may all see the cycle) are told. */
    'cycle.commented': { networkId: string; cycleId: string; title: string; authorId: string; recipientIds: string[] };
  }
}
