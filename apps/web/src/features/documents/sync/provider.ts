import * as Y from 'yjs';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import * as awarenessProtocol from 'y-protocols/awareness';
import { DOC_MESSAGE_AWARENESS, DOC_MESSAGE_SYNC, type DocumentClosed, type DocumentOpened, type ErrorCode } from '@broedplaats/contracts';
import { registerDocument } from '../open-documents';
import type { SyncSocket } from './sync-socket';

/**
 * closed: the server closed it (access lost, deleted) or refused to open it; failed: it refused an edit
 * for good (too large, malformed); offline: no connection (edits stay in this browser); connecting: the
 * first open is on its way; saving: edits the server has not acknowledged yet; saved: all acknowledged.
 */
export type SyncStatus = 'closed' | 'failed' | 'offline' | 'connecting' | 'saving' | 'saved';
export type ClosedReason = Exclude<DocumentClosed['reason'], 'access_changed'> | 'refused';

export type SyncState = {
  status: SyncStatus;
  closedReason: ClosedReason | null;
  failure: ErrorCode | null;
  /** From the server's open acknowledgement; read-only until it says otherwise. */
  opened: DocumentOpened | null;
  /** Received the server's whole state once (sync step 2) on the current connection. */
  synced: boolean;
};

export type ProviderOptions = {
  /** Updates from these origins are not sent one by one (a local copy loaded from IndexedDB: sync step 2 carries it). */
  quietOrigins?: unknown[];
  /** Local updates and awareness changes wait this long, so a burst of keystrokes goes as one message. */
  batchMs?: number;
  /** An acknowledgement that does not come in this time means the connection is in trouble: sync again. */
  ackTimeoutMs?: number;
  /** Whether the browser thinks it is online (navigator.onLine), to tell "connecting" from "offline". */
  browserOnline?: () => boolean;
};

const RETRY_MS = 2000;

/**
 * Syncs one Y.Doc with the server over the app's socket.io connection, with y-protocols' sync and
 * awareness messages framed as y-websocket frames them (first varUint: 0 sync, 1 awareness). The server
 * sends sync step 1 when a document is opened; our reply (step 2) carries whatever we wrote offline.
 * Every message is acknowledged once stored, so "saved" means the server has it.
 */
export class SocketProvider {
  readonly awareness: awarenessProtocol.Awareness;
  private socket: SyncSocket | null = null;
  private unbindSocket: (() => void) | null = null;
  private readonly unregister: () => void;
  private readonly listeners = new Set<() => void>();
  /** Between sending doc.open and its answer: messages that come meanwhile wait in `early`. */
  private opening = false;
  private early: Uint8Array[] = [];
  private state: SyncState = { status: 'connecting', closedReason: null, failure: null, opened: null, synced: false };
  /** The open handshake of the current connection: answers from an older one are ignored. */
  private session = 0;
  private isOpen = false;
  private everOpened = false;
  private inFlight = 0;
  private pending: Uint8Array[] = [];
  private awarenessChanged = new Set<number>();
  private flushTimer: ReturnType<typeof setTimeout> | undefined;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  /** Local edits the server has not acknowledged, kept across disconnects until a sync round confirms them. */
  private unsaved = false;
  private destroyed = false;
  private readonly batchMs: number;
  private readonly ackTimeoutMs: number;
  private readonly quietOrigins: Set<unknown>;
  private readonly browserOnline: () => boolean;

  constructor(
    readonly documentId: string,
    readonly doc: Y.Doc,
    options: ProviderOptions = {},
  ) {
    this.batchMs = options.batchMs ?? 60;
    this.ackTimeoutMs = options.ackTimeoutMs ?? 15_000;
    this.quietOrigins = new Set(options.quietOrigins ?? []);
    this.browserOnline = options.browserOnline ?? (() => typeof navigator === 'undefined' || navigator.onLine !== false);
    this.awareness = new awarenessProtocol.Awareness(doc);
    doc.on('update', this.onDocUpdate);
    this.awareness.on('update', this.onAwarenessUpdate);
    this.unregister = registerDocument(documentId, { message: (message) => this.receive(message), closed: (reason) => (reason === 'access_changed' ? this.reopen() : this.close(reason)) });
    this.refresh();
  }

  /** The app's socket, or null while there is none (signed out, its client still downloading). */
  setSocket(socket: SyncSocket | null): void {
    if (socket === this.socket) return;
    this.unbindSocket?.();
    this.disconnected();
    this.socket = socket;
    this.unbindSocket = socket?.onConnection(() => this.open(), () => this.disconnected()) ?? null;
    if (socket?.connected) this.open();
    this.refresh();
  }

  getState = (): SyncState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  destroy(): void {
    if (this.destroyed) return;
    if (this.isOpen) {
      // Others see us leave now rather than after awareness' 30 s timeout.
      awarenessProtocol.removeAwarenessStates(this.awareness, [this.doc.clientID], 'local');
      this.flush();
      this.socket?.send('doc.close', { documentId: this.documentId });
    }
    this.destroyed = true;
    clearTimeout(this.flushTimer);
    clearTimeout(this.retryTimer);
    this.unbindSocket?.();
    this.unregister();
    this.doc.off('update', this.onDocUpdate);
    this.awareness.off('update', this.onAwarenessUpdate);
    this.awareness.destroy();
    this.listeners.clear();
  }

  private open(): void {
    const socket = this.socket;
    if (!socket?.connected || this.destroyed || this.state.closedReason) return;
    const session = ++this.session;
    this.isOpen = false;
    this.opening = true;
    this.early = [];
    socket.send('doc.open', { documentId: this.documentId }, (answer) => {
      if (session !== this.session || this.destroyed) return;
      this.opening = false;
      const early = this.early;
      this.early = [];
      if ('error' in answer) {
        if (answer.error.code === 'forbidden' || answer.error.code === 'not_found') this.close('refused');
        else this.retryLater(answer.error.code);
        return;
      }
      this.isOpen = true;
      this.everOpened = true;
      this.state = { ...this.state, opened: answer, failure: null };
      const step1 = encoding.createEncoder();
      encoding.writeVarUint(step1, DOC_MESSAGE_SYNC);
      syncProtocol.writeSyncStep1(step1, this.doc);
      this.sendMessage(encoding.toUint8Array(step1));
      if (this.awareness.getLocalState() !== null) this.awarenessChanged.add(this.doc.clientID);
      early.forEach((message) => this.receive(message));
      this.flush();
    });
    this.refresh();
  }

  private disconnected(): void {
    this.session++;
    this.opening = false;
    this.early = [];
    if (this.isOpen && (this.inFlight > 0 || this.pending.length > 0)) this.unsaved = true;
    this.isOpen = false;
    this.inFlight = 0;
    // Our buffered updates are in the doc already: the next sync step 2 carries them.
    this.pending = [];
    this.state = { ...this.state, synced: false };
    const others = [...this.awareness.getStates().keys()].filter((client) => client !== this.doc.clientID);
    awarenessProtocol.removeAwarenessStates(this.awareness, others, this);
    this.refresh();
  }

  /** What I may do with the document changed (archived, published): open it again to learn whether I may still write. */
  private reopen(): void {
    this.disconnected();
    this.open();
  }

  private close(reason: ClosedReason): void {
    this.session++;
    this.opening = false;
    this.isOpen = false;
    this.inFlight = 0;
    this.pending = [];
    clearTimeout(this.retryTimer);
    this.state = { ...this.state, closedReason: reason, synced: false };
    this.refresh();
  }

  /** Rate limited, timed out or another passing trouble: open again in a moment, which syncs everything. */
  private retryLater(code: ErrorCode | null): void {
    this.session++;
    this.opening = false;
    this.isOpen = false;
    this.inFlight = 0;
    this.pending = [];
    this.unsaved = true;
    if (code && code !== 'rate_limited' && code !== 'internal') this.state = { ...this.state, failure: code };
    clearTimeout(this.retryTimer);
    this.retryTimer = setTimeout(() => this.open(), RETRY_MS);
    this.refresh();
  }

  private receive(message: Uint8Array): void {
    if (this.destroyed) return;
    // The server sends its step 1 before it answers doc.open: keep it until we may answer it.
    if (this.opening) {
      this.early.push(message);
      return;
    }
    try {
      const decoder = decoding.createDecoder(message);
      const type = decoding.readVarUint(decoder);
      if (type === DOC_MESSAGE_SYNC) {
        const reply = encoding.createEncoder();
        encoding.writeVarUint(reply, DOC_MESSAGE_SYNC);
        const kind = syncProtocol.readSyncMessage(decoder, reply, this.doc, this);
        // Step 1 from the server: our step 2 answers it, with everything it lacks (offline edits too).
        if (encoding.length(reply) > 1 && !this.state.opened?.readOnly) this.sendMessage(encoding.toUint8Array(reply), true);
        if (kind === syncProtocol.messageYjsSyncStep2) this.state = { ...this.state, synced: true };
      } else if (type === DOC_MESSAGE_AWARENESS) {
        awarenessProtocol.applyAwarenessUpdate(this.awareness, decoding.readVarUint8Array(decoder), this);
      }
    } catch (error) {
      console.warn('Ignored a malformed document message', error);
    }
    this.refresh();
  }

  private onDocUpdate = (update: Uint8Array, origin: unknown): void => {
    if (origin === this) return;
    this.unsaved = true;
    // A local copy that loads after the sync round is not in its step 2: send it like any edit.
    if (!this.quietOrigins.has(origin) || (this.isOpen && this.state.synced)) {
      this.pending.push(update);
      this.scheduleFlush();
    }
    this.refresh();
  };

  private onAwarenessUpdate = ({ added, updated, removed }: { added: number[]; updated: number[]; removed: number[] }, origin: unknown): void => {
    if (origin !== 'local') return;
    [...added, ...updated, ...removed].forEach((client) => this.awarenessChanged.add(client));
    this.scheduleFlush();
  };

  private scheduleFlush(): void {
    if (this.flushTimer !== undefined) return;
    this.flushTimer = setTimeout(() => this.flush(), this.batchMs);
  }

  private flush(): void {
    clearTimeout(this.flushTimer);
    this.flushTimer = undefined;
    if (this.state.opened?.readOnly) this.pending = [];
    if (!this.isOpen) return;
    if (this.pending.length > 0) {
      const update = this.pending.length === 1 ? this.pending[0] : Y.mergeUpdates(this.pending);
      this.pending = [];
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, DOC_MESSAGE_SYNC);
      syncProtocol.writeUpdate(encoder, update);
      this.sendMessage(encoding.toUint8Array(encoder), true);
    }
    if (this.awarenessChanged.size > 0) {
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, DOC_MESSAGE_AWARENESS);
      encoding.writeVarUint8Array(encoder, awarenessProtocol.encodeAwarenessUpdate(this.awareness, [...this.awarenessChanged]));
      this.awarenessChanged.clear();
      this.sendMessage(encoding.toUint8Array(encoder));
    }
  }

  /** Sends one message; `counts` marks it as carrying edits, so "saved" waits for its acknowledgement. */
  private sendMessage(message: Uint8Array, counts = false): void {
    const socket = this.socket;
    if (!socket?.connected || !this.isOpen) return;
    const session = this.session;
    if (counts) this.inFlight++;
    let answered = false;
    const timer = setTimeout(() => {
      if (answered || session !== this.session) return;
      answered = true;
      this.retryLater(null);
    }, this.ackTimeoutMs);
    socket.send('doc.message', { documentId: this.documentId, message }, (answer) => {
      if (answered || session !== this.session || this.destroyed) return;
      answered = true;
      clearTimeout(timer);
      if ('error' in answer) {
        const code = answer.error.code;
        if (code === 'forbidden' || code === 'not_found') this.close('access_lost');
        else if (code === 'rate_limited' || code === 'internal') this.retryLater(code);
        else this.fail(code);
        return;
      }
      if (counts) this.inFlight--;
      this.refresh();
    });
    this.refresh();
  }

  private fail(code: ErrorCode): void {
    this.unsaved = true;
    this.state = { ...this.state, failure: code };
    this.refresh();
  }

  /** Works out the status after every change and tells subscribers when it changed. */
  private refresh(): void {
    if (this.destroyed) return;
    if (this.isOpen && this.state.synced && this.inFlight === 0 && this.pending.length === 0 && !this.state.failure) this.unsaved = false;
    const status = this.statusNow();
    if (status !== this.state.status) this.state = { ...this.state, status };
    this.emitChange();
  }

  private last: SyncState | null = null;
  private emitChange(): void {
    if (this.last === this.state) return;
    this.last = this.state;
    this.listeners.forEach((listener) => listener());
  }

  private statusNow(): SyncStatus {
    if (this.state.closedReason) return 'closed';
    if (this.state.failure) return 'failed';
    if (!this.socket?.connected) return this.everOpened || !this.browserOnline() ? 'offline' : 'connecting';
    if (!this.isOpen || !this.state.synced) return this.unsaved ? 'saving' : 'connecting';
    return this.unsaved || this.inFlight > 0 || this.pending.length > 0 ? 'saving' : 'saved';
  }
}
