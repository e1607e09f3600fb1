import { Inject, Injectable } from '@nestjs/common';
import { and, asc, eq, inArray, max, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DocumentKind, DocumentSummary } from '@broedplaats/contracts';
import { users } from '../auth/auth.tables';
import { DATABASE, type Database, type Db, type Tx } from '../core/database/database';
import { documents } from './documents.tables';

/** What an open document needs to judge access, without its bytes. */
export type DocumentHead = { id: string; networkId: string; kind: DocumentKind; createdBy: string | null; published: boolean; meetingId: string | null };
export type NewDocument = { networkId: string; kind: DocumentKind; title: string; meetingId?: string; position?: number; createdBy: string | null; snapshot: Uint8Array; at: Date };

const creator = alias(users, 'creator');
const publisher = alias(users, 'publisher');
const iso = (d: Date) => d.toISOString();

/** Documents' metadata; every query names the network, so a document never shows outside it. */
@Injectable()
export class DocumentsRepository {
  private readonly db: Db;
  constructor(@Inject(DATABASE) database: Database) {
    this.db = database.db;
  }

  /** By id alone, for a socket opening it: the caller then checks the person's standing in its network. */
  async head(documentId: string, tx: Db | Tx = this.db): Promise<DocumentHead | null> {
    const [row] = await tx
      .select({ id: documents.id, networkId: documents.networkId, kind: documents.kind, createdBy: documents.createdBy, publishedAt: documents.publishedAt, meetingId: documents.meetingId })
      .from(documents)
      .where(eq(documents.id, documentId))
      .limit(1);
    return row ? { id: row.id, networkId: row.networkId, kind: row.kind, createdBy: row.createdBy, published: row.publishedAt !== null, meetingId: row.meetingId } : null;
  }

  async summaries(networkId: string, where: { kind?: DocumentKind; ids?: string[]; meetingId?: string }, tx: Db | Tx = this.db): Promise<DocumentSummary[]> {
    const rows = await tx
      .select({
        id: documents.id, networkId: documents.networkId, kind: documents.kind, title: documents.title, position: documents.position, meetingId: documents.meetingId,
        createdAt: documents.createdAt, updatedAt: documents.updatedAt, publishedAt: documents.publishedAt,
        createdById: creator.id, createdByName: creator.displayName, publishedById: publisher.id, publishedByName: publisher.displayName,
      })
      .from(documents)
      .leftJoin(creator, eq(creator.id, documents.createdBy))
      .leftJoin(publisher, eq(publisher.id, documents.publishedBy))
      .where(
        and(
          eq(documents.networkId, networkId),
          where.kind ? eq(documents.kind, where.kind) : undefined,
          where.ids ? inArray(documents.id, where.ids) : undefined,
          where.meetingId ? eq(documents.meetingId, where.meetingId) : undefined,
        ),
      )
      .orderBy(asc(documents.position), asc(documents.createdAt), asc(documents.id));
    return rows.map((r) => ({
      id: r.id, networkId: r.networkId, kind: r.kind, title: r.title, position: r.position, meetingId: r.meetingId,
      createdBy: r.createdById ? { userId: r.createdById, displayName: r.createdByName ?? '' } : null,
      createdAt: iso(r.createdAt), updatedAt: iso(r.updatedAt),
      published: r.publishedAt ? { at: iso(r.publishedAt), by: r.publishedById ? { userId: r.publishedById, displayName: r.publishedByName ?? '' } : null } : null,
    }));
  }

  async summary(networkId: string, documentId: string, tx: Db | Tx = this.db): Promise<DocumentSummary | null> {
    return (await this.summaries(networkId, { ids: [documentId] }, tx))[0] ?? null;
  }

  /** Locks the document's row (and so its appends and compaction) for a change of its metadata. */
  async lock(tx: Tx, networkId: string, documentId: string): Promise<DocumentHead | null> {
    const [row] = await tx.select({ id: documents.id }).from(documents).where(and(eq(documents.networkId, networkId), eq(documents.id, documentId))).for('update').limit(1);
    return row ? this.head(documentId, tx) : null;
  }

  async insert(tx: Db | Tx, d: NewDocument): Promise<string> {
    const [row] = await tx
      .insert(documents)
      .values({ networkId: d.networkId, kind: d.kind, title: d.title, meetingId: d.meetingId ?? null, position: d.position ?? null, createdBy: d.createdBy, createdAt: d.at, updatedAt: d.at, snapshot: d.snapshot, storedBytes: d.snapshot.byteLength })
      .returning({ id: documents.id });
    return row.id;
  }

  /** Minutes for a meeting unless they exist; the id either way (a concurrent first request makes one). */
  async insertMinutes(tx: Tx, d: NewDocument & { meetingId: string }): Promise<string> {
    await tx
      .insert(documents)
      .values({ networkId: d.networkId, kind: 'minutes', title: d.title, meetingId: d.meetingId, createdBy: d.createdBy, createdAt: d.at, updatedAt: d.at, snapshot: d.snapshot, storedBytes: d.snapshot.byteLength })
      .onConflictDoNothing({ target: documents.meetingId });
    const [row] = await tx.select({ id: documents.id }).from(documents).where(and(eq(documents.networkId, d.networkId), eq(documents.meetingId, d.meetingId))).limit(1);
    return row.id;
  }

  async minutesOf(networkId: string, meetingId: string): Promise<string | null> {
    const [row] = await this.db.select({ id: documents.id }).from(documents).where(and(eq(documents.networkId, networkId), eq(documents.meetingId, meetingId))).limit(1);
    return row?.id ?? null;
  }

  /** The position after the network's last practice page. */
  async nextPosition(tx: Tx, networkId: string): Promise<number> {
    const [row] = await tx.select({ last: max(documents.position) }).from(documents).where(and(eq(documents.networkId, networkId), eq(documents.kind, 'practice_page')));
    return (row?.last ?? -1) + 1;
  }

  async pageIds(tx: Tx, networkId: string): Promise<string[]> {
    const rows = await tx.select({ id: documents.id }).from(documents).where(and(eq(documents.networkId, networkId), eq(documents.kind, 'practice_page')));
    return rows.map((r) => r.id);
  }

  async ids(networkId: string): Promise<string[]> {
    const rows = await this.db.select({ id: documents.id }).from(documents).where(eq(documents.networkId, networkId));
    return rows.map((r) => r.id);
  }

  async rename(tx: Tx, networkId: string, documentId: string, title: string, at: Date): Promise<void> {
    await tx.update(documents).set({ title, updatedAt: at }).where(and(eq(documents.networkId, networkId), eq(documents.id, documentId)));
  }

  /** Rewrites every page's position in one statement, under the network's lock. */
  async reorder(tx: Tx, networkId: string, documentIds: string[]): Promise<void> {
    const cases = sql.join(documentIds.map((id, i) => sql`when ${id}::uuid then ${i}::integer`), sql` `);
    await tx
      .update(documents)
      .set({ position: sql`case ${documents.id} ${cases} end` })
      .where(and(eq(documents.networkId, networkId), inArray(documents.id, documentIds)));
  }

  async delete(tx: Tx, networkId: string, documentId: string): Promise<void> {
    await tx.delete(documents).where(and(eq(documents.networkId, networkId), eq(documents.id, documentId)));
  }

  async publish(tx: Tx, networkId: string, documentId: string, state: Uint8Array, by: string, at: Date): Promise<void> {
    await tx.update(documents).set({ publishedState: state, publishedAt: at, publishedBy: by }).where(and(eq(documents.networkId, networkId), eq(documents.id, documentId)));
  }

  async published(networkId: string, documentId: string): Promise<{ state: Uint8Array; at: Date; by: { userId: string; displayName: string } | null } | null> {
    const [row] = await this.db
      .select({ state: documents.publishedState, at: documents.publishedAt, byId: publisher.id, byName: publisher.displayName })
      .from(documents)
      .leftJoin(publisher, eq(publisher.id, documents.publishedBy))
      .where(and(eq(documents.networkId, networkId), eq(documents.id, documentId)))
      .limit(1);
    if (!row?.state || !row.at) return null;
    return { state: row.state, at: row.at, by: row.byId ? { userId: row.byId, displayName: row.byName ?? '' } : null };
  }
}
