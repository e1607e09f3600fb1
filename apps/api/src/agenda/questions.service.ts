import { Inject, Injectable, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import type {
  ChangeQuestionStatusBody, Me, MyQuestion, ProposeQuestionBody, PublicQuestion, Question, QuestionDetail, QuestionListQuery, QuestionPage, SharedQuestion, UpdateQuestionBody,
} from '@broedplaats/contracts';
import { judgeStatusChange, mayChangeQuestionField, publicProposer, type QuestionField } from '@broedplaats/domain';
import type { z } from 'zod';
import { ActivityLog } from '../activity/activity-log';
import { CLOCK, type Clock } from '../core/clock';
import { DATABASE, type Database, type Tx } from '../core/database/database';
import { forbidden, notFound, validationFailed } from '../core/errors';
import { EventBus } from '../core/events';
import { PersonLifecycle } from '../core/person-lifecycle';
import { inTransaction } from '../core/transaction';
import { NetworkGate, visitor } from '../networks/network-gate';
import { ThemesRepository } from '../themes/themes.repository';
import { enforceStatus, statusChanged } from './agenda.errors';
import { QuestionsRepository } from './questions.repository';
import './agenda.events';

type Out<T extends z.ZodType> = z.output<T>;
const shared = ({ supportedByMe: _mine, ...question }: Question): SharedQuestion => question;

/** The shared agenda's questions: proposing, reading, editing and moving them through their statuses. */
@Injectable()
export class QuestionsService implements OnModuleInit, OnModuleDestroy {
  private stop?: () => void;

  constructor(
    @Inject(DATABASE) private readonly database: Database,
    private readonly questions: QuestionsRepository,
    private readonly themes: ThemesRepository,
    private readonly gate: NetworkGate,
    private readonly events: EventBus,
    private readonly activity: ActivityLog,
    private readonly lifecycle: PersonLifecycle,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    // What someone wrote stays theirs; what they took on goes back, and the facilitators hear of it.
    this.stop = this.lifecycle.whenLeftNetwork(async ({ tx, afterCommit, networkId, userId, byUserId }) => {
      for (const returned of await this.questions.giveBackAllOf(tx, networkId, userId)) {
        await this.activity.record(tx, afterCommit, { networkId, kind: 'question.returned', actorId: byUserId, subjectId: returned.id, permission: 'agenda.manage', data: { title: returned.title } });
        afterCommit(async () => void (await this.announce(networkId, returned.id)));
      }
    });
  }

  onModuleDestroy(): void {
    this.stop?.();
  }

  async list(user: Me, networkId: string, query: Out<typeof QuestionListQuery>): Promise<QuestionPage> {
    await this.gate.requireAccess(user, 'agenda.read', networkId);
    const { items, total } = await this.questions.page(networkId, user.id, query);
    return { items, total, page: query.page, pageSize: query.pageSize };
  }

  async detail(user: Me, networkId: string, questionId: string): Promise<QuestionDetail> {
    await this.gate.requireAccess(user, 'agenda.read', networkId);
    const question = await this.questions.one(networkId, questionId, user.id);
    if (!question) throw notFound('Question');
    return { ...question, history: await this.questions.history(questionId) };
  }

  async propose(user: Me, networkId: string, body: Out<typeof ProposeQuestionBody>): Promise<Question> {
    await this.gate.requireAccess(user, 'agenda.propose', networkId);
    const question = await inTransaction(this.database.db, async (tx, afterCommit) => {
      await this.checkThemes(tx, body.themeIds);
      const id = await this.questions.insert(tx, networkId, body, user.id, this.clock.now());
      await this.activity.record(tx, afterCommit, { networkId, kind: 'question.proposed', actorId: user.id, subjectId: id, permission: 'agenda.read', data: { title: body.title } });
      return (await this.questions.one(networkId, id, user.id, tx))!;
    });
    this.events.publish('question.proposed', { networkId, question: shared(question), proposerId: user.id });
    return question;
  }

  async update(user: Me, networkId: string, questionId: string, body: Out<typeof UpdateQuestionBody>): Promise<Question> {
    const { role } = await this.gate.requireAccess(user, 'agenda.propose', networkId);
    await inTransaction(this.database.db, async (tx) => {
      const row = await this.questions.lock(tx, networkId, questionId);
      if (!row) throw notFound('Question');
      for (const field of Object.keys(body) as QuestionField[]) {
        if (!mayChangeQuestionField({ userId: user.id, role: role! }, field, row)) throw forbidden(`You may not change ${field}`);
      }
      if (body.themeIds) await this.checkThemes(tx, body.themeIds);
      const origin = body.origin ?? row.origin;
      const commissionedBy = body.commissionedBy ?? row.commissionedBy;
      if (origin === 'commissioned' && !commissionedBy) throw validationFailed({ commissionedBy: 'Say who commissioned it' });
      await this.questions.update(tx, networkId, questionId, body);
    });
    return this.announce(networkId, questionId, user.id);
  }

  async changeStatus(user: Me, networkId: string, questionId: string, body: Out<typeof ChangeQuestionStatusBody>): Promise<QuestionDetail> {
    const { role } = await this.gate.requireAccess(user, 'agenda.propose', networkId);
    const change = await inTransaction(this.database.db, async (tx, afterCommit) => {
      const row = await this.questions.lock(tx, networkId, questionId);
      if (!row) throw notFound('Question');
      enforceStatus(judgeStatusChange({ role: role!, isProposer: row.proposerId === user.id }, { from: body.from, to: body.to, reason: body.reason }));
      // The row is locked: whoever comes second sees the first one's status and is told so.
      if (row.status !== body.from) throw statusChanged();
      await this.questions.changeStatus(tx, networkId, questionId, { from: body.from, to: body.to, reason: body.reason, byId: user.id, at: this.clock.now() });
      await this.activity.record(tx, afterCommit, { networkId, kind: 'question.statusChanged', actorId: user.id, subjectId: questionId, permission: 'agenda.read', data: { title: row.title, from: body.from, to: body.to } });
      return { proposerId: row.proposerId };
    });
    const question = (await this.questions.one(networkId, questionId, user.id))!;
    const supporterIds = await this.questions.supporterIds(questionId);
    this.events.publish('question.statusChanged', { networkId, question: shared(question), from: body.from, to: body.to, reason: body.reason, byUserId: user.id, proposerId: change.proposerId, supporterIds });
    return { ...question, history: await this.questions.history(questionId) };
  }

  /** Questions I proposed in the networks I am in, for the start page. */
  mine(user: Me): Promise<MyQuestion[]> {
    return this.questions.proposedBy(user.id);
  }

  /** What anyone may see of a network's public questions: the network's profile must be visible to them. */
  async publicList(networkId: string): Promise<PublicQuestion[]> {
    await this.gate.requireAccess(visitor, 'network.view', networkId);
    const rows = await this.questions.publicOnes(networkId);
    return rows.map((q) => ({ id: q.id, title: q.title, situation: q.situation, themeIds: q.themeIds, status: q.status, proposer: publicProposer(q, q.proposer), supportCount: q.supportCount, createdAt: q.createdAt }));
  }

  /** Tells every member what the question looks like now; returns it as `viewerId` sees it. */
  async announce(networkId: string, questionId: string, viewerId?: string): Promise<Question> {
    const question = await this.questions.one(networkId, questionId, viewerId ?? visitor.id);
    if (!question) throw notFound('Question');
    this.events.publish('question.changed', { networkId, question: shared(question) });
    return question;
  }

  private async checkThemes(tx: Tx, themeIds: string[]): Promise<void> {
    const known = await this.themes.existingIds(themeIds, tx);
    const unknown = themeIds.findIndex((id) => !known.has(id));
    if (unknown >= 0) throw validationFailed({ [`themeIds.${unknown}`]: 'Not a theme of the taxonomy' });
  }
}
