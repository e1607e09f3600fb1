import { Inject, Injectable } from '@nestjs/common';
import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { AgendaPerson, CommentThread, DocumentComment } from '@broedplaats/contracts';
import { users } from '../auth/auth.tables';
import { DATABASE, type Database, type Db, type Tx } from '../core/database/database';
import { memberships } from '../networks/networks.tables';
import { documentComments, documentCommentThreads } from './documents.tables';

export type CommentRow = { id: string; threadId: string; parentId: string | null; authorId: string | null; createdAt: Date; deletedAt: Date | null; mentionedUserIds: string[] };
export type NewThread = { documentId: string; anchorStart: string; anchorEnd: string; quote: string; at: Date };
export type NewComment = { threadId: string; parentId: string | null; authorId: string; text: string; mentionedUserIds: string[]; at: Date };

const resolver = alias(users, 'resolver');
const iso = (d: Date) => d.toISOString();

/** Comment threads on a document's passages; every query names the document. */
@Injectable()
export class DocumentCommentsRepository {
  private readonly db: Db;
  constructor(@Inject(DATABASE) database: Database) {
    this.db = database.db;
  }

  /** The document's threads (or the ones asked for), oldest first, each with its comments oldest first. */
  async threads(documentId: string, threadIds?: string[], tx: Db | Tx = this.db): Promise<CommentThread[]> {
    const threads = await tx
      .select({
        id: documentCommentThreads.id, anchorStart: documentCommentThreads.anchorStart, anchorEnd: documentCommentThreads.anchorEnd, quote: documentCommentThreads.quote,
        resolvedAt: documentCommentThreads.resolvedAt, resolverId: resolver.id, resolverName: resolver.displayName,
      })
      .from(documentCommentThreads)
      .leftJoin(resolver, eq(resolver.id, documentCommentThreads.resolvedBy))
      .where(and(eq(documentCommentThreads.documentId, documentId), threadIds ? inArray(documentCommentThreads.id, threadIds) : undefined))
      .orderBy(asc(documentCommentThreads.createdAt), asc(documentCommentThreads.id));
    if (!threads.length) return [];
    const comments = await tx
      .select({
        id: documentComments.id, threadId: documentComments.threadId, parentId: documentComments.parentId, text: documentComments.text, mentionedUserIds: documentComments.mentionedUserIds,
        createdAt: documentComments.createdAt, editedAt: documentComments.editedAt, deletedAt: documentComments.deletedAt, authorId: users.id, authorName: users.displayName,
      })
      .from(documentComments)
      .leftJoin(users, eq(users.id, documentComments.authorId))
      .where(inArray(documentComments.threadId, threads.map((t) => t.id)))
      .orderBy(asc(documentComments.createdAt), asc(documentComments.id));
    const names = await this.names(tx, [...new Set(comments.flatMap((c) => (c.deletedAt ? [] : c.mentionedUserIds)))]);
    const byThread = new Map<string, DocumentComment[]>();
    for (const c of comments) {
      const list = byThread.get(c.threadId) ?? [];
      const deleted = c.deletedAt !== null;
      list.push({
        id: c.id, documentId, parentId: c.parentId, author: c.authorId ? { id: c.authorId, displayName: c.authorName ?? '' } : null,
        text: deleted ? '' : c.text, mentions: deleted ? [] : c.mentionedUserIds.flatMap((id) => (names.has(id) ? [names.get(id)!] : [])),
        deleted, createdAt: iso(c.createdAt), editedAt: c.editedAt ? iso(c.editedAt) : null,
      });
      byThread.set(c.threadId, list);
    }
    // The opening comment (no parent) first, then the replies in the order they came.
    return threads
      .filter((t) => byThread.has(t.id))
      .map((t) => ({
        id: t.id, documentId, anchor: { start: t.anchorStart, end: t.anchorEnd }, quote: t.quote,
        resolved: t.resolvedAt ? { by: t.resolverId ? { id: t.resolverId, displayName: t.resolverName ?? '' } : null, at: iso(t.resolvedAt) } : null,
        comments: byThread.get(t.id)!.sort((a, b) => Number(a.parentId !== null) - Number(b.parentId !== null)),
      }));
  }

  async thread(documentId: string, threadId: string, tx: Db | Tx = this.db): Promise<CommentThread | null> {
    return (await this.threads(documentId, [threadId], tx))[0] ?? null;
  }

  /** Locks a thread of this document: changes to one thread queue up, so its events go out in order. */
  async lockThread(tx: Tx, documentId: string, threadId: string): Promise<boolean> {
    const rows = await tx
      .select({ id: documentCommentThreads.id })
      .from(documentCommentThreads)
      .where(and(eq(documentCommentThreads.documentId, documentId), eq(documentCommentThreads.id, threadId)))
      .for('update')
      .limit(1);
    return rows.length > 0;
  }

  async comment(tx: Tx, threadId: string, commentId: string): Promise<CommentRow | null> {
    const [row] = await tx
      .select({
        id: documentComments.id, threadId: documentComments.threadId, parentId: documentComments.parentId, authorId: documentComments.authorId, createdAt: documentComments.createdAt,
        deletedAt: documentComments.deletedAt, mentionedUserIds: documentComments.mentionedUserIds,
      })
      .from(documentComments)
      .where(and(eq(documentComments.threadId, threadId), eq(documentComments.id, commentId)))
      .for('update')
      .limit(1);
    return row ?? null;
  }

  /** The comment that opened the thread: replies hang under it. */
  async openingOf(tx: Tx, threadId: string): Promise<string | null> {
    const [row] = await tx
      .select({ id: documentComments.id })
      .from(documentComments)
      .where(and(eq(documentComments.threadId, threadId), isNull(documentComments.parentId)))
      .limit(1);
    return row?.id ?? null;
  }

  async insertThread(tx: Tx, t: NewThread): Promise<string> {
    const [row] = await tx
      .insert(documentCommentThreads)
      .values({ documentId: t.documentId, anchorStart: t.anchorStart, anchorEnd: t.anchorEnd, quote: t.quote, createdAt: t.at })
      .returning({ id: documentCommentThreads.id });
    return row.id;
  }

  async insertComment(tx: Tx, c: NewComment): Promise<string> {
    const [row] = await tx
      .insert(documentComments)
      .values({ threadId: c.threadId, parentId: c.parentId, authorId: c.authorId, text: c.text, mentionedUserIds: c.mentionedUserIds, createdAt: c.at })
      .returning({ id: documentComments.id });
    return row.id;
  }

  async updateComment(tx: Tx, commentId: string, set: { text?: string; mentionedUserIds?: string[]; editedAt?: Date; deletedAt?: Date; deletedBy?: string }): Promise<void> {
    await tx.update(documentComments).set(set).where(eq(documentComments.id, commentId));
  }

  async setResolved(tx: Tx, threadId: string, resolved: { at: Date; by: string } | null): Promise<void> {
    await tx.update(documentCommentThreads).set({ resolvedAt: resolved?.at ?? null, resolvedBy: resolved?.by ?? null }).where(eq(documentCommentThreads.id, threadId));
  }

  async membersAmong(tx: Db | Tx, networkId: string, userIds: string[]): Promise<Set<string>> {
    if (!userIds.length) return new Set();
    const rows = await tx.select({ userId: memberships.userId }).from(memberships).where(and(eq(memberships.networkId, networkId), inArray(memberships.userId, userIds)));
    return new Set(rows.map((r) => r.userId));
  }

  private async names(tx: Db | Tx, ids: string[]): Promise<Map<string, AgendaPerson>> {
    if (!ids.length) return new Map();
    const rows = await tx.select({ id: users.id, displayName: users.displayName }).from(users).where(inArray(users.id, ids));
    return new Map(rows.map((r) => [r.id, r]));
  }
}
