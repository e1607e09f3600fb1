import { Inject, Injectable } from '@nestjs/common';
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { AgendaPerson, Comment } from '@broedplaats/contracts';
import { users } from '../auth/auth.tables';
import { DATABASE, type Database, type Db, type Tx } from '../core/database/database';
import { questionComments } from './agenda.tables';

export type CommentRow = typeof questionComments.$inferSelect;

/** Comments are read through their question, which the service found in the network first. */
@Injectable()
export class CommentsRepository {
  private readonly db: Db;
  constructor(@Inject(DATABASE) database: Database) {
    this.db = database.db;
  }

  async insert(tx: Tx, comment: { questionId: string; parentId: string | null; authorId: string; text: string; mentionedUserIds: string[]; createdAt: Date }): Promise<string> {
    const [row] = await tx.insert(questionComments).values(comment).returning({ id: questionComments.id });
    return row.id;
  }

  async lock(tx: Tx, questionId: string, commentId: string): Promise<CommentRow | null> {
    const [row] = await tx.select().from(questionComments).where(and(eq(questionComments.questionId, questionId), eq(questionComments.id, commentId))).for('update').limit(1);
    return row ?? null;
  }

  async find(db: Db | Tx, questionId: string, commentId: string): Promise<CommentRow | null> {
    const [row] = await db.select().from(questionComments).where(and(eq(questionComments.questionId, questionId), eq(questionComments.id, commentId))).limit(1);
    return row ?? null;
  }

  async update(tx: Tx, commentId: string, changes: Partial<CommentRow>): Promise<void> {
    await tx.update(questionComments).set(changes).where(eq(questionComments.id, commentId));
  }

  async count(db: Db | Tx, questionId: string): Promise<number> {
    const rows = await db.select({ id: questionComments.id, deletedAt: questionComments.deletedAt }).from(questionComments).where(eq(questionComments.questionId, questionId));
    return rows.filter((r) => r.deletedAt === null).length;
  }

  async list(questionId: string, db: Db | Tx = this.db): Promise<Comment[]> {
    const rows = await db.select().from(questionComments).where(eq(questionComments.questionId, questionId)).orderBy(asc(questionComments.createdAt), asc(questionComments.id));
    return this.present(db, rows);
  }

  async one(db: Db | Tx, questionId: string, commentId: string): Promise<Comment> {
    const row = await this.find(db, questionId, commentId);
    return (await this.present(db, row ? [row] : []))[0];
  }

  /** Names are read now; a removed comment keeps its place and author, not its words or mentions. */
  private async present(db: Db | Tx, rows: CommentRow[]): Promise<Comment[]> {
    const ids = [...new Set(rows.flatMap((r) => [r.authorId, ...r.mentionedUserIds]).filter((id): id is string => id !== null))];
    const names = ids.length ? await db.select({ id: users.id, displayName: users.displayName }).from(users).where(inArray(users.id, ids)) : [];
    const byId = new Map<string, AgendaPerson>(names.map((n) => [n.id, n]));
    return rows.map((r) => ({
      id: r.id,
      questionId: r.questionId,
      parentId: r.parentId,
      author: r.authorId ? (byId.get(r.authorId) ?? null) : null,
      text: r.deletedAt ? '' : r.text,
      mentions: r.deletedAt ? [] : r.mentionedUserIds.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : [])),
      deleted: r.deletedAt !== null,
      createdAt: r.createdAt.toISOString(),
      editedAt: r.editedAt?.toISOString() ?? null,
    }));
  }
}
