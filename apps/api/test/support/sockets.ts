import { SESSION_COOKIE, type ClientToServerEvents, type ServerEventName, type ServerEvents, type ServerToClientEvents } from '@broedplaats/contracts';
import { io, type Socket } from 'socket.io-client';

export type Client = Socket<ServerToClientEvents, ClientToServerEvents>;

/** A real socket.io client with a session cookie, connected (or rejected) before it returns. */
export function connect(baseUrl: string, cookie?: string): Promise<Client> {
  const socket: Client = io(baseUrl, {
    path: '/socket.io',
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
    extraHeaders: cookie ? { cookie: `${SESSION_COOKIE}=${cookie}` } : {},
  });
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', (error) => {
      socket.close();
      reject(error);
    });
  });
}

/** Every event of each kind a socket receives, so tests can wait for one or prove there was none. */
export class Inbox {
  private readonly seen: Array<{ event: ServerEventName; payload: unknown }> = [];
  private waiters: Array<() => void> = [];

  constructor(readonly socket: Client) {
    socket.onAny((event: ServerEventName, payload: unknown) => {
      this.seen.push({ event, payload });
      for (const wake of this.waiters.splice(0)) wake();
    });
  }

  /**
   * A barrier: a round trip on this socket. Anything the server emitted to it before answering
   * arrives before the answer, so "nothing else arrived" can be judged without a fixed pause.
   */
  async settle(): Promise<void> {
    // Untyped on purpose: any id will do, the answer (forbidden) is not what matters.
    await (this.socket.emitWithAck as (event: string, payload: unknown) => Promise<unknown>).call(this.socket, 'presence.list', { networkId: '00000000-0000-4000-8000-000000000000' });
  }

  /** Drops what was seen so far, so `next` waits for something that arrives after this point. */
  forget(): void {
    this.seen.length = 0;
  }

  all<K extends ServerEventName>(event: K): Array<ServerEvents[K]> {
    return this.seen.filter((s) => s.event === event).map((s) => s.payload as ServerEvents[K]);
  }

  async next<K extends ServerEventName>(event: K, match: (p: ServerEvents[K]) => boolean = () => true, timeoutMs = 4000): Promise<ServerEvents[K]> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.all(event).find(match);
      if (found) return found;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no ${event} within ${timeoutMs} ms; saw ${this.seen.map((s) => s.event).join(', ') || 'nothing'}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }
}

