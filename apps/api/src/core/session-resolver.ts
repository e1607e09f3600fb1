import type { AuthContext } from './auth-context';

/**
 * How core turns a session cookie's token into a caller, for the HTTP guard and the socket handshake.
 * The auth capability provides it, so core imports no capability.
 */
export const SESSION_RESOLVER = Symbol('SESSION_RESOLVER');
export type SessionResolver = { resolve(token: string): Promise<AuthContext | null> };
