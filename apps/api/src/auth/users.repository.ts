import { Inject, Injectable } from '@nestjs/common';
import { eq, inArray } from 'drizzle-orm';
import type { Language, Me } from '@broedplaats/contracts';
import { DATABASE, type Database, type Db, type Tx } from '../core/database/database';
import { users } from './auth.tables';

type UserRow = typeof users.$inferSelect;
export type UserRecord = Me & { passwordHash: string; deleted: boolean };

const toRecord = (row: UserRow): UserRecord => ({
  id: row.id,
  email: row.email,
  displayName: row.displayName,
  language: row.language,
  isPlatformAdmin: row.isPlatformAdmin,
  organisation: row.organisation,
  bio: row.bio,
  passwordHash: row.passwordHash,
  deleted: row.deletedAt !== null,
});

/** Picks the public fields, so a password hash can never ride along in a response. */
export const toMe = (user: Me): Me => ({
  id: user.id,
  email: user.email,
  displayName: user.displayName,
  language: user.language,
  isPlatformAdmin: user.isPlatformAdmin,
  organisation: user.organisation,
  bio: user.bio,
});

@Injectable()
export class UsersRepository {
  private readonly db: Db;
  constructor(@Inject(DATABASE) database: Database) {
    this.db = database.db;
  }

  async findByEmail(email: string, tx: Db | Tx = this.db): Promise<UserRecord | null> {
    const [row] = await tx.select().from(users).where(eq(users.email, email)).limit(1);
    return row ? toRecord(row) : null;
  }

  async findById(id: string, tx: Db | Tx = this.db): Promise<UserRecord | null> {
    const [row] = await tx.select().from(users).where(eq(users.id, id)).limit(1);
    return row ? toRecord(row) : null;
  }

  async insert(
    tx: Db | Tx,
    user: { email: string; passwordHash: string; displayName: string; language: Language; isPlatformAdmin?: boolean; organisation?: string; bio?: string },
  ): Promise<UserRecord> {
    const [row] = await tx.insert(users).values(user).returning();
    return toRecord(row);
  }

  async update(id: string, changes: { displayName?: string; language?: Language; organisation?: string; bio?: string }): Promise<UserRecord | null> {
    const [row] = await this.db
      .update(users)
      .set({ ...changes, updatedAt: new Date() })
      .where(eq(users.id, id))
      .returning();
    return row ? toRecord(row) : null;
  }

  async setPasswordHash(tx: Db | Tx, id: string, passwordHash: string): Promise<void> {
    await tx.update(users).set({ passwordHash, updatedAt: new Date() }).where(eq(users.id, id));
  }

  /**
   * Account deleted: the row stays so past contributions keep an author, but nothing personal is
   * left: a fixed name, a unique address that cannot receive mail, a hash no password matches, and
   * no organisation or bio.
   */
  async scrub(tx: Db | Tx, id: string, displayName: string, at: Date): Promise<void> {
    await tx
      .update(users)
      .set({ displayName, email: `deleted-${id}@deleted.invalid`, passwordHash: '!deleted', isPlatformAdmin: false, organisation: '', bio: '', deletedAt: at, updatedAt: at })
      .where(eq(users.id, id));
  }

  async names(ids: string[]): Promise<Array<{ userId: string; displayName: string }>> {
    if (ids.length === 0) return [];
    return this.db.select({ userId: users.id, displayName: users.displayName }).from(users).where(inArray(users.id, ids));
  }

  async count(): Promise<number> {
    return this.db.$count(users);
  }
}
