import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { documentLimits } from '@broedplaats/contracts';
import { CLOCK, type Clock } from '../core/clock';
import { checkUpdate, MalformedMessage } from './document-sync';
import { DocumentStore } from './document-store';

/** Rows appended since the last compaction before one runs in the background. */
export const COMPACT_AFTER_UPDATES = 200;
/** How long a document stays in memory after its last editor on this instance closed it (a reload comes back quickly). */
export const UNLOAD_AFTER_MS = 15_000;

/** The update would take the document over `documentLimits.maxDocumentBytes`. */
export class DocumentTooLarge extends Error {}

/**
 * One document in this instance's memory. `lastSeq` is the highest sequence number up to which every
 * stored update is applied here; updates applied out of order wait in `ahead` until the gap closes.
 */
export type Loaded = {
  readonly id: string;
  doc: Y.Doc;
  readonly awareness: Awareness;
  lastSeq: number;
  readonly ahead: Set<number>;
  storedBytes: number;
  rowsSinceCompaction: number;
  /** Who holds it open here (socket ids); unloaded a while after the last lets go. */
  readonly holders: Set<string>;
  unloadTimer?: ReturnType<typeof setTimeout>;
  /** Catch-ups run one at a time per document. */
  reading: Promise<void>;
};

/**
 * The Yjs documents open on this instance: loaded from the store on first use, kept while someone
 * edits, brought up to date from the store when someone (re)opens them, and compacted in the
 * background. Knows nothing of sockets: the gateway says who holds what.
 */
@Injectable()
export class LoadedDocuments implements OnModuleDestroy {
  private readonly logger = new Logger(LoadedDocuments.name);
  private readonly loaded = new Map<string, Loaded>();
  private readonly loading = new Map<string, Promise<Loaded | null>>();
  /** Writes and compactions under way, awaited on shutdown. */
  private readonly work = new Set<Promise<unknown>>();
  private readonly compacting = new Map<string, Promise<void>>();

  constructor(
    private readonly store: DocumentStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  get(documentId: string): Loaded | undefined {
    return this.loaded.get(documentId);
  }

  /** Loads (or finds) the document, counts `holder` in and brings it up to date with the store; null when it does not exist. */
  async acquire(documentId: string, holder: string): Promise<Loaded | null> {
    const loaded = this.loaded.get(documentId) ?? (await this.load(documentId));
    if (!loaded) return null;
    loaded.holders.add(holder);
    clearTimeout(loaded.unloadTimer);
    await this.catchUp(loaded);
    return loaded;
  }

  release(documentId: string, holder: string): void {
    const loaded = this.loaded.get(documentId);
    if (!loaded?.holders.delete(holder) || loaded.holders.size) return;
    clearTimeout(loaded.unloadTimer);
    loaded.unloadTimer = setTimeout(() => void this.unload(documentId), UNLOAD_AFTER_MS);
    loaded.unloadTimer.unref?.();
  }

  /** Applies what other instances (or an earlier run) stored since this copy last looked. */
  catchUp(loaded: Loaded): Promise<void> {
    loaded.reading = loaded.reading.then(async () => {
      const stored = await this.store.since(loaded.id, loaded.lastSeq);
      if (!stored) return;
      Y.transact(loaded.doc, () => {
        if (stored.snapshot) Y.applyUpdate(loaded.doc, stored.snapshot, 'store');
        for (const row of stored.rows) Y.applyUpdate(loaded.doc, row.update, 'store');
      }, 'store');
      const last = Math.max(stored.snapshotSeq, stored.rows.at(-1)?.seq ?? 0);
      if (last > loaded.lastSeq) loaded.lastSeq = last;
      this.advance(loaded);
    });
    return loaded.reading;
  }

  /**
   * An editor's update: checked, applied, then stored; resolves with its sequence number once
   * committed. A malformed update throws MalformedMessage and is neither applied nor stored.
   * `whenApplied` runs as soon as it is in the copy, before the write: others need not wait for the
   * disk (if the write fails, the sender gets no acknowledgement and sends it again; Yjs merges it once).
   */
  async applyLocal(loaded: Loaded, update: Uint8Array, origin: string, whenApplied?: () => void): Promise<number> {
    checkUpdate(update);
    if (loaded.storedBytes + update.byteLength > documentLimits.maxDocumentBytes) {
      // The running count includes what compaction will drop; measure before refusing.
      loaded.storedBytes = Y.encodeStateAsUpdate(loaded.doc).byteLength;
      if (loaded.storedBytes + update.byteLength > documentLimits.maxDocumentBytes) throw new DocumentTooLarge();
    }
    try {
      Y.applyUpdate(loaded.doc, update, origin);
    } catch (error) {
      // Checked on an empty document, yet it failed on this one: the copy may be half changed, so read it again.
      await this.reload(loaded);
      throw new MalformedMessage(String(error));
    }
    whenApplied?.();
    const write = this.store.append(loaded.id, update, this.clock.now());
    this.track(write);
    const seq = await write;
    loaded.storedBytes += update.byteLength;
    this.stored(loaded, seq);
    return seq;
  }

  /** An update another instance stored: applied to this copy if it is loaded here. */
  applyRemote(documentId: string, seq: number, update: Uint8Array): void {
    const loaded = this.loaded.get(documentId);
    if (!loaded) return;
    try {
      Y.applyUpdate(loaded.doc, update, 'remote');
      loaded.storedBytes += update.byteLength;
      this.stored(loaded, seq);
    } catch (error) {
      this.logger.warn({ err: error, documentId }, 'remote update not applied; the next catch-up reads it from the store');
    }
  }

  /** Merges the stored updates into the snapshot now (also what unloading does). */
  compact(documentId: string): Promise<void> {
    const running = this.compacting.get(documentId);
    if (running) return running;
    const job = this.store
      .compact(documentId, mergeThroughDoc)
      .then(() => undefined)
      .catch((error: unknown) => this.logger.warn({ err: error, documentId }, 'compaction failed; the updates stay until the next one'))
      .finally(() => this.compacting.delete(documentId));
    this.compacting.set(documentId, job);
    this.track(job);
    return job;
  }

  /** Drops the copy at once (after its writes), compacting first; for tests and shutdown. */
  async unload(documentId: string): Promise<void> {
    const loaded = this.loaded.get(documentId);
    if (!loaded || loaded.holders.size) return;
    this.loaded.delete(documentId);
    clearTimeout(loaded.unloadTimer);
    await Promise.allSettled([...this.work]);
    if (loaded.rowsSinceCompaction > 0) await this.compact(documentId);
    loaded.awareness.destroy();
    loaded.doc.destroy();
  }

  /** Forgets a deleted document without writing anything. */
  forget(documentId: string): void {
    const loaded = this.loaded.get(documentId);
    if (!loaded) return;
    this.loaded.delete(documentId);
    clearTimeout(loaded.unloadTimer);
    loaded.awareness.destroy();
    loaded.doc.destroy();
  }

  async onModuleDestroy(): Promise<void> {
    for (const loaded of this.loaded.values()) clearTimeout(loaded.unloadTimer);
    // Acknowledged edits are committed already; this only lets writes under way finish before the database closes.
    await Promise.allSettled([...this.work]);
    // Awareness keeps a timer per document.
    for (const loaded of this.loaded.values()) loaded.awareness.destroy();
  }

  private load(documentId: string): Promise<Loaded | null> {
    const running = this.loading.get(documentId);
    if (running) return running;
    const job = (async () => {
      const stored = await this.store.since(documentId, -1);
      if (!stored) return null;
      const doc = new Y.Doc();
      const awareness = new Awareness(doc);
      // The server edits nothing itself: it has no awareness state of its own.
      awareness.setLocalState(null);
      const loaded: Loaded = {
        id: documentId, doc, awareness, lastSeq: -1, ahead: new Set(), storedBytes: 0, rowsSinceCompaction: 0, holders: new Set(), reading: Promise.resolve(),
      };
      Y.transact(doc, () => {
        if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot, 'store');
        for (const row of stored.rows) Y.applyUpdate(doc, row.update, 'store');
      }, 'store');
      loaded.lastSeq = Math.max(stored.snapshotSeq, stored.rows.at(-1)?.seq ?? 0);
      loaded.storedBytes = (stored.snapshot?.byteLength ?? 0) + stored.rows.reduce((n, r) => n + r.update.byteLength, 0);
      loaded.rowsSinceCompaction = stored.rows.length;
      this.loaded.set(documentId, loaded);
      return loaded;
    })().finally(() => this.loading.delete(documentId));
    this.loading.set(documentId, job);
    return job;
  }

  private async reload(loaded: Loaded): Promise<void> {
    const fresh = new Y.Doc();
    const stored = await this.store.since(loaded.id, -1);
    if (stored) {
      if (stored.snapshot) Y.applyUpdate(fresh, stored.snapshot, 'store');
      for (const row of stored.rows) Y.applyUpdate(fresh, row.update, 'store');
      loaded.lastSeq = Math.max(stored.snapshotSeq, stored.rows.at(-1)?.seq ?? 0);
      loaded.ahead.clear();
    }
    // The broken copy is dropped, not destroyed: destroying a doc also destroys the awareness bound to it.
    loaded.doc = fresh;
  }

  private stored(loaded: Loaded, seq: number): void {
    loaded.ahead.add(seq);
    this.advance(loaded);
    loaded.rowsSinceCompaction += 1;
    if (loaded.rowsSinceCompaction >= COMPACT_AFTER_UPDATES) {
      loaded.rowsSinceCompaction = 0;
      void this.compact(loaded.id);
    }
  }

  private advance(loaded: Loaded): void {
    for (const seq of [...loaded.ahead]) if (seq <= loaded.lastSeq) loaded.ahead.delete(seq);
    while (loaded.ahead.delete(loaded.lastSeq + 1)) loaded.lastSeq += 1;
  }

  private track(job: Promise<unknown>): void {
    this.work.add(job);
    void job.catch(() => undefined).finally(() => this.work.delete(job));
  }
}

/**
 * Compaction loads the parts into a document and encodes it, rather than Y.mergeUpdates: the
 * document's garbage collection drops deleted text, so the snapshot (and the size limit measured on
 * it) does not grow with every word typed and removed. The encoding is the one a fresh load gives.
 */
export function mergeThroughDoc(parts: Uint8Array[]): Uint8Array {
  const doc = new Y.Doc();
  Y.transact(doc, () => parts.forEach((part) => Y.applyUpdate(doc, part)));
  const merged = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return merged;
}
