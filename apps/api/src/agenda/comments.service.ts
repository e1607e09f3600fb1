import { Inject, Injectable } from '@nestjs/common';
import type { Comment, CommentBody, EditCommentBody, Me } from '@broedplaats/contracts';
import { mayDeleteComment, mayEditComment } from '@broedplaats/domain';
import type { z } from 'zod';
import { CLOCK, type Clock } from '../core/clock';
import { DATABASE, type Database, type Tx } from '../core/database/database';
import { AppError, forbidden, notFound, validationFailed } from '../core/errors';
import { EventBus } from '../core/events';
import { inTransaction } from '../core/transaction';
import { NetworkGate } from '../networks/network-gate';
import { CommentsRepository } from './comments.repository';
import { QuestionsRepository, type QuestionRow } from './questions.repository';
import './agenda.events';

/** Conversations under a question: members only, never public. */
@Injectable()
export class CommentsService {
  constructor(
    @Inject(DATABASE) private readonly database: Database,
    private readonly comments: CommentsRepository,
    private readonly questions: QuestionsRepository,
    private readonly gate: NetworkGate,
    private readonly events: EventBus,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async list(user: Me, networkId: string, questionId: string): Promise<Comment[]> {
    await this.gate.requireAccess(user, 'agenda.read', networkId);
    if (!(await this.questions.one(networkId, questionId, user.id))) throw notFound('Question');
    return this.comments.list(questionId);
  }

  async post(user: Me, networkId: string, questionId: string, body: z.output<typeof CommentBody>): Promise<Comment> {
    await this.gate.requireAccess(user, 'agenda.propose', networkId);
    const { comment, question } = await inTransaction(this.database.db, async (tx) => {
      const question = await this.questionIn(tx, networkId, questionId);
      let parentId = body.parentId;
      if (parentId) {
        const parent = await this.comments.find(tx, questionId, parentId);
        if (!parent) throw validationFailed({ parentId: 'No such comment under this question' });
        // One level of replies: answering a reply answers its thread.
        parentId = parent.parentId ?? parent.id;
      }
      await this.checkMentions(tx, networkId, body.mentionedUserIds);
      const id = await this.comments.insert(tx, { questionId, parentId, authorId: user.id, text: body.text, mentionedUserIds: body.mentionedUserIds, createdAt: this.clock.now() });
      return { comment: await this.comments.one(tx, questionId, id), question };
    });
    await this.announce(networkId, questionId, comment);
    this.mentioned(networkId, question, comment.id, user.id, body.mentionedUserIds);
    return comment;
  }

  async edit(user: Me, networkId: string, questionId: string, commentId: string, body: z.output<typeof EditCommentBody>): Promise<Comment> {
    const { role } = await this.gate.requireAccess(user, 'agenda.propose', networkId);
    const { comment, question, added } = await inTransaction(this.database.db, async (tx) => {
      const question = await this.questionIn(tx, networkId, questionId);
      const row = await this.comments.lock(tx, questionId, commentId);
      if (!row) throw notFound('Comment');
      const verdict = mayEditComment({ userId: user.id, role: role! }, { authorId: row.authorId, createdAt: row.createdAt, deleted: row.deletedAt !== null }, this.clock.now());
      if (verdict === 'forbidden') throw forbidden('Only the author edits a comment');
      if (verdict === 'edit_window_closed') throw new AppError('edit_window_closed', 'A comment can be edited for 15 minutes');
      await this.checkMentions(tx, networkId, body.mentionedUserIds);
      await this.comments.update(tx, commentId, { text: body.text, mentionedUserIds: body.mentionedUserIds, editedAt: this.clock.now() });
      // Only people newly mentioned hear of it again.
      const added = body.mentionedUserIds.filter((id) => !row.mentionedUserIds.includes(id));
      return { comment: await this.comments.one(tx, questionId, commentId), question, added };
    });
    await this.announce(networkId, questionId, comment);
    this.mentioned(networkId, question, commentId, user.id, added);
    return comment;
  }

  async remove(user: Me, networkId: string, questionId: string, commentId: string): Promise<void> {
    const { role } = await this.gate.requireAccess(user, 'agenda.propose', networkId);
    const comment = await inTransaction(this.database.db, async (tx) => {
      await this.questionIn(tx, networkId, questionId);
      const row = await this.comments.lock(tx, questionId, commentId);
      if (!row) throw notFound('Comment');
      if (!mayDeleteComment({ userId: user.id, role: role! }, row)) throw forbidden('Only the author or a facilitator removes a comment');
      if (row.deletedAt) return null;
      await this.comments.update(tx, commentId, { deletedAt: this.clock.now(), deletedById: user.id });
      return this.comments.one(tx, questionId, commentId);
    });
    if (comment) await this.announce(networkId, questionId, comment);
  }

  private async questionIn(tx: Tx, networkId: string, questionId: string): Promise<QuestionRow> {
    // Locked, so a comment and its count are announced in the order they happened.
    const question = await this.questions.lock(tx, networkId, questionId);
    if (!question) throw notFound('Question');
    return question;
  }

  private async checkMentions(tx: Tx, networkId: string, userIds: string[]): Promise<void> {
    const members = await this.questions.membersAmong(tx, networkId, userIds);
    const stranger = userIds.findIndex((id) => !members.has(id));
    if (stranger >= 0) throw validationFailed({ [`mentionedUserIds.${stranger}`]: 'Not a member of this network' });
  }

  private async announce(networkId: string, questionId: string, comment: Comment): Promise<void> {
    const commentCount = await this.comments.count(this.database.db, questionId);
    this.events.publish('comment.posted', { networkId, questionId, comment, commentCount });
  }

  private mentioned(networkId: string, question: QuestionRow, commentId: string, authorId: string, mentionedUserIds: string[]): void {
    const others = mentionedUserIds.filter((id) => id !== authorId);
    if (others.length) this.events.publish('comment.mentioned', { networkId, questionId: question.id, questionTitle: question.title, commentId, authorId, mentionedUserIds: others });
  }
}
