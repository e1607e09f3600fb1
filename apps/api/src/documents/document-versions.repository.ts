import { Inject, Injectable } from '@nestjs/common';
import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { AgendaPerson, DocumentVersion } from '@broedplaats/contracts';
import { users } from '../auth/auth.tables';
import { DATABASE, type Database, type Db, type Tx } from '../core/database/database';
import { documents, documentVersions } from './documents.tables';

export type NewVersion = { documentId: string; name: string; state: Uint8Array; createdBy: string | null; changedBy: string[]; automatic: boolean; at: Date };

const iso = (d: Date) => d.toISOString();

/** A document's named versions (full Yjs states); every query names the document. */
@Injectable()
export class DocumentVersionsRepository {
  private readonly db: Db;
  constructor(@Inject(DATABASE) database: Database) {
    this.db = database.db;
  }

  /** Newest first, without their states. */
  async list(documentId: string, versionIds?: string[], tx: Db | Tx = this.db): Promise<DocumentVersion[]> {
    const rows = await tx
      .select({
        id: documentVersions.id, name: documentVersions.name, createdAt: documentVersions.createdAt, changedBy: documentVersions.changedBy, automatic: documentVersions.automatic,
        creatorId: users.id, creatorName: users.displayName,
      })
      .from(documentVersions)
      .leftJoin(users, eq(users.id, documentVersions.createdBy))
      .where(and(eq(documentVersions.documentId, documentId), versionIds ? inArray(documentVersions.id, versionIds) : undefined))
      .orderBy(desc(documentVersions.createdAt), desc(documentVersions.id));
    const names = await this.names(tx, [...new Set(rows.flatMap((r) => r.changedBy))]);
    return rows.map((r) => ({
      id: r.id, documentId, name: r.name, createdAt: iso(r.createdAt), automatic: r.automatic,
      createdBy: r.creatorId ? { id: r.creatorId, displayName: r.creatorName ?? '' } : null,
      // People whose accounts are gone drop out of the list.
      changedBy: r.changedBy.flatMap((id) => (names.has(id) ? [names.get(id)!] : [])),
    }));
  }

  async one(documentId: string, versionId: string, tx: Db | Tx = this.db): Promise<{ version: DocumentVersion; state: Uint8Array } | null> {
    const [version] = await this.list(documentId, [versionId], tx);
    if (!version) return null;
    const [row] = await tx.select({ state: documentVersions.state }).from(documentVersions).where(eq(documentVersions.id, versionId)).limit(1);
    return { version, state: row.state };
  }

  /** Who changed the document since the last version, and empties that list: call under the document's lock. */
  async takeChangers(tx: Tx, documentId: string): Promise<string[]> {
    const [row] = await tx.select({ changed: documents.changedSinceVersion }).from(documents).where(eq(documents.id, documentId)).for('update').limit(1);
    await tx.update(documents).set({ changedSinceVersion: sql`'{}'::uuid[]` }).where(eq(documents.id, documentId));
    return row?.changed ?? [];
  }

  async insert(tx: Tx, v: NewVersion): Promise<string> {
    const [row] = await tx
      .insert(documentVersions)
      .values({ documentId: v.documentId, name: v.name, state: v.state, createdBy: v.createdBy, changedBy: v.changedBy, automatic: v.automatic, createdAt: v.at })
      .returning({ id: documentVersions.id });
    return row.id;
  }

  private async names(tx: Db | Tx, ids: string[]): Promise<Map<string, AgendaPerson>> {
    if (!ids.length) return new Map();
    const rows = await tx.select({ id: users.id, displayName: users.displayName }).from(users).where(inArray(users.id, ids));
    return new Map(rows.map((r) => [r.id, r]));
  }
}
