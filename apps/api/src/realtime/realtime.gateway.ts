import { Logger } from '@nestjs/common';
import {
  ConnectedSocket,
  MessageBody,
  OnGatewayConnection,
  OnGatewayInit,
  SubscribeMessage,
  WebSocketGateway,
} from '@nestjs/websockets';
import { PresenceQuery, type ClientEventAck, type ErrorBody } from '@broedplaats/contracts';
import { SessionsService } from '../auth/sessions.service';
import { UsersRepository } from '../auth/users.repository';
import { AppError } from '../core/errors';
import { fieldErrors } from '../core/validation';
import { NetworkGate } from '../networks/network-gate';
import { MembersRepository } from '../networks/members.repository';
import { authenticateHandshake } from './handshake';
import { Presence } from './presence';
import { RoomPolicy } from './room-policy';
import { facilitatorsRoom, networkIdOfRoom, networkRoom, sessionRoom, userRoom, type IoServer, type IoSocket } from './rooms';

const errorAck = (code: ErrorBody['error']['code'], message: string, fields?: Record<string, string>): ErrorBody => ({
  error: { code, message, ...(fields ? { fields } : {}) },
});

/** Thin: authenticates, puts sockets in their rooms and answers client events; RoomPolicy does the rest. */
@WebSocketGateway()
export class RealtimeGateway implements OnGatewayInit<IoServer>, OnGatewayConnection<IoSocket> {
  private readonly logger = new Logger(RealtimeGateway.name);
  private io!: IoServer;

  constructor(
    private readonly sessions: SessionsService,
    private readonly members: MembersRepository,
    private readonly users: UsersRepository,
    private readonly gate: NetworkGate,
    private readonly presence: Presence,
    private readonly policy: RoomPolicy,
  ) {}

  afterInit(io: IoServer): void {
    this.io = io;
    io.use(authenticateHandshake(this.sessions));
    this.policy.attach(io);
  }

  async handleConnection(socket: IoSocket): Promise<void> {
    const { userId, sessionId } = socket.data;
    socket.on('disconnecting', () => {
      const networks = [...socket.rooms].map(networkIdOfRoom).filter((id): id is string => id !== null);
      // After 'disconnect' the socket is out of every room, so presence no longer counts it.
      socket.once('disconnect', () => networks.forEach((id) => void this.policy.announcePresence(id)));
    });
    try {
      const memberships = await this.members.networksOf(userId);
      // A recovered socket keeps its old rooms: drop any network it no longer belongs to.
      const current = new Set(memberships.map((m) => m.networkId));
      for (const room of socket.rooms) {
        const id = networkIdOfRoom(room) ?? /^network:(.+):facilitators$/.exec(room)?.[1];
        if (id && !current.has(id)) socket.leave(room);
      }
      const rooms = [userRoom(userId), sessionRoom(sessionId)];
      for (const m of memberships) {
        rooms.push(networkRoom(m.networkId));
        if (m.role === 'facilitator') rooms.push(facilitatorsRoom(m.networkId));
        else socket.leave(facilitatorsRoom(m.networkId));
      }
      socket.join(rooms);
      await Promise.all(memberships.map((m) => this.policy.announcePresence(m.networkId)));
    } catch (error) {
      this.logger.error({ err: error }, 'could not set up socket rooms');
      socket.disconnect(true);
    }
  }

  @SubscribeMessage('presence.list')
  async presenceList(@ConnectedSocket() socket: IoSocket, @MessageBody() payload: unknown): Promise<ClientEventAck<'presence.list'>> {
    const parsed = PresenceQuery.safeParse(payload);
    if (!parsed.success) return errorAck('validation_failed', 'Invalid payload', fieldErrors(parsed.error));
    try {
      const user = await this.users.findById(socket.data.userId);
      if (!user) return errorAck('unauthenticated', 'Log in first');
      await this.gate.requireMember(user, parsed.data.networkId);
      return { online: await this.presence.online(this.io, parsed.data.networkId) };
    } catch (error) {
      // Outsiders get `forbidden` whether the network exists or not.
      if (error instanceof AppError) return errorAck('forbidden', 'Only members see who is online');
      this.logger.error({ err: error }, 'presence.list failed');
      return errorAck('internal', 'Something went wrong');
    }
  }
}
