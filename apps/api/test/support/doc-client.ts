import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { DOC_MESSAGE_AWARENESS, DOC_MESSAGE_SYNC, type ClientEventAck, type DocumentClosed } from '@broedplaats/contracts';
import { connect, type Client } from './sockets';

const ACK_TIMEOUT_MS = 8000;
type MessageAck = ClientEventAck<'doc.message'>;

/**
 * A simulated editor: a real socket.io client running Yjs and y-protocols as the web's provider does.
 * It keeps editing while disconnected; on (re)connecting it opens the document and the two sync steps
 * carry what either side missed. Every update it sent that the server acknowledged is kept in `acked`.
 */
export class DocEditor {
  readonly doc = new Y.Doc();
  readonly awareness = new awarenessProtocol.Awareness(this.doc);
  readonly acked: Uint8Array[] = [];
  readonly refused: MessageAck[] = [];
  readonly closed: DocumentClosed[] = [];
  socket: Client | null = null;
  readOnly = false;
  private readonly pending = new Set<Promise<unknown>>();

  constructor(
    readonly documentId: string,
    private readonly cookie: string,
  ) {
    this.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin !== this) this.send(syncMessage((e) => syncProtocol.writeUpdate(e, update)), update);
    });
    this.awareness.on('update', ({ added, updated, removed }: Record<string, number[]>, origin: unknown) => {
      if (origin === this) return;
      const update = awarenessProtocol.encodeAwarenessUpdate(this.awareness, [...added, ...updated, ...removed]);
      this.send(frame(DOC_MESSAGE_AWARENESS, (e) => encoding.writeVarUint8Array(e, update)));
    });
  }

  get connected(): boolean {
    return this.socket?.connected ?? false;
  }

  /** Connects, opens the document and finishes both sync steps; resolves with the open acknowledgement. */
  async open(base: string): Promise<ClientEventAck<'doc.open'>> {
    const socket = await connect(base, this.cookie);
    this.socket = socket;
    socket.on('doc.message', ({ documentId, message }) => {
      if (documentId === this.documentId) this.receive(new Uint8Array(message as Uint8Array));
    });
    socket.on('doc.closed', (closed) => this.closed.push(closed));
    const ack = await socket.timeout(ACK_TIMEOUT_MS).emitWithAck('doc.open', { documentId: this.documentId });
    if ('error' in ack) return ack;
    this.readOnly = ack.readOnly;
    // The server's step 1 came before the acknowledgement and is answered (our step 2) already.
    await this.sync();
    return ack;
  }

  /** Asks the server for what this copy lacks; resolves once it arrived and every message sent so far is answered. */
  async sync(): Promise<void> {
    this.send(syncMessage((e) => syncProtocol.writeSyncStep1(e, this.doc)));
    await this.flush();
  }

  async flush(): Promise<void> {
    while (this.pending.size) await Promise.allSettled([...this.pending]);
  }

  disconnect(): void {
    this.socket?.close();
    this.socket = null;
  }

  /** Disconnects for good (awareness keeps a timer). */
  destroy(): void {
    this.disconnect();
    this.awareness.destroy();
    this.doc.destroy();
  }

  /** Sends raw bytes as a document message and returns the acknowledgement (for hostile tests). */
  async raw(message: unknown, documentId: string = this.documentId): Promise<MessageAck> {
    if (!this.socket) throw new Error('not connected');
    return this.socket.timeout(ACK_TIMEOUT_MS).emitWithAck('doc.message', { documentId, message } as never);
  }

  private send(message: Uint8Array, update?: Uint8Array): void {
    const socket = this.socket;
    if (!socket?.connected) return;
    const sent = socket
      .timeout(ACK_TIMEOUT_MS)
      .emitWithAck('doc.message', { documentId: this.documentId, message })
      .then((ack) => {
        if ('error' in ack) this.refused.push(ack);
        else if (update) this.acked.push(update);
      })
      .catch(() => undefined) // disconnected before the answer: not acknowledged
      .finally(() => this.pending.delete(sent));
    this.pending.add(sent);
  }

  private receive(message: Uint8Array): void {
    const decoder = decoding.createDecoder(message);
    const type = decoding.readVarUint(decoder);
    if (type === DOC_MESSAGE_SYNC) {
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, DOC_MESSAGE_SYNC);
      syncProtocol.readSyncMessage(decoder, encoder, this.doc, this);
      if (encoding.length(encoder) > 1) this.send(encoding.toUint8Array(encoder), undefined);
    } else if (type === DOC_MESSAGE_AWARENESS) {
      awarenessProtocol.applyAwarenessUpdate(this.awareness, decoding.readVarUint8Array(decoder), this);
    }
  }
}

function frame(type: number, write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, type);
  write(encoder);
  return encoding.toUint8Array(encoder);
}
const syncMessage = (write: (encoder: encoding.Encoder) => void) => frame(DOC_MESSAGE_SYNC, write);

/** The same message framing, for tests that build messages by hand. */
export const docMessage = { sync: syncMessage, frame };

/** Seeded randomness (mulberry32), so a failing run can be repeated with its seed. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
