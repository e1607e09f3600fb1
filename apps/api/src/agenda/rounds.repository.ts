import { Inject, Injectable } from '@nestjs/common';
import { and, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { RankedQuestion } from '@broedplaats/domain';
import { DATABASE, type Database, type Db, type Tx } from '../core/database/database';
import { agendaRounds, questions, roundDots } from './agenda.tables';

export type RoundRow = typeof agendaRounds.$inferSelect;

@Injectable()
export class RoundsRepository {
  private readonly db: Db;
  constructor(@Inject(DATABASE) database: Database) {
    this.db = database.db;
  }

  /** Null when another round is open: the partial unique index decides, also for two facilitators at once. */
  async open(tx: Tx, networkId: string, budget: number, openedById: string, at: Date): Promise<RoundRow | null> {
    const rows = await tx.insert(agendaRounds).values({ networkId, budget, openedById, openedAt: at }).onConflictDoNothing().returning();
    return rows[0] ?? null;
  }

  async lockOpen(tx: Tx, networkId: string, roundId: string): Promise<RoundRow | null> {
    const [row] = await tx.select().from(agendaRounds).where(and(eq(agendaRounds.networkId, networkId), eq(agendaRounds.id, roundId))).for('update').limit(1);
    return row ?? null;
  }

  /** The open round, else the last closed one. */
  async current(networkId: string, db: Db | Tx = this.db): Promise<RoundRow | null> {
    const [row] = await db
      .select()
      .from(agendaRounds)
      .where(eq(agendaRounds.networkId, networkId))
      .orderBy(sql`${agendaRounds.closedAt} is null desc`, desc(agendaRounds.openedAt))
      .limit(1);
    return row ?? null;
  }

  async ballot(db: Db | Tx, roundId: string, userId: string): Promise<Map<string, number>> {
    const rows = await db.select({ questionId: roundDots.questionId, dots: roundDots.dots }).from(roundDots).where(and(eq(roundDots.roundId, roundId), eq(roundDots.userId, userId)));
    return new Map(rows.map((r) => [r.questionId, r.dots]));
  }

  async setDots(tx: Tx, roundId: string, userId: string, questionId: string, dots: number): Promise<void> {
    if (dots === 0) {
      await tx.delete(roundDots).where(and(eq(roundDots.roundId, roundId), eq(roundDots.userId, userId), eq(roundDots.questionId, questionId)));
      return;
    }
    await tx.insert(roundDots).values({ roundId, userId, questionId, dots }).onConflictDoUpdate({ target: [roundDots.roundId, roundDots.userId, roundDots.questionId], set: { dots } });
  }

  /** Dots per question in the round, with when each was proposed (for a stable ranking). */
  async totals(tx: Db | Tx, roundId: string): Promise<Array<{ questionId: string; dots: number; proposedAt: Date }>> {
    const rows = await tx
      .select({ questionId: roundDots.questionId, dots: sql<number>`sum(${roundDots.dots})::int`, proposedAt: questions.createdAt })
      .from(roundDots)
      .innerJoin(questions, eq(questions.id, roundDots.questionId))
      .where(eq(roundDots.roundId, roundId))
      .groupBy(roundDots.questionId, questions.createdAt);
    return rows.map((r) => ({ ...r, dots: Number(r.dots) }));
  }

  async close(tx: Tx, roundId: string, ranking: RankedQuestion[], at: Date): Promise<void> {
    await tx.update(agendaRounds).set({ closedAt: at, ranking }).where(and(eq(agendaRounds.id, roundId), isNull(agendaRounds.closedAt)));
  }

  async titles(db: Db | Tx, questionIds: string[]): Promise<Map<string, string>> {
    if (!questionIds.length) return new Map();
    const rows = await db.select({ id: questions.id, title: questions.title }).from(questions).where(inArray(questions.id, questionIds));
    return new Map(rows.map((r) => [r.id, r.title]));
  }
}
