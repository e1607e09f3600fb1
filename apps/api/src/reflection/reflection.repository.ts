import { Inject, Injectable } from '@nestjs/common';
import { and, desc, eq, inArray, isNotNull, or } from 'drizzle-orm';
import type { AgendaPerson } from '@broedplaats/contracts';
import { users } from '../auth/auth.tables';
import { DATABASE, type Database, type Db, type Tx } from '../core/database/database';
import { reflections, valueStories } from './reflection.tables';

export type ReflectionRow = typeof reflections.$inferSelect;
export type StoryRow = typeof valueStories.$inferSelect;

/**
 * Reflection's SQL. A reflection is read whole only by its author (`authorId` is required); a
 * network reads the shared parts alone, never `text`.
 */
@Injectable()
export class ReflectionRepository {
  private readonly db: Db;
  constructor(@Inject(DATABASE) database: Database) {
    this.db = database.db;
  }

  mine(authorId: string): Promise<ReflectionRow[]> {
    return this.db.select().from(reflections).where(eq(reflections.authorId, authorId)).orderBy(desc(reflections.createdAt));
  }

  async one(authorId: string, id: string, db: Db | Tx = this.db): Promise<ReflectionRow | null> {
    const [row] = await db.select().from(reflections).where(and(eq(reflections.authorId, authorId), eq(reflections.id, id)));
    return row ?? null;
  }

  async insert(tx: Tx, values: typeof reflections.$inferInsert): Promise<ReflectionRow> {
    const [row] = await tx.insert(reflections).values(values).returning();
    return row!;
  }

  async update(tx: Tx, authorId: string, id: string, changes: Partial<typeof reflections.$inferInsert>): Promise<ReflectionRow> {
    const [row] = await tx.update(reflections).set(changes).where(and(eq(reflections.authorId, authorId), eq(reflections.id, id))).returning();
    return row!;
  }

  async remove(tx: Tx, authorId: string, id: string): Promise<void> {
    await tx.delete(reflections).where(and(eq(reflections.authorId, authorId), eq(reflections.id, id)));
  }

  /** The shared parts of a network's reflections (no private text leaves this query). */
  shared(networkId: string) {
    return this.db
      .select({ id: reflections.id, networkId: reflections.networkId, authorId: reflections.authorId, sharedPart: reflections.sharedPart, domains: reflections.domains, cycles: reflections.cycles, linkKind: reflections.linkKind, linkId: reflections.linkId, createdAt: reflections.createdAt })
      .from(reflections)
      .where(and(eq(reflections.networkId, networkId), isNotNull(reflections.sharedPart)))
      .orderBy(desc(reflections.createdAt))
      .limit(500);
  }

  /** Shared value stories and the reader's own. */
  stories(networkId: string, readerId: string): Promise<StoryRow[]> {
    return this.db.select().from(valueStories).where(and(eq(valueStories.networkId, networkId), or(eq(valueStories.shared, true), eq(valueStories.authorId, readerId)))).orderBy(desc(valueStories.createdAt));
  }

  async story(networkId: string, id: string, readerId: string, db: Db | Tx = this.db): Promise<StoryRow | null> {
    const [row] = await db.select().from(valueStories).where(and(eq(valueStories.networkId, networkId), eq(valueStories.id, id), or(eq(valueStories.shared, true), eq(valueStories.authorId, readerId))));
    return row ?? null;
  }

  async insertStory(tx: Tx, values: typeof valueStories.$inferInsert): Promise<StoryRow> {
    const [row] = await tx.insert(valueStories).values(values).returning();
    return row!;
  }

  async updateStory(tx: Tx, id: string, changes: Partial<typeof valueStories.$inferInsert>): Promise<StoryRow> {
    const [row] = await tx.update(valueStories).set(changes).where(eq(valueStories.id, id)).returning();
    return row!;
  }

  async removeStory(tx: Tx, id: string): Promise<void> {
    await tx.delete(valueStories).where(eq(valueStories.id, id));
  }

  async names(ids: Array<string | null>): Promise<Map<string, AgendaPerson>> {
    const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
    const rows = wanted.length ? await this.db.select({ id: users.id, displayName: users.displayName }).from(users).where(inArray(users.id, wanted)) : [];
    return new Map(rows.map((r) => [r.id, r]));
  }
}
