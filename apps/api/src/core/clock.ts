/** "Now", injected, so expiry, back-off and staleness can be tested without waiting. */
export const CLOCK = Symbol('CLOCK');
export type Clock = { now(): Date };
export const systemClock: Clock = { now: () => new Date() };
