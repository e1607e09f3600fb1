import { Inject, Injectable } from '@nestjs/common';
import { and, eq, isNull } from 'drizzle-orm';
import { DATABASE, type Database, type Db, type Tx } from '../core/database/database';
import { passwordResets } from './auth.tables';

export type PasswordResetRow = typeof passwordResets.$inferSelect;

@Injectable()
export class PasswordResetsRepository {
  private readonly db: Db;
  constructor(@Inject(DATABASE) database: Database) {
    this.db = database.db;
  }

  async insert(reset: { userId: string; tokenHash: string; expiresAt: Date; createdAt: Date }): Promise<void> {
    await this.db.insert(passwordResets).values(reset);
  }

  /** Locked, so two uses of one token at the same moment cannot both succeed. */
  async findForUpdate(tx: Tx, tokenHash: string): Promise<PasswordResetRow | null> {
    const [row] = await tx.select().from(passwordResets).where(eq(passwordResets.tokenHash, tokenHash)).limit(1).for('update');
    return row ?? null;
  }

  /** Uses this token and voids every other open one of the same person. */
  async useAll(tx: Db | Tx, userId: string, at: Date): Promise<void> {
    await tx
      .update(passwordResets)
      .set({ usedAt: at })
      .where(and(eq(passwordResets.userId, userId), isNull(passwordResets.usedAt)));
  }
}
