import { networkRoom, userRoom, type ClientToServerEvents, type ServerToClientEvents } from '@broedplaats/contracts';
import type { Server, Socket } from 'socket.io';

export { networkRoom, userRoom };
/** Invitation events carry tokens: only facilitators' sockets are in this room. */
export const facilitatorsRoom = (networkId: string) => `network:${networkId}:facilitators`;
/** One per login session, so revoking a session can drop exactly its sockets. */
export const sessionRoom = (sessionId: string) => `session:${sessionId}`;

export type SocketData = { userId: string; sessionId: string };
export type IoServer = Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;
export type IoSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;

export const networkIdOfRoom = (room: string): string | null => /^network:([0-9a-f-]{36})$/.exec(room)?.[1] ?? null;
