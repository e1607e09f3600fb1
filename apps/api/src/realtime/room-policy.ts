import { Injectable, OnModuleDestroy } from '@nestjs/common';
import type { ServerEventName, ServerEvents } from '@broedplaats/contracts';
import { EventBus } from '../core/events';
import { Presence } from './presence';
import { facilitatorsRoom, networkIdOfRoom, networkRoom, sessionRoom, userRoom, type IoServer } from './rooms';

/**
 * The one place that decides who hears what. Domain events come in from the bus; each is mapped to
 * rooms and a payload typed by the contracts' `serverEvents`. Room changes use `io.in(room)`, which
 * the adapter carries to every instance.
 */
@Injectable()
export class RoomPolicy implements OnModuleDestroy {
  private io?: IoServer;
  private readonly unsubscribe: Array<() => void> = [];

  constructor(
    private readonly events: EventBus,
    private readonly presence: Presence,
  ) {}

  attach(io: IoServer, crossInstance: boolean): void {
    this.io = io;
    if (crossInstance) io.on('user.renamed', (userId, displayName) => void this.rename(userId, displayName));
    const on = this.events.subscribe.bind(this.events);
    this.unsubscribe.push(
      on('network.updated', (p) => this.send([networkRoom(p.network.id)], 'network.updated', p)),
      on('network.archived', (p) => this.send([networkRoom(p.networkId)], 'network.archived', p)),
      // Presence follows room joins and leaves by itself (see Presence).
      on('member.joined', (p) => {
        this.enter(p.member.userId, p.networkId, p.member.role === 'facilitator');
        this.send([networkRoom(p.networkId)], 'member.joined', p);
      }),
      on('member.updated', ({ previousRole, ...p }) => {
        if (previousRole !== p.member.role) this.setFacilitator(p.member.userId, p.networkId, p.member.role === 'facilitator');
        this.send([networkRoom(p.networkId)], 'member.updated', p);
      }),
      on('member.removed', (p) => {
        // The removed person's own tabs hear it too, then leave the rooms at once.
        this.send([networkRoom(p.networkId), userRoom(p.userId)], 'member.removed', p);
        io.in(userRoom(p.userId)).socketsLeave([networkRoom(p.networkId), facilitatorsRoom(p.networkId)]);
      }),
      on('invitation.created', (p) => this.send([facilitatorsRoom(p.networkId)], 'invitation.created', p)),
      on('invitation.updated', (p) => this.send([facilitatorsRoom(p.networkId)], 'invitation.updated', p)),
      on('sessions.revoked', (p) => {
        for (const id of p.sessionIds) io.in(sessionRoom(id)).disconnectSockets(true);
      }),
      on('user.renamed', async (p) => {
        await this.rename(p.userId, p.displayName);
        if (crossInstance) io.serverSideEmit('user.renamed', p.userId, p.displayName);
      }),
    );
  }

  /** Puts a person's open sockets in a network's rooms (on connect and when they join). */
  enter(userId: string, networkId: string, facilitator: boolean): void {
    this.io?.in(userRoom(userId)).socketsJoin(networkRoom(networkId));
    this.setFacilitator(userId, networkId, facilitator);
  }

  /** Sockets carry their person's name for presence; this instance's sockets learn a new one here. */
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
    networks.forEach((id) => this.presence.settle(id));
  }

  onModuleDestroy(): void {
    for (const off of this.unsubscribe.splice(0)) off();
  }

  private setFacilitator(userId: string, networkId: string, facilitator: boolean): void {
    const sockets = this.io?.in(userRoom(userId));
    if (facilitator) sockets?.socketsJoin(facilitatorsRoom(networkId));
    else sockets?.socketsLeave(facilitatorsRoom(networkId));
  }

  /** The only emit on the server: event names and payloads are checked against the contracts. */
  private send<K extends ServerEventName>(rooms: string[], event: K, payload: ServerEvents[K]): void {
    if (!this.io) return;
    // socket.io cannot type an emit whose event name is a type parameter; this signature keeps it checked.
    const target = this.io.to(rooms) as unknown as { emit(event: K, payload: ServerEvents[K]): boolean };
    target.emit(event, payload);
  }
}
