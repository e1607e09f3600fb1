import { Injectable } from '@nestjs/common';
import type { DocumentClosed } from '@broedplaats/contracts';
import type { Server } from 'socket.io';
import type { IoServer, IoSocket } from '../core/live-rooms';

/** The room of the sockets that have one document open (and passed its access rule). */
export const documentRoom = (documentId: string) => `doc:${documentId}`;
/** The document of a `doc:<id>` room, or null for any other room. */
export const documentIdOfRoom = (room: string): string | null => /^doc:([0-9a-f-]{36})$/.exec(room)?.[1] ?? null;

/** Between API instances: an update one stored, an awareness change, for the others' loaded copies. */
type DocumentInstanceEvents = {
  'doc.update': (documentId: string, seq: number, update: Uint8Array) => void;
  'doc.awareness': (documentId: string, update: Uint8Array) => void;
};
type Relay = Server<Record<string, never>, Record<string, never>, DocumentInstanceEvents>;

/**
 * How y-protocols messages and closings reach editors: a document's room (the adapter carries room
 * broadcasts to every instance) and, for instances' own loaded copies, server-side events.
 */
@Injectable()
export class DocumentRelay {
  private io?: IoServer;
  private crossInstance = false;

  attach(io: IoServer, crossInstance: boolean, remote: { update: DocumentInstanceEvents['doc.update']; awareness: DocumentInstanceEvents['doc.awareness'] }): void {
    this.io = io;
    this.crossInstance = crossInstance;
    if (!crossInstance) return;
    // Binary may come back as a Buffer or a plain array, depending on how the adapter encoded it.
    const bytes = (value: unknown) => (value instanceof Uint8Array ? value : new Uint8Array(value as ArrayLike<number>));
    const relay = io as unknown as Relay;
    relay.on('doc.update', (documentId, seq, update) => remote.update(documentId, seq, bytes(update)));
    relay.on('doc.awareness', (documentId, update) => remote.awareness(documentId, bytes(update)));
  }

  toSocket(socket: IoSocket, documentId: string, message: Uint8Array): void {
    socket.emit('doc.message', { documentId, message });
  }

  /** To every other editor of the document, on any instance. */
  toOthers(socket: IoSocket, documentId: string, message: Uint8Array): void {
    socket.to(documentRoom(documentId)).emit('doc.message', { documentId, message });
  }

  toEditors(documentId: string, message: Uint8Array): void {
    this.io?.to(documentRoom(documentId)).emit('doc.message', { documentId, message });
  }

  shareUpdate(documentId: string, seq: number, update: Uint8Array): void {
    if (this.crossInstance) (this.io as unknown as Relay | undefined)?.serverSideEmit('doc.update', documentId, seq, update);
  }

  shareAwareness(documentId: string, update: Uint8Array): void {
    if (this.crossInstance) (this.io as unknown as Relay | undefined)?.serverSideEmit('doc.awareness', documentId, update);
  }

  /** Closes the document for every editor on every instance; leaving the room drops their access (documents.gateway). */
  closeForAll(documentId: string, reason: DocumentClosed['reason']): void {
    this.io?.to(documentRoom(documentId)).emit('doc.closed', { documentId, reason });
    this.io?.in(documentRoom(documentId)).socketsLeave(documentRoom(documentId));
  }

  closeFor(socket: IoSocket, documentId: string, reason: DocumentClosed['reason']): void {
    socket.emit('doc.closed', { documentId, reason });
    void socket.leave(documentRoom(documentId));
  }
}
