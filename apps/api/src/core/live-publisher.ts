import { Injectable } from '@nestjs/common';
import type { ServerEventName, ServerEvents } from '@broedplaats/contracts';
import { facilitatorsRoom, networkRoom, sessionRoom, userRoom, type IoServer } from './live-rooms';

type Target = { emit<K extends ServerEventName>(event: K, payload: ServerEvents[K]): boolean };

/**
 * The only way anything reaches a client: to a network's members, to its facilitators, to one
 * person's tabs, and the room changes that follow from memberships. Every event name and payload is
 * checked against the contracts' `serverEvents`. Room changes go through `io.in(...)`, which the
 * adapter carries to every instance. Capabilities call this from their `.live.ts` listeners.
 */
@Injectable()
export class LivePublisher {
  private io?: IoServer;

  /** The realtime gateway hands over its server once it is up; before that nobody is connected. */
  attach(io: IoServer): void {
    this.io = io;
  }

  toNetwork<K extends ServerEventName>(networkId: string, event: K, payload: ServerEvents[K], alsoUser?: string): void {
    this.send([networkRoom(networkId), ...(alsoUser ? [userRoom(alsoUser)] : [])], event, payload);
  }

  /** To every member but one person's tabs (someone who just left, whose sockets are still in the room). */
  toNetworkExcept<K extends ServerEventName>(networkId: string, event: K, payload: ServerEvents[K], exceptUser?: string): void {
    if (!exceptUser) return this.toNetwork(networkId, event, payload);
    (this.io?.to(networkRoom(networkId)).except(userRoom(exceptUser)) as unknown as Target | undefined)?.emit(event, payload);
  }

  toFacilitators<K extends ServerEventName>(networkId: string, event: K, payload: ServerEvents[K], alsoUser?: string): void {
    this.send([facilitatorsRoom(networkId), ...(alsoUser ? [userRoom(alsoUser)] : [])], event, payload);
  }

  /**
   * To the members who are not facilitators (and not `exceptUser`): the other half of an event whose
   * facilitators' version carries more. The facilitators room is kept in sync with roles, so no room
   * of plain members is needed.
   */
  toPlainMembers<K extends ServerEventName>(networkId: string, event: K, payload: ServerEvents[K], exceptUser?: string): void {
    const except = [facilitatorsRoom(networkId), ...(exceptUser ? [userRoom(exceptUser)] : [])];
    (this.io?.to(networkRoom(networkId)).except(except) as unknown as Target | undefined)?.emit(event, payload);
  }

  toUser<K extends ServerEventName>(userId: string, event: K, payload: ServerEvents[K]): void {
    this.send([userRoom(userId)], event, payload);
  }

  /** Puts a person's open sockets in a network's rooms (when they join or are promoted). */
  enterNetwork(userId: string, networkId: string, facilitator: boolean): void {
    const sockets = this.io?.in(userRoom(userId));
    sockets?.socketsJoin(networkRoom(networkId));
    if (facilitator) sockets?.socketsJoin(facilitatorsRoom(networkId));
    else sockets?.socketsLeave(facilitatorsRoom(networkId));
  }

  /** Takes a person's open sockets out of a network's rooms at once. */
  leaveNetwork(userId: string, networkId: string): void {
    this.io?.in(userRoom(userId)).socketsLeave([networkRoom(networkId), facilitatorsRoom(networkId)]);
  }

  disconnectSessions(sessionIds: string[]): void {
    for (const id of sessionIds) this.io?.in(sessionRoom(id)).disconnectSockets(true);
  }

  private send<K extends ServerEventName>(rooms: string[], event: K, payload: ServerEvents[K]): void {
    // socket.io cannot type an emit whose event name is a type parameter; this signature keeps it checked.
    (this.io?.to(rooms) as unknown as Target | undefined)?.emit(event, payload);
  }
}
