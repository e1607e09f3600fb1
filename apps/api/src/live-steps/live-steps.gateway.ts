import { Logger, OnModuleDestroy } from '@nestjs/common';
import { ConnectedSocket, MessageBody, OnGatewayInit, SubscribeMessage, WebSocketGateway } from '@nestjs/websockets';
import { LiveWatchQuery, networkRoom, userRoom, type ClientEventAck, type ErrorBody, type LiveViewer, type LiveWatchQuery as Watch } from '@broedplaats/contracts';
import type { IoServer, IoSocket } from '../core/live-rooms';
import { fieldErrors } from '../core/validation';
import { LiveStepsService } from './live-steps.service';

/** The room of the sockets that have one step-through open. */
const watchRoom = (w: Watch) => `steps:${w.subjectKind}:${w.subjectId}`;
const WATCH_ROOM = /^steps:(\w+):([0-9a-f-]{36})$/;
/** Opening and closing within this window is counted once. */
const SETTLE_MS = 150;

const errorAck = (code: ErrorBody['error']['code'], message: string, fields?: Record<string, string>): ErrorBody => ({ error: { code, message, ...(fields ? { fields } : {}) } });

/**
 * Who has a step-through open (presence on a meeting's page), for everyone in its network. Like
 * network presence (realtime/presence.ts): a room per subject, recounted once a join or leave (also
 * a disconnect) settles, names from the sockets' own data. Only sockets still in the network's room
 * count, so someone removed from the network drops out at once.
 */
@WebSocketGateway()
export class LiveStepsGateway implements OnGatewayInit<IoServer>, OnModuleDestroy {
  private readonly logger = new Logger(LiveStepsGateway.name);
  private io?: IoServer;
  /** Watched subjects on this instance and their network. */
  private readonly networks = new Map<string, string>();
  /** Watched subjects whose kind names who may follow (intervision: its participants). */
  private readonly audiences = new Map<string, string[]>();
  private readonly pending = new Map<string, ReturnType<typeof setTimeout>>();

  constructor(private readonly steps: LiveStepsService) {}

  afterInit(io: IoServer): void {
    this.io = io;
    io.of('/').adapter.on('leave-room', (room: string) => {
      if (WATCH_ROOM.test(room)) this.settle(room);
    });
  }

  @SubscribeMessage('steps.watch')
  async watch(@ConnectedSocket() socket: IoSocket, @MessageBody() payload: unknown): Promise<ClientEventAck<'steps.watch'>> {
    const parsed = LiveWatchQuery.safeParse(payload);
    if (!parsed.success) return errorAck('validation_failed', 'Invalid payload', fieldErrors(parsed.error));
    const networkId = await this.steps.networkOf(parsed.data.subjectKind, parsed.data.subjectId);
    // Outsiders get `forbidden` whether the subject exists or not.
    if (!networkId || !socket.rooms.has(networkRoom(networkId))) return errorAck('forbidden', 'Only members follow this');
    const audience = await this.steps.audienceOf(parsed.data.subjectKind, parsed.data.subjectId);
    // Not in a session's audience: the same answer as for a subject that does not exist.
    if (audience && !audience.includes(socket.data.userId)) return errorAck('forbidden', 'Only members follow this');
    const room = watchRoom(parsed.data);
    this.networks.set(room, networkId);
    if (audience) this.audiences.set(room, audience);
    else this.audiences.delete(room);
    await socket.join(room);
    return { viewers: await this.announce(room) };
  }

  @SubscribeMessage('steps.unwatch')
  async unwatch(@ConnectedSocket() socket: IoSocket, @MessageBody() payload: unknown): Promise<ClientEventAck<'steps.unwatch'>> {
    const parsed = LiveWatchQuery.safeParse(payload);
    if (!parsed.success) return errorAck('validation_failed', 'Invalid payload', fieldErrors(parsed.error));
    await socket.leave(watchRoom(parsed.data));
    return { viewers: [] };
  }

  onModuleDestroy(): void {
    for (const timer of this.pending.values()) clearTimeout(timer);
    this.pending.clear();
  }

  private settle(room: string): void {
    if (this.pending.has(room)) return;
    this.pending.set(
      room,
      setTimeout(() => {
        this.pending.delete(room);
        this.announce(room).catch((error: unknown) => this.logger.warn({ err: error, room }, 'viewers not announced'));
      }, SETTLE_MS),
    );
  }

  private async announce(room: string): Promise<LiveViewer[]> {
    const networkId = this.networks.get(room);
    const match = WATCH_ROOM.exec(room);
    if (!this.io || !networkId || !match) return [];
    const sockets = await this.io.in(room).fetchSockets();
    const byUser = new Map<string, LiveViewer>();
    const audience = this.audiences.get(room);
    for (const s of sockets) {
      if (s.rooms.has(networkRoom(networkId)) && (!audience || audience.includes(s.data.userId))) byUser.set(s.data.userId, { userId: s.data.userId, displayName: s.data.displayName });
    }
    const viewers = [...byUser.values()].sort((a, b) => a.displayName.localeCompare(b.displayName, 'nl'));
    const watch = LiveWatchQuery.parse({ subjectKind: match[1], subjectId: match[2] });
    // A session's viewers are news for its audience only: who has it open says who takes part.
    const to = audience ? this.io.to(audience.map(userRoom)) : this.io.to(networkRoom(networkId));
    to.emit('steps.viewers', { ...watch, networkId, viewers });
    if (!viewers.length) {
      this.networks.delete(room);
      this.audiences.delete(room);
    }
    return viewers;
  }
}
