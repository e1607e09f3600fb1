import { Inject, Logger } from '@nestjs/common';
import {
  ConnectedSocket,
  MessageBody,
  OnGatewayConnection,
  OnGatewayInit,
  SubscribeMessage,
  WebSocketGateway,
} from '@nestjs/websockets';
import { RateLimiterMemory } from 'rate-limiter-flexible';
import { PresenceQuery, type ClientEventAck, type ErrorBody } from '@broedplaats/contracts';
import { LivePublisher } from '../core/live-publisher';
import { REDIS, type Redis } from '../core/redis';
import { SESSION_RESOLVER, type SessionResolver } from '../core/session-resolver';
import { fieldErrors } from '../core/validation';
import { MembersRepository } from '../networks/members.repository';
import { CLIENT_EVENTS_PER_SECOND, limitClientEvents } from './event-limit';
import { authenticateHandshake } from './handshake';
import { Presence } from './presence';
import { facilitatorsRoom, networkRoom, sessionRoom, userRoom, type IoServer, type IoSocket } from '../core/live-rooms';

const errorAck = (code: ErrorBody['error']['code'], message: string, fields?: Record<string, string>): ErrorBody => ({
  error: { code, message, ...(fields ? { fields } : {}) },
});

/** Thin: authenticates, puts sockets in their rooms and answers client events; capabilities' `.live.ts` listeners send the rest. */
@WebSocketGateway()
export class RealtimeGateway implements OnGatewayInit<IoServer>, OnGatewayConnection<IoSocket> {
  private readonly logger = new Logger(RealtimeGateway.name);
  private readonly limiter = new RateLimiterMemory({ points: CLIENT_EVENTS_PER_SECOND, duration: 1 });

  constructor(
    @Inject(SESSION_RESOLVER) private readonly sessions: SessionResolver,
    private readonly members: MembersRepository,
    private readonly presence: Presence,
    private readonly live: LivePublisher,
    @Inject(REDIS) private readonly redis: Redis | null,
  ) {}

  afterInit(io: IoServer): void {
    // Nothing reaches a socket before this runs: connection-state recovery is off (see io-adapter).
    io.use(authenticateHandshake(this.sessions));
    io.use((socket, next) => {
      limitClientEvents(socket, this.limiter);
      next();
    });
    this.presence.attach(io, this.redis !== null);
    this.live.attach(io);
  }

  async handleConnection(socket: IoSocket): Promise<void> {
    const { userId, sessionId } = socket.data;
    try {
      const memberships = await this.members.networksOf(userId);
      const rooms = [userRoom(userId), sessionRoom(sessionId)];
      for (const m of memberships) {
        rooms.push(networkRoom(m.networkId));
        if (m.role === 'facilitator') rooms.push(facilitatorsRoom(m.networkId));
      }
      socket.join(rooms);
    } catch (error) {
      this.logger.error({ err: error }, 'could not set up socket rooms');
      socket.disconnect(true);
    }
  }

  /** Answered from memory: a socket is in a network's room exactly while its person is a member. */
  @SubscribeMessage('presence.list')
  async presenceList(@ConnectedSocket() socket: IoSocket, @MessageBody() payload: unknown): Promise<ClientEventAck<'presence.list'>> {
    const parsed = PresenceQuery.safeParse(payload);
    if (!parsed.success) return errorAck('validation_failed', 'Invalid payload', fieldErrors(parsed.error));
    // Outsiders get `forbidden` whether the network exists or not.
    if (!socket.rooms.has(networkRoom(parsed.data.networkId))) return errorAck('forbidden', 'Only members see who is online');
    return { online: await this.presence.online(parsed.data.networkId) };
  }
}
