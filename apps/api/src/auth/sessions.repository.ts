import { Inject, Injectable } from '@nestjs/common';
import { and, desc, eq, gt, lt, ne } from 'drizzle-orm';
import { DATABASE, type Database, type Db, type Tx } from '../core/database/database';
import { sessions, users } from './auth.tables';

export type SessionRow = typeof sessions.$inferSelect;

@Injectable()
export class SessionsRepository {
  private readonly db: Db;
  constructor(@Inject(DATABASE) database: Database) {
    this.db = database.db;
  }

  async insert(tx: Db | Tx, session: { userId: string; tokenHash: string; userAgent: string | null; expiresAt: Date }) {
    const [row] = await tx.insert(sessions).values(session).returning();
    return row;
  }

  /** The live session for a token hash, with its user. */
  async findLive(tokenHash: string, now: Date) {
    const [row] = await this.db
      .select({ session: sessions, user: users })
      .from(sessions)
      .innerJoin(users, eq(users.id, sessions.userId))
      .where(and(eq(sessions.tokenHash, tokenHash), gt(sessions.expiresAt, now)))
      .limit(1);
    return row ?? null;
  }

  async touch(id: string, now: Date): Promise<void> {
    await this.db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.id, id));
  }

  listForUser(userId: string, now: Date): Promise<SessionRow[]> {
    return this.db
      .select()
      .from(sessions)
      .where(and(eq(sessions.userId, userId), gt(sessions.expiresAt, now)))
      .orderBy(desc(sessions.lastSeenAt));
  }

  /** Deletes only a session of this user: someone else's session id behaves as unknown. */
  async deleteForUser(userId: string, sessionId: string): Promise<boolean> {
    const deleted = await this.db
      .delete(sessions)
      .where(and(eq(sessions.id, sessionId), eq(sessions.userId, userId)))
      .returning({ id: sessions.id });
    return deleted.length > 0;
  }

  /** Every session of this user except `keepId`; returns the ids that were ended. */
  async deleteOthers(tx: Db | Tx, userId: string, keepId: string): Promise<string[]> {
    const deleted = await tx
      .delete(sessions)
      .where(and(eq(sessions.userId, userId), ne(sessions.id, keepId)))
      .returning({ id: sessions.id });
    return deleted.map((row) => row.id);
  }

  /** Every session of this user; returns the ids that were ended. */
  async deleteAll(tx: Db | Tx, userId: string): Promise<string[]> {
    const deleted = await tx.delete(sessions).where(eq(sessions.userId, userId)).returning({ id: sessions.id });
    return deleted.map((row) => row.id);
  }

  async deleteExpired(now: Date): Promise<void> {
    await this.db.delete(sessions).where(lt(sessions.expiresAt, now));
  }
}
