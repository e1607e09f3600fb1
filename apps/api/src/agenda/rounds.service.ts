import { Inject, Injectable } from '@nestjs/common';
import type { Me, Round, RoundState } from '@broedplaats/contracts';
import { dotsLeft, judgeDots, rankRound } from '@broedplaats/domain';
import { CLOCK, type Clock } from '../core/clock';
import { DATABASE, type Database, type Db, type Tx } from '../core/database/database';
import { AppError, notFound } from '../core/errors';
import { EventBus } from '../core/events';
import { inTransaction } from '../core/transaction';
import { NetworkGate } from '../networks/network-gate';
import { QuestionsRepository } from './questions.repository';
import { RoundsRepository, type RoundRow } from './rounds.repository';
import './agenda.events';

/** Dot voting: a facilitator opens a round, members spread their dots over questions on the agenda, closing freezes the ranking. */
@Injectable()
export class RoundsService {
  constructor(
    @Inject(DATABASE) private readonly database: Database,
    private readonly rounds: RoundsRepository,
    private readonly questions: QuestionsRepository,
    private readonly gate: NetworkGate,
    private readonly events: EventBus,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async current(user: Me, networkId: string): Promise<RoundState> {
    await this.gate.requireAccess(user, 'agenda.read', networkId);
    return this.stateOf(this.database.db, networkId, user.id);
  }

  async open(user: Me, networkId: string, budget: number): Promise<RoundState> {
    await this.gate.requireAccess(user, 'agenda.manage', networkId);
    const round = await inTransaction(this.database.db, async (tx) => {
      const row = await this.rounds.open(tx, networkId, budget, user.id, this.clock.now());
      if (!row) throw new AppError('round_conflict', 'A round is open already');
      return this.present(tx, row);
    });
    this.events.publish('round.changed', { networkId, round });
    return this.stateOf(this.database.db, networkId, user.id);
  }

  async close(user: Me, networkId: string, roundId: string): Promise<RoundState> {
    await this.gate.requireAccess(user, 'agenda.manage', networkId);
    const round = await inTransaction(this.database.db, async (tx) => {
      const row = await this.rounds.lockOpen(tx, networkId, roundId);
      if (!row) throw notFound('Round');
      if (row.closedAt) throw new AppError('round_conflict', 'This round is closed already');
      const ranking = rankRound(await this.rounds.totals(tx, roundId));
      const closedAt = this.clock.now();
      await this.rounds.close(tx, roundId, ranking, closedAt);
      return this.present(tx, { ...row, closedAt, ranking });
    });
    this.events.publish('round.changed', { networkId, round });
    return this.stateOf(this.database.db, networkId, user.id);
  }

  /** Sets my dots on one question; my dots on all questions together stay within the budget. */
  async setDots(user: Me, networkId: string, roundId: string, questionId: string, dots: number): Promise<RoundState> {
    await this.gate.requireAccess(user, 'agenda.propose', networkId);
    await inTransaction(this.database.db, async (tx) => {
      // My own changes queue up behind this lock, so two at once cannot both spend the last dots.
      if (!(await this.questions.lockMembership(tx, networkId, user.id))) throw notFound('Network');
      const round = await this.rounds.lockOpen(tx, networkId, roundId);
      if (!round) throw notFound('Round');
      if (round.closedAt) throw new AppError('round_conflict', 'This round is closed');
      const question = await this.questions.lock(tx, networkId, questionId);
      if (!question) throw notFound('Question');
      if (question.status !== 'on-agenda' && dots > 0) throw new AppError('round_conflict', 'Only questions on the agenda get dots');
      if (judgeDots(await this.rounds.ballot(tx, roundId, user.id), questionId, dots, round.budget) === 'budget_exceeded') {
        throw new AppError('budget_exceeded', `You have ${round.budget} dots in this round`);
      }
      await this.rounds.setDots(tx, roundId, user.id, questionId, dots);
    });
    return this.stateOf(this.database.db, networkId, user.id);
  }

  private async stateOf(db: Db | Tx, networkId: string, userId: string): Promise<RoundState> {
    const row = await this.rounds.current(networkId, db);
    if (!row) return { round: null, myDots: {}, dotsLeft: 0 };
    const ballot = await this.rounds.ballot(db, row.id, userId);
    return { round: await this.present(db, row), myDots: Object.fromEntries(ballot), dotsLeft: row.closedAt ? 0 : dotsLeft(ballot, row.budget) };
  }

  private async present(db: Db | Tx, row: RoundRow): Promise<Round> {
    const titles = await this.rounds.titles(db, row.ranking.map((r) => r.questionId));
    return {
      id: row.id,
      networkId: row.networkId,
      budget: row.budget,
      openedAt: row.openedAt.toISOString(),
      closedAt: row.closedAt?.toISOString() ?? null,
      ranking: row.ranking.map((r) => ({ ...r, title: titles.get(r.questionId) ?? '' })),
    };
  }
}
