import { Inject, Logger, OnModuleDestroy } from '@nestjs/common';
import { ConnectedSocket, MessageBody, OnGatewayInit, SubscribeMessage, WebSocketGateway } from '@nestjs/websockets';
import * as awarenessProtocol from 'y-protocols/awareness';
import { DocumentMessage, DocumentRef, documentLimits, type ClientEventAck, type ErrorBody } from '@broedplaats/contracts';
import { CacheInvalidation, type Invalidation } from '../core/cache-invalidation';
import { networkIdOfRoom, networkRoom, type IoServer, type IoSocket } from '../core/live-rooms';
import { REDIS, type Redis } from '../core/redis';
import { fieldErrors } from '../core/validation';
import { DocumentEditors, type OpenDocument } from './document-editors';
import { DocumentRelay, documentIdOfRoom, documentRoom } from './document-relay';
import { awarenessMessage, awarenessStatesMessage, changesNothing, checkAwareness, checkUpdate, MalformedMessage, readMessage, syncStep1Message, syncStep2Message, updateMessage } from './document-sync';
import { DocumentsService } from './documents.service';
import { DocumentTooLarge, LoadedDocuments, type Loaded } from './loaded-documents';

type Code = ErrorBody['error']['code'];
const errorAck = (code: Code, message: string, fields?: Record<string, string>): ErrorBody => ({ error: { code, message, ...(fields ? { fields } : {}) } });
const ok = { ok: true } as const;
const bytesOf = (value: Uint8Array | ArrayBuffer) => (value instanceof Uint8Array ? value : new Uint8Array(value));

/**
 * Yjs documents over the app's socket: open (access judged once, kept per socket), y-protocols sync
 * and awareness messages, close. Access goes when the socket leaves the document's room, and the
 * room is left when the person leaves the network (their sockets leave its room on every instance)
 * or when their rights are judged again after a change (cache invalidation reaches every instance).
 */
@WebSocketGateway()
export class DocumentsGateway implements OnGatewayInit<IoServer>, OnModuleDestroy {
  private readonly logger = new Logger(DocumentsGateway.name);
  private io?: IoServer;
  private stopListening?: () => void;
  /** Awareness objects whose changes are already followed (one listener per loaded copy). */
  private readonly followed = new WeakSet<awarenessProtocol.Awareness>();

  constructor(
    private readonly documents: DocumentsService,
    private readonly loaded: LoadedDocuments,
    private readonly editors: DocumentEditors,
    private readonly relay: DocumentRelay,
    private readonly invalidation: CacheInvalidation,
    @Inject(REDIS) private readonly redis: Redis | null,
  ) {}

  afterInit(io: IoServer): void {
    this.io = io;
    this.relay.attach(io, this.redis !== null, {
      update: (documentId, seq, update) => this.loaded.applyRemote(documentId, seq, update),
      awareness: (documentId, update) => {
        const doc = this.loaded.get(documentId);
        if (doc) this.guard(() => awarenessProtocol.applyAwarenessUpdate(doc.awareness, update, 'remote'));
      },
    });
    io.of('/').adapter.on('leave-room', (room: string, socketId: string) => this.guard(() => this.left(room, socketId)));
    this.stopListening = this.invalidation.listen((message) => setImmediate(() => void this.judgeAgain(message)));
  }

  onModuleDestroy(): void {
    this.stopListening?.();
  }

  @SubscribeMessage('doc.open')
  async open(@ConnectedSocket() socket: IoSocket, @MessageBody() payload: unknown): Promise<ClientEventAck<'doc.open'>> {
    const parsed = DocumentRef.safeParse(payload);
    if (!parsed.success) return errorAck('validation_failed', 'Invalid payload', fieldErrors(parsed.error));
    const { documentId } = parsed.data;
    if (!this.editors.get(socket.id, documentId) && this.editors.count(socket.id) >= documentLimits.maxOpenPerSocket) {
      return errorAck('validation_failed', 'Too many documents open at once', { documentId: `At most ${documentLimits.maxOpenPerSocket} open documents` });
    }
    const access = await this.documents.accessOf(socket.data.userId, documentId);
    // Outsiders get `forbidden` whether the document exists or not; a socket already taken out of the network too.
    if (!access || access.mode === 'none' || !socket.rooms.has(networkRoom(access.networkId))) return errorAck('forbidden', 'Only members of its network open this document');
    const loaded = await this.loaded.acquire(documentId, socket.id);
    // Checked again after waiting: removal may have taken the socket out of the network meanwhile.
    if (!loaded || !socket.connected || !socket.rooms.has(networkRoom(access.networkId))) {
      this.loaded.release(documentId, socket.id);
      return errorAck('forbidden', 'Only members of its network open this document');
    }
    this.follow(loaded);
    this.editors.add(socket.id, access);
    void socket.join(documentRoom(documentId));
    this.relay.toSocket(socket, documentId, syncStep1Message(loaded.doc));
    const states = awarenessStatesMessage(loaded.awareness);
    if (states) this.relay.toSocket(socket, documentId, states);
    return { documentId, networkId: access.networkId, kind: access.kind, readOnly: access.mode !== 'edit' };
  }

  @SubscribeMessage('doc.message')
  async message(@ConnectedSocket() socket: IoSocket, @MessageBody() payload: unknown): Promise<ClientEventAck<'doc.message'>> {
    if (!(await this.editors.consume(socket.id))) return errorAck('rate_limited', 'Too many document messages; slow down');
    const parsed = DocumentMessage.safeParse(payload);
    if (!parsed.success) return errorAck('validation_failed', 'Invalid payload', fieldErrors(parsed.error));
    const { documentId } = parsed.data;
    const bytes = bytesOf(parsed.data.message);
    if (bytes.byteLength > documentLimits.maxMessageBytes) return errorAck('validation_failed', 'Message too large', { message: `At most ${documentLimits.maxMessageBytes} bytes` });
    const open = this.editors.get(socket.id, documentId);
    const loaded = this.loaded.get(documentId);
    if (!open || !loaded) return errorAck('forbidden', 'Open the document first');
    try {
      const read = readMessage(bytes);
      if (read.type === 'sync-step1') {
        await this.loaded.catchUp(loaded);
        this.relay.toSocket(socket, documentId, syncStep2Message(loaded.doc, read.stateVector));
      } else if (read.type === 'awareness') {
        checkAwareness(read.update);
        awarenessProtocol.applyAwarenessUpdate(loaded.awareness, read.update, socket.id);
        this.relay.toOthers(socket, documentId, bytes);
        this.relay.shareAwareness(documentId, read.update);
      } else if (open.mode !== 'edit') {
        checkUpdate(read.update);
        if (!changesNothing(loaded.doc, read.update)) return errorAck('forbidden', 'This document is read-only for you');
      } else {
        const seq = await this.loaded.applyLocal(loaded, read.update, socket.id, () => this.relay.toOthers(socket, documentId, updateMessage(read.update)));
        this.relay.shareUpdate(documentId, seq, read.update);
      }
      return ok;
    } catch (error) {
      if (error instanceof MalformedMessage) return errorAck('validation_failed', 'Not a valid document message', { message: 'Malformed y-protocols message or Yjs update' });
      if (error instanceof DocumentTooLarge) return errorAck('validation_failed', 'The document is too large', { message: `Documents hold at most ${documentLimits.maxDocumentBytes} bytes` });
      this.logger.error({ err: error, documentId }, 'document message failed');
      return errorAck('internal', 'The message could not be stored');
    }
  }

  @SubscribeMessage('doc.close')
  async close(@ConnectedSocket() socket: IoSocket, @MessageBody() payload: unknown): Promise<ClientEventAck<'doc.close'>> {
    const parsed = DocumentRef.safeParse(payload);
    if (!parsed.success) return errorAck('validation_failed', 'Invalid payload', fieldErrors(parsed.error));
    // Leaving the room is what drops the access and the awareness (see `left`).
    await socket.leave(documentRoom(parsed.data.documentId));
    return ok;
  }

  /** A socket left a room on this instance, whatever the cause: close, disconnect, removal from a network. */
  private left(room: string, socketId: string): void {
    const documentId = documentIdOfRoom(room);
    if (documentId) return this.closed(socketId, documentId);
    const networkId = networkIdOfRoom(room);
    if (!networkId) return;
    const socket = this.io?.of('/').sockets.get(socketId);
    if (!socket) return;
    for (const open of this.editors.ofNetwork(socketId, networkId)) this.relay.closeFor(socket, open.documentId, 'access_lost');
  }

  private closed(socketId: string, documentId: string): void {
    const open = this.editors.remove(socketId, documentId);
    if (!open) return;
    const loaded = this.loaded.get(documentId);
    if (loaded && open.clients.size) {
      // Their cursors go for everyone else, here and on other instances.
      const clients = [...open.clients];
      awarenessProtocol.removeAwarenessStates(loaded.awareness, clients, 'left');
      const update = awarenessProtocol.encodeAwarenessUpdate(loaded.awareness, clients);
      this.relay.toEditors(documentId, awarenessMessage(update));
      this.relay.shareAwareness(documentId, update);
    }
    this.loaded.release(documentId, socketId);
  }

  /** Awareness clients belong to the socket that announced them, so they can be removed when it goes. */
  private follow(loaded: Loaded): void {
    if (this.followed.has(loaded.awareness)) return;
    this.followed.add(loaded.awareness);
    loaded.awareness.on('update', ({ added, updated, removed }: { added: number[]; updated: number[]; removed: number[] }, origin: unknown) => {
      if (typeof origin !== 'string' || origin === 'remote' || origin === 'left') return;
      const open = this.editors.get(origin, loaded.id);
      if (!open) return;
      for (const id of [...added, ...updated]) open.clients.add(id);
      for (const id of removed) open.clients.delete(id);
    });
  }

  /** After a change of rights (archiving, roles, publishing), each open document here is judged again. */
  private async judgeAgain(message: Invalidation): Promise<void> {
    const affected: Array<[string, OpenDocument]> = [];
    for (const [socketId, open] of this.editors.entries()) {
      const socket = this.io?.of('/').sockets.get(socketId);
      if (!socket) continue;
      const hit =
        message.kind === 'all' ||
        (message.kind === 'network' && message.networkId === open.networkId) ||
        (message.kind === 'member' && message.networkId === open.networkId && message.userId === socket.data.userId) ||
        (message.kind === 'user' && message.userId === socket.data.userId);
      if (hit) affected.push([socketId, open]);
    }
    for (const [socketId, open] of affected) {
      try {
        const socket = this.io?.of('/').sockets.get(socketId);
        if (!socket || !this.editors.get(socketId, open.documentId)) continue;
        const now = await this.documents.accessOf(socket.data.userId, open.documentId);
        if (!now || now.mode === 'none') this.relay.closeFor(socket, open.documentId, 'access_lost');
        else if (now.mode !== open.mode) this.relay.closeFor(socket, open.documentId, 'access_changed');
      } catch (error) {
        this.logger.warn({ err: error, documentId: open.documentId }, 'document access not judged again');
      }
    }
  }

  private guard(work: () => void): void {
    try {
      work();
    } catch (error) {
      this.logger.warn({ err: error }, 'document room change not handled');
    }
  }
}
