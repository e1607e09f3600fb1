import type { Invitation } from '@broedplaats/contracts';

declare module '../core/events' {
  interface DomainEvents {
    'invitation.created': { networkId: string; invitation: Invitation };
    /** Used, revoked: the link's state changed. */
    'invitation.updated': { networkId: string; invitation: Invitation };
  }
}
