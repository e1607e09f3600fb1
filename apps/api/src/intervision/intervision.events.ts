import type { IntervisionChange } from '@broedplaats/contracts';

/**
 * What happens to intervision sessions, published after commit. `audience` is the session's
 * participants and planner (domain `sessionAudience`), also those who were before a change of people.
 * Payloads name the session, never its content.
 */
declare module '../core/events' {
  interface DomainEvents {
    'intervision.changed': { networkId: string; sessionId: string; change: IntervisionChange; audience: string[] };
    /** People newly in a session are told its title and time (never its case). */
    'intervision.invited': { networkId: string; sessionId: string; title: string; startsAt: string; actorId: string; recipientIds: string[] };
  }
}
