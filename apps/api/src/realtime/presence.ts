import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import type { OnlineUser } from '@broedplaats/contracts';
import { EventBus } from '../core/events';
import { networkIdOfRoom, networkRoom, userRoom, type IoServer } from '../core/live-rooms';

/** Joins and leaves within this window are counted once: a reconnect storm costs one count, not hundreds. */
export const PRESENCE_SETTLE_MS = 150;
/** A count another instance shared may be missed (Redis hiccup); after this long it is recounted. */
const TRUST_FOR_MS = 5000;

type Count = { online: OnlineUser[]; at: number };

const sameUsers = (a: OnlineUser[], b: OnlineUser[]) => a.length === b.length && a.every((u, i) => u.userId === b[i].userId && u.displayName === b[i].displayName);

/**
 * Who is online in a network, kept in memory. A socket joining or leaving a network room (on any
 * cause: connect, disconnect, join, removal) marks the network; once it settles, one `fetchSockets`
 * (which asks every instance) counts the distinct people, names from the sockets' own data. The
 * count is announced to the room and shared with the other instances, so `presence.list` is
 * answered from memory.
 */
@Injectable()
export class Presence implements OnModuleDestroy {
  private readonly logger = new Logger(Presence.name);
  private io?: IoServer;
  private crossInstance = false;
  private readonly counts = new Map<string, Count>();
  private readonly pending = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly inFlight = new Map<string, Promise<OnlineUser[] | null>>();
  private readonly unsubscribe: () => void;
  private stopped = false;

  constructor(events: EventBus) {
    this.unsubscribe = events.subscribe('user.renamed', async ({ userId, displayName }) => {
      await this.rename(userId, displayName);
      if (this.crossInstance) this.io?.serverSideEmit('user.renamed', userId, displayName);
    });
  }

  attach(io: IoServer, crossInstance: boolean): void {
    this.io = io;
    this.crossInstance = crossInstance;
    const adapter = io.of('/').adapter;
    const mark = (room: string) => {
      const networkId = networkIdOfRoom(room);
      if (networkId) this.settle(networkId);
    };
    adapter.on('join-room', mark);
    adapter.on('leave-room', mark);
    if (crossInstance) {
      io.on('presence.counted', (networkId, online) => this.counts.set(networkId, { online, at: Date.now() }));
      io.on('user.renamed', (userId, displayName) => void this.rename(userId, displayName));
    }
  }

  /** The people online now, from memory when the last count is recent. */
  async online(networkId: string): Promise<OnlineUser[]> {
    const known = this.counts.get(networkId);
    if (known && Date.now() - known.at < TRUST_FOR_MS) return known.online;
    return (await this.count(networkId)) ?? [];
  }

  /** Recount a network soon, whatever changed (a rename, say). */
  settle(networkId: string): void {
    if (this.stopped || this.pending.has(networkId)) return;
    this.pending.set(
      networkId,
      setTimeout(() => {
        this.pending.delete(networkId);
        // An adapter that lost Redis throws; presence is then briefly stale, never a crash.
        this.announce(networkId).catch((error: unknown) => this.logger.warn({ err: error, networkId }, 'presence not announced'));
      }, PRESENCE_SETTLE_MS),
    );
  }

  onModuleDestroy(): void {
    this.stopped = true;
    this.unsubscribe();
    for (const timer of this.pending.values()) clearTimeout(timer);
    this.pending.clear();
  }

  /** Sockets carry their person's name; this instance's sockets learn a new one here. */
  private async rename(userId: string, displayName: string): Promise<void> {
    const sockets = (await this.io?.local.in(userRoom(userId)).fetchSockets()) ?? [];
    const networks = new Set<string>();
    for (const socket of sockets) {
      socket.data.displayName = displayName;
      for (const room of socket.rooms) {
        const networkId = networkIdOfRoom(room);
        if (networkId) networks.add(networkId);
      }
    }
    networks.forEach((id) => this.settle(id));
  }

  private async announce(networkId: string): Promise<void> {
    const before = this.counts.get(networkId)?.online;
    const online = await this.count(networkId);
    // A count that finishes after shutdown began announces nothing (Redis may be closed by then).
    if (this.stopped || !online || !this.io || (before && sameUsers(before, online))) return;
    this.io.to(networkRoom(networkId)).emit('presence.changed', { networkId, online });
    if (this.crossInstance) this.io.serverSideEmit('presence.counted', networkId, online);
  }

  /** One count per network at a time; concurrent askers share it. */
  private count(networkId: string): Promise<OnlineUser[] | null> {
    const running = this.inFlight.get(networkId);
    if (running) return running;
    const io = this.io;
    if (!io) return Promise.resolve(null);
    const work = io
      .in(networkRoom(networkId))
      .fetchSockets()
      .then((sockets) => {
        const byUser = new Map<string, OnlineUser>();
        for (const s of sockets) if (s.data.userId) byUser.set(s.data.userId, { userId: s.data.userId, displayName: s.data.displayName });
        const online = [...byUser.values()].sort((a, b) => a.displayName.localeCompare(b.displayName, 'nl') || a.userId.localeCompare(b.userId));
        this.counts.set(networkId, { online, at: Date.now() });
        return online;
      })
      .catch((error: unknown) => {
        this.logger.warn({ err: error, networkId }, 'presence not counted');
        return null;
      })
      .finally(() => this.inFlight.delete(networkId));
    this.inFlight.set(networkId, work);
    return work;
  }
}
