import { Inject, Injectable } from '@nestjs/common';
import { and, asc, eq, gt, lte, sql } from 'drizzle-orm';
import { DATABASE, type Database, type Db, type Tx } from '../core/database/database';
import { documents, documentUpdates } from './documents.tables';
import { mergeThroughDoc } from './merge-through-doc';

/** What is stored after `afterSeq`: the snapshot when it covers more, then the rows after both, in order. */
export type StoredSince = { snapshot: Uint8Array | null; snapshotSeq: number; rows: Array<{ seq: number; update: Uint8Array }> };

/**
 * The SQL of a document's Yjs state: appending updates, reading what is new, compacting. Appends and
 * compaction take the document row's lock, so sequence numbers commit in order and a compaction
 * never misses a row that commits while it runs.
 */
@Injectable()
export class DocumentStore {
  private readonly db: Db;
  constructor(@Inject(DATABASE) database: Database) {
    this.db = database.db;
  }

  /**
   * Rows first, then the snapshot: a compaction between the two reads only moves rows into the
   * snapshot, so nothing falls in between (reading them the other way round could lose a range).
   * Null when the document does not exist.
   */
  async since(documentId: string, afterSeq: number, tx: Db | Tx = this.db): Promise<StoredSince | null> {
    const rows = await tx
      .select({ seq: documentUpdates.seq, update: documentUpdates.update })
      .from(documentUpdates)
      .where(and(eq(documentUpdates.documentId, documentId), gt(documentUpdates.seq, afterSeq)))
      .orderBy(asc(documentUpdates.seq));
    const [doc] = await tx
      .select({
        snapshotSeq: documents.snapshotSeq,
        // The snapshot's bytes only when they hold something the reader lacks.
        snapshot: sql<Uint8Array | null>`case when ${documents.snapshotSeq} > ${afterSeq} or ${afterSeq} < 0 then ${documents.snapshot} end`.mapWith(documents.snapshot),
      })
      .from(documents)
      .where(eq(documents.id, documentId))
      .limit(1);
    if (!doc) return null;
    return { snapshot: doc.snapshot ?? null, snapshotSeq: doc.snapshotSeq, rows: rows.filter((r) => r.seq > doc.snapshotSeq || doc.snapshot === null) };
  }

  /**
   * Stores one update; its sequence number once committed. `authorId` is who sent it (null for the
   * server's own changes); they join the document's list of who changed it since the last version.
   */
  async append(documentId: string, update: Uint8Array, at: Date, authorId: string | null = null): Promise<number> {
    return this.db.transaction(async (tx) => {
      const changers = authorId
        ? sql`case when ${authorId}::uuid = any(${documents.changedSinceVersion}) then ${documents.changedSinceVersion} else array_append(${documents.changedSinceVersion}, ${authorId}::uuid) end`
        : sql`${documents.changedSinceVersion}`;
      const [doc] = await tx
        .update(documents)
        .set({ updateSeq: sql`${documents.updateSeq} + 1`, storedBytes: sql`${documents.storedBytes} + ${update.byteLength}`, updatedAt: at, changedSinceVersion: changers })
        .where(eq(documents.id, documentId))
        .returning({ seq: documents.updateSeq });
      if (!doc) throw new Error(`document ${documentId} is gone`);
      await tx.insert(documentUpdates).values({ documentId, seq: doc.seq, update, at, authorId });
      return doc.seq;
    });
  }

  /** The whole stored state (every acknowledged edit) as one update, read in `tx` (lock the row first for a consistent cut). */
  async state(documentId: string, tx: Db | Tx = this.db): Promise<Uint8Array | null> {
    const stored = await this.since(documentId, -1, tx);
    if (!stored) return null;
    return mergeThroughDoc([...(stored.snapshot ? [stored.snapshot] : []), ...stored.rows.map((r) => r.update)]);
  }

  /**
   * Merges the snapshot and every row into a new snapshot and deletes those rows, in one transaction
   * under the document's lock. Returns how many rows it merged (0: nothing to do, or no such document).
   */
  async compact(documentId: string, merge: (parts: Uint8Array[]) => Uint8Array): Promise<number> {
    return this.db.transaction(async (tx) => {
      const [doc] = await tx.select({ snapshot: documents.snapshot }).from(documents).where(eq(documents.id, documentId)).for('update').limit(1);
      if (!doc) return 0;
      const rows = await tx
        .select({ seq: documentUpdates.seq, update: documentUpdates.update })
        .from(documentUpdates)
        .where(eq(documentUpdates.documentId, documentId))
        .orderBy(asc(documentUpdates.seq));
      if (!rows.length) return 0;
      const last = rows[rows.length - 1].seq;
      const snapshot = merge([doc.snapshot, ...rows.map((r) => r.update)]);
      await tx.update(documents).set({ snapshot, snapshotSeq: last, storedBytes: snapshot.byteLength }).where(eq(documents.id, documentId));
      await tx.delete(documentUpdates).where(and(eq(documentUpdates.documentId, documentId), lte(documentUpdates.seq, last)));
      return rows.length;
    });
  }
}
