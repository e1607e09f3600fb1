// A module, so the declaration below augments core's interface instead of declaring a new one.
export {};

declare module '../core/events' {
  interface DomainEvents {
    /** Logged out, revoked, or ended by a password change: these sessions no longer exist. */
    'sessions.revoked': { sessionIds: string[] };
    'user.renamed': { userId: string; displayName: string };
    /** Name, organisation or bio changed: what fellow members see of the person on the Leden tab. */
    'user.profileChanged': { userId: string };
  }
}
