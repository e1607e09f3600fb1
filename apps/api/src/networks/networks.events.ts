import type { Member, Network, NetworkRole } from '@broedplaats/contracts';

/** What happens to networks and their members. */
declare module '../core/events' {
  interface DomainEvents {
    'network.updated': { network: Omit<Network, 'myRole' | 'onDuty'> };
    'network.archived': { networkId: string };
    'member.joined': { networkId: string; member: Member };
    'member.updated': { networkId: string; member: Member; previousRole: NetworkRole; byUserId: string };
    /** The member edited their own profile (name, organisation, bio); the membership itself did not change. */
    'member.profileChanged': { networkId: string; member: Member };
    /** Removed by a facilitator, or left on their own. */
    'member.removed': { networkId: string; userId: string };
  }
}
