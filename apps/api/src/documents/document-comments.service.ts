import { Inject, Injectable } from '@nestjs/common';
import type { CommentThread, Me, OpenThreadBody, ReplyBody, ResolveThreadBody } from '@broedplaats/contracts';
import { mayDeleteComment, mayEditComment } from '@broedplaats/domain';
import type { z } from 'zod';
import { CLOCK, type Clock } from '../core/clock';
import { DATABASE, type Database, type Tx } from '../core/database/database';
import { AppError, forbidden, notFound, validationFailed } from '../core/errors';
import { EventBus } from '../core/events';
import { inTransaction } from '../core/transaction';
import { DocumentCommentsRepository } from './document-comments.repository';
import { DocumentGate, type DocumentStandingNow } from './document-gate';
import { DocumentsRepository } from './documents.repository';
import './documents.events';

type Changed = { thread: CommentThread; mentioned: string[]; commentId: string | null };

/**
 * Comment threads on a document's passages: members only, never public. The passage is two Yjs
 * relative positions the editor made; the server keeps them as given (they only mean something
 * inside the document) and the quote for when the passage is gone.
 */
@Injectable()
export class DocumentCommentsService {
  constructor(
    @Inject(DATABASE) private readonly database: Database,
    private readonly comments: DocumentCommentsRepository,
    private readonly documents: DocumentsRepository,
    private readonly access: DocumentGate,
    private readonly events: EventBus,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async list(user: Me, networkId: string, documentId: string): Promise<CommentThread[]> {
    await this.access.require(user, networkId, documentId, 'read');
    return this.comments.threads(documentId);
  }

  open(user: Me, networkId: string, documentId: string, body: z.output<typeof OpenThreadBody>): Promise<CommentThread> {
    return this.change(user, networkId, documentId, async (tx) => {
      await this.checkMentions(tx, networkId, body.mentionedUserIds);
      const at = this.clock.now();
      const threadId = await this.comments.insertThread(tx, { documentId, anchorStart: body.anchor.start, anchorEnd: body.anchor.end, quote: body.quote, at });
      const commentId = await this.comments.insertComment(tx, { threadId, parentId: null, authorId: user.id, text: body.text, mentionedUserIds: body.mentionedUserIds, at });
      return { threadId, commentId, mentioned: body.mentionedUserIds };
    });
  }

  reply(user: Me, networkId: string, documentId: string, threadId: string, body: z.output<typeof ReplyBody>): Promise<CommentThread> {
    return this.change(user, networkId, documentId, async (tx) => {
      await this.lockThread(tx, documentId, threadId);
      await this.checkMentions(tx, networkId, body.mentionedUserIds);
      const parentId = await this.comments.openingOf(tx, threadId);
      const commentId = await this.comments.insertComment(tx, { threadId, parentId, authorId: user.id, text: body.text, mentionedUserIds: body.mentionedUserIds, at: this.clock.now() });
      return { threadId, commentId, mentioned: body.mentionedUserIds };
    });
  }

  edit(user: Me, networkId: string, documentId: string, threadId: string, commentId: string, body: z.output<typeof ReplyBody>): Promise<CommentThread> {
    return this.change(user, networkId, documentId, async (tx, now) => {
      await this.lockThread(tx, documentId, threadId);
      const row = await this.comments.comment(tx, threadId, commentId);
      if (!row) throw notFound('Comment');
      const verdict = mayEditComment({ userId: user.id, role: now.standing.role! }, { authorId: row.authorId, createdAt: row.createdAt, deleted: row.deletedAt !== null }, this.clock.now());
      if (verdict === 'forbidden') throw forbidden('Only the author edits a comment');
      if (verdict === 'edit_window_closed') throw new AppError('edit_window_closed', 'A comment can be edited for 15 minutes');
      await this.checkMentions(tx, networkId, body.mentionedUserIds);
      await this.comments.updateComment(tx, commentId, { text: body.text, mentionedUserIds: body.mentionedUserIds, editedAt: this.clock.now() });
      // Only people newly mentioned hear of it again.
      return { threadId, commentId, mentioned: body.mentionedUserIds.filter((id) => !row.mentionedUserIds.includes(id)) };
    });
  }

  remove(user: Me, networkId: string, documentId: string, threadId: string, commentId: string): Promise<CommentThread> {
    return this.change(user, networkId, documentId, async (tx, now) => {
      await this.lockThread(tx, documentId, threadId);
      const row = await this.comments.comment(tx, threadId, commentId);
      if (!row) throw notFound('Comment');
      if (!mayDeleteComment({ userId: user.id, role: now.standing.role! }, row)) throw forbidden('Only the author or a facilitator removes a comment');
      if (!row.deletedAt) await this.comments.updateComment(tx, commentId, { deletedAt: this.clock.now(), deletedBy: user.id });
      return { threadId, commentId: null, mentioned: [] };
    });
  }

  resolve(user: Me, networkId: string, documentId: string, threadId: string, body: z.output<typeof ResolveThreadBody>): Promise<CommentThread> {
    return this.change(user, networkId, documentId, async (tx) => {
      await this.lockThread(tx, documentId, threadId);
      await this.comments.setResolved(tx, threadId, body.resolved ? { at: this.clock.now(), by: user.id } : null);
      return { threadId, commentId: null, mentioned: [] };
    });
  }

  /** Checks access inside the transaction, runs the change, and after commit tells members and the people mentioned. */
  private async change(
    user: Me, networkId: string, documentId: string,
    work: (tx: Tx, now: DocumentStandingNow) => Promise<{ threadId: string; commentId: string | null; mentioned: string[] }>,
  ): Promise<CommentThread> {
    const changed = await inTransaction(this.database.db, async (tx): Promise<Changed> => {
      const now = await this.access.require(user, networkId, documentId, 'comment', tx);
      const done = await work(tx, now);
      const thread = await this.comments.thread(documentId, done.threadId, tx);
      if (!thread) throw notFound('Comment thread');
      return { thread, mentioned: done.mentioned.filter((id) => id !== user.id), commentId: done.commentId };
    });
    this.events.publish('document.commented', { networkId, documentId, thread: changed.thread });
    if (changed.mentioned.length && changed.commentId) {
      const summary = await this.documents.summary(networkId, documentId);
      if (summary) {
        this.events.publish('document.mentioned', {
          networkId, documentId, title: summary.title, documentKind: summary.kind, meetingId: summary.meetingId, commentId: changed.commentId, authorId: user.id, mentionedUserIds: changed.mentioned,
        });
      }
    }
    return changed.thread;
  }

  private async lockThread(tx: Tx, documentId: string, threadId: string): Promise<void> {
    if (!(await this.comments.lockThread(tx, documentId, threadId))) throw notFound('Comment thread');
  }

  private async checkMentions(tx: Tx, networkId: string, userIds: string[]): Promise<void> {
    const members = await this.comments.membersAmong(tx, networkId, userIds);
    const stranger = userIds.findIndex((id) => !members.has(id));
    if (stranger >= 0) throw validationFailed({ [`mentionedUserIds.${stranger}`]: 'Not a member of this network' });
  }
}
