import { Inject, Injectable } from '@nestjs/common';
import type { Me, OutcomeBody, Question, SupportState, TakeOnQuestionBody } from '@broedplaats/contracts';
import { mayAttachOutcome, mayGiveBack, mayTakeOn } from '@broedplaats/domain';
import type { z } from 'zod';
import { CLOCK, type Clock } from '../core/clock';
import { DATABASE, type Database } from '../core/database/database';
import { AppError, forbidden, notFound } from '../core/errors';
import { inTransaction } from '../core/transaction';
import { NetworkGate } from '../networks/network-gate';
import { QuestionsRepository } from './questions.repository';
import { QuestionsService } from './questions.service';

/** What members do with a question besides proposing it: support it, take it on, report its outcome. */
@Injectable()
export class QuestionWorkService {
  constructor(
    @Inject(DATABASE) private readonly database: Database,
    private readonly questions: QuestionsRepository,
    private readonly questionsService: QuestionsService,
    private readonly gate: NetworkGate,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Idempotent both ways: a double click adds (or removes) one support, never two. */
  async setSupport(user: Me, networkId: string, questionId: string, supported: boolean): Promise<SupportState> {
    await this.gate.requireAccess(user, 'agenda.propose', networkId);
    const changed = await inTransaction(this.database.db, async (tx) => {
      const row = await this.questions.lock(tx, networkId, questionId);
      if (!row) throw notFound('Question');
      return supported ? this.questions.addSupport(tx, networkId, questionId, user.id, this.clock.now()) : this.questions.removeSupport(tx, networkId, questionId, user.id);
    });
    const question = changed ? await this.questionsService.announce(networkId, questionId, user.id) : await this.questions.one(networkId, questionId, user.id);
    return { questionId, supportCount: question!.supportCount, supportedByMe: question!.supportedByMe };
  }

  /** One taker at a time; taking it again moves your own due date. */
  async takeOn(user: Me, networkId: string, questionId: string, body: z.output<typeof TakeOnQuestionBody>): Promise<Question> {
    const { role } = await this.gate.requireAccess(user, 'agenda.propose', networkId);
    await inTransaction(this.database.db, async (tx) => {
      const row = await this.questions.lock(tx, networkId, questionId);
      if (!row) throw notFound('Question');
      if (!mayTakeOn({ userId: user.id, role: role! }, row)) throw new AppError('already_taken', 'Someone else has taken this question on');
      await this.questions.update(tx, networkId, questionId, { takerId: user.id, takerDue: body.dueDate, takenAt: row.takerId === user.id ? row.takenAt : this.clock.now() });
    });
    return this.questionsService.announce(networkId, questionId, user.id);
  }

  async giveBack(user: Me, networkId: string, questionId: string): Promise<Question> {
    const { role } = await this.gate.requireAccess(user, 'agenda.propose', networkId);
    await inTransaction(this.database.db, async (tx) => {
      const row = await this.questions.lock(tx, networkId, questionId);
      if (!row) throw notFound('Question');
      if (!mayGiveBack({ userId: user.id, role: role! }, row)) throw forbidden('Only who took it on, or a facilitator, gives it back');
      await this.questions.update(tx, networkId, questionId, { takerId: null, takerDue: null, takenAt: null });
    });
    return this.questionsService.announce(networkId, questionId, user.id);
  }

  async attachOutcome(user: Me, networkId: string, questionId: string, body: z.output<typeof OutcomeBody>): Promise<Question> {
    const { role } = await this.gate.requireAccess(user, 'agenda.propose', networkId);
    await inTransaction(this.database.db, async (tx) => {
      const row = await this.questions.lock(tx, networkId, questionId);
      if (!row) throw notFound('Question');
      if (!mayAttachOutcome({ userId: user.id, role: role! }, row)) throw forbidden('Only the proposer, who took it on, or a facilitator attaches the outcome');
      await this.questions.update(tx, networkId, questionId, { outcomeUrl: body.url, outcomeText: body.text, outcomeById: user.id, outcomeAt: this.clock.now() });
    });
    return this.questionsService.announce(networkId, questionId, user.id);
  }
}
