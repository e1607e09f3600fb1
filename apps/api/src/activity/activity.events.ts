import type { ActivityEntry } from '@broedplaats/contracts';
import type { NetworkPermission } from '@broedplaats/domain';

/** An entry was added to a network's activity; who may hear of it travels along. */
declare module '../core/events' {
  interface DomainEvents {
    'activity.recorded': { networkId: string; entry: ActivityEntry; permission: NetworkPermission; restrictedTo: string[] | null };
  }
}
