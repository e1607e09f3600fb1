import { Inject, Injectable } from '@nestjs/common';
import { aliasedTable, and, asc, desc, eq, inArray, isNotNull, ne, sql, type SQL } from 'drizzle-orm';
import type { QuestionOrigin, QuestionSort, QuestionStatus, SharedQuestion, StatusChange } from '@broedplaats/contracts';
import { users } from '../auth/auth.tables';
import { DATABASE, type Database, type Db, type Tx } from '../core/database/database';
import { memberships, networks } from '../networks/networks.tables';
import { agendaRounds, questionComments, questions, questionStatusChanges, questionSupports, roundDots } from './agenda.tables';

export type QuestionRow = typeof questions.$inferSelect;
export type NewQuestion = {
  title: string; situation: string; themeIds: string[]; origin: QuestionOrigin; commissionedBy: string; residentPerspective: string; showProposer: boolean;
};
export type QuestionChanges = Partial<NewQuestion & { public: boolean }>;
export type ListFilter = { sort: QuestionSort; status?: QuestionStatus; theme?: string; origin?: QuestionOrigin; includeWithdrawn: boolean; page: number; pageSize: number };

const proposer = aliasedTable(users, 'proposer');
const taker = aliasedTable(users, 'taker');
const outcomeBy = aliasedTable(users, 'outcome_by');
const by = aliasedTable(users, 'by');

/** The order statuses are listed in when sorting by status: what is being worked on first. */
const statusOrder: QuestionStatus[] = ['in-progress', 'on-agenda', 'proposed', 'answered', 'disseminated', 'set-aside', 'withdrawn'];
const person = (id: string | null, name: string | null) => (id && name !== null ? { id, displayName: name } : null);

/** Every query names the network: a question never leaks across networks by a forgotten filter. */
@Injectable()
export class QuestionsRepository {
  private readonly db: Db;
  constructor(@Inject(DATABASE) database: Database) {
    this.db = database.db;
  }

  async insert(tx: Tx, networkId: string, input: NewQuestion, proposerId: string, at: Date): Promise<string> {
    const [row] = await tx.insert(questions).values({ ...input, networkId, proposerId, createdAt: at, statusChangedAt: at }).returning({ id: questions.id });
    await tx.insert(questionStatusChanges).values({ questionId: row.id, fromStatus: null, toStatus: 'proposed', byId: proposerId, at });
    return row.id;
  }

  /** The question's row, locked until the transaction ends: concurrent changes of it queue up. */
  async lock(tx: Tx, networkId: string, questionId: string): Promise<QuestionRow | null> {
    const [row] = await tx.select().from(questions).where(and(eq(questions.networkId, networkId), eq(questions.id, questionId))).for('update').limit(1);
    return row ?? null;
  }

  async update(tx: Tx, networkId: string, questionId: string, changes: Partial<QuestionRow>): Promise<void> {
    await tx.update(questions).set(changes).where(and(eq(questions.networkId, networkId), eq(questions.id, questionId)));
  }

  async changeStatus(tx: Tx, networkId: string, questionId: string, change: { from: QuestionStatus; to: QuestionStatus; reason: string; byId: string; at: Date }): Promise<void> {
    await this.update(tx, networkId, questionId, { status: change.to, statusChangedAt: change.at });
    await tx.insert(questionStatusChanges).values({ questionId, fromStatus: change.from, toStatus: change.to, reason: change.reason, byId: change.byId, at: change.at });
  }

  /** True when a support was added; a second click finds the row there and adds nothing. */
  async addSupport(tx: Tx, networkId: string, questionId: string, userId: string, at: Date): Promise<boolean> {
    const added = await tx.insert(questionSupports).values({ questionId, userId, at }).onConflictDoNothing().returning({ userId: questionSupports.userId });
    if (added.length) await tx.update(questions).set({ supportCount: sql`${questions.supportCount} + 1` }).where(and(eq(questions.networkId, networkId), eq(questions.id, questionId)));
    return added.length > 0;
  }

  async removeSupport(tx: Tx, networkId: string, questionId: string, userId: string): Promise<boolean> {
    const removed = await tx.delete(questionSupports).where(and(eq(questionSupports.questionId, questionId), eq(questionSupports.userId, userId))).returning({ userId: questionSupports.userId });
    if (removed.length) await tx.update(questions).set({ supportCount: sql`${questions.supportCount} - 1` }).where(and(eq(questions.networkId, networkId), eq(questions.id, questionId)));
    return removed.length > 0;
  }

  async supporterIds(questionId: string): Promise<string[]> {
    const rows = await this.db.select({ userId: questionSupports.userId }).from(questionSupports).where(eq(questionSupports.questionId, questionId));
    return rows.map((r) => r.userId);
  }

  async isSupporter(questionId: string, userId: string, db: Db | Tx = this.db): Promise<boolean> {
    const [row] = await db.select({ userId: questionSupports.userId }).from(questionSupports).where(and(eq(questionSupports.questionId, questionId), eq(questionSupports.userId, userId))).limit(1);
    return Boolean(row);
  }

  /** Questions the person took on in this network go back: the ids, for telling the facilitators. */
  async giveBackAllOf(tx: Tx, networkId: string, userId: string): Promise<Array<{ id: string; title: string }>> {
    return tx
      .update(questions)
      .set({ takerId: null, takerDue: null, takenAt: null })
      .where(and(eq(questions.networkId, networkId), eq(questions.takerId, userId)))
      .returning({ id: questions.id, title: questions.title });
  }

  async one(networkId: string, questionId: string, viewerId: string, db: Db | Tx = this.db): Promise<(SharedQuestion & { supportedByMe: boolean }) | null> {
    const [row] = await this.rows(db, and(eq(questions.networkId, networkId), eq(questions.id, questionId))!, viewerId, await this.lastClosedRound(networkId, db), [], 1, 0);
    return row ?? null;
  }

  async page(networkId: string, viewerId: string, filter: ListFilter): Promise<{ items: Array<SharedQuestion & { supportedByMe: boolean }>; total: number }> {
    const where = and(
      eq(questions.networkId, networkId),
      filter.status ? eq(questions.status, filter.status) : filter.includeWithdrawn ? undefined : ne(questions.status, 'withdrawn'),
      filter.theme ? sql`${filter.theme} = any(${questions.themeIds})` : undefined,
      filter.origin ? eq(questions.origin, filter.origin) : undefined,
    )!;
    const roundId = await this.lastClosedRound(networkId);
    const order: SQL[] = {
      support: [desc(questions.supportCount)],
      round: [sql`${this.roundDotsOf(roundId)} desc nulls last`, desc(questions.supportCount)],
      status: [sql`array_position(array[${sql.join(statusOrder.map((s) => sql`${s}`), sql`, `)}]::text[], ${questions.status})`],
      recent: [],
      theme: [sql`${questions.themeIds}[1] asc nulls last`],
    }[filter.sort];
    const [items, [{ total }]] = await Promise.all([
      this.rows(this.db, where, viewerId, roundId, order, filter.pageSize, (filter.page - 1) * filter.pageSize),
      this.db.select({ total: sql<number>`count(*)::int` }).from(questions).where(where),
    ]);
    return { items, total: Number(total) };
  }

  async history(questionId: string): Promise<StatusChange[]> {
    const rows = await this.db
      .select({ from: questionStatusChanges.fromStatus, to: questionStatusChanges.toStatus, reason: questionStatusChanges.reason, byId: questionStatusChanges.byId, byName: by.displayName, at: questionStatusChanges.at })
      .from(questionStatusChanges)
      .leftJoin(by, eq(by.id, questionStatusChanges.byId))
      .where(eq(questionStatusChanges.questionId, questionId))
      .orderBy(asc(questionStatusChanges.at), asc(questionStatusChanges.id));
    return rows.map((r) => ({ from: r.from, to: r.to, reason: r.reason, by: person(r.byId, r.byName), at: r.at.toISOString() }));
  }

  /** Questions I proposed, in the networks I am still in. */
  async proposedBy(userId: string): Promise<Array<{ id: string; networkId: string; networkName: string; title: string; status: QuestionStatus; supportCount: number; statusChangedAt: string }>> {
    const rows = await this.db
      .select({ id: questions.id, networkId: questions.networkId, networkName: networks.name, title: questions.title, status: questions.status, supportCount: questions.supportCount, statusChangedAt: questions.statusChangedAt })
      .from(questions)
      .innerJoin(memberships, and(eq(memberships.networkId, questions.networkId), eq(memberships.userId, userId)))
      .innerJoin(networks, eq(networks.id, questions.networkId))
      .where(and(eq(questions.proposerId, userId), ne(questions.status, 'withdrawn')))
      .orderBy(desc(questions.statusChangedAt))
      .limit(100);
    return rows.map((r) => ({ ...r, statusChangedAt: r.statusChangedAt.toISOString() }));
  }

  /** Public questions of a network, never withdrawn ones. */
  async publicOnes(networkId: string): Promise<Array<SharedQuestion & { supportedByMe: boolean }>> {
    return this.rows(this.db, and(eq(questions.networkId, networkId), eq(questions.public, true), ne(questions.status, 'withdrawn'))!, null, null, [desc(questions.supportCount)], 100, 0);
  }

  async lastClosedRound(networkId: string, db: Db | Tx = this.db): Promise<string | null> {
    const [row] = await db
      .select({ id: agendaRounds.id })
      .from(agendaRounds)
      .where(and(eq(agendaRounds.networkId, networkId), isNotNull(agendaRounds.closedAt)))
      .orderBy(desc(agendaRounds.closedAt))
      .limit(1);
    return row?.id ?? null;
  }

  private roundDotsOf(roundId: string | null): SQL {
    if (!roundId) return sql`null::int`;
    return sql`(select sum(${roundDots.dots})::int from ${roundDots} where ${roundDots.roundId} = ${roundId} and ${roundDots.questionId} = ${questions.id})`;
  }

  /**
   * One page in two steps: first the ids, in order (the questions table and the sort keys only), then
   * what each shows (names, counts, my support) for those ids alone. In one query PostgreSQL works out
   * the counts for every question it sorts or skips, which made a late page of 1,000 slow.
   */
  private async rows(db: Db | Tx, where: SQL, viewerId: string | null, roundId: string | null, order: SQL[], limit: number, offset: number) {
    const page = await db
      .select({ id: questions.id })
      .from(questions)
      .where(where)
      .orderBy(...order, desc(questions.createdAt), desc(questions.id))
      .limit(limit)
      .offset(offset);
    if (page.length === 0) return [];
    const position = new Map(page.map((row, i) => [row.id, i]));
    const rows = await db
      .select({
        q: questions,
        proposerName: proposer.displayName,
        takerName: taker.displayName,
        outcomeByName: outcomeBy.displayName,
        commentCount: sql<number>`(select count(*)::int from ${questionComments} where ${questionComments.questionId} = ${questions.id} and ${questionComments.deletedAt} is null)`,
        supportedByMe: viewerId
          ? sql<boolean>`exists (select 1 from ${questionSupports} where ${questionSupports.questionId} = ${questions.id} and ${questionSupports.userId} = ${viewerId})`
          : sql<boolean>`false`,
        roundDots: this.roundDotsOf(roundId),
      })
      .from(questions)
      .leftJoin(proposer, eq(proposer.id, questions.proposerId))
      .leftJoin(taker, eq(taker.id, questions.takerId))
      .leftJoin(outcomeBy, eq(outcomeBy.id, questions.outcomeById))
      .where(inArray(questions.id, [...position.keys()]));
    rows.sort((a, b) => position.get(a.q.id)! - position.get(b.q.id)!);
    return rows.map(({ q, ...r }) => ({
      id: q.id,
      networkId: q.networkId,
      title: q.title,
      situation: q.situation,
      themeIds: q.themeIds,
      origin: q.origin,
      commissionedBy: q.commissionedBy,
      residentPerspective: q.residentPerspective,
      status: q.status,
      proposer: person(q.proposerId, r.proposerName),
      showProposer: q.showProposer,
      public: q.public,
      supportCount: q.supportCount,
      commentCount: Number(r.commentCount),
      roundDots: r.roundDots === null ? null : Number(r.roundDots),
      assignment: q.takerId && r.takerName !== null && q.takerDue && q.takenAt ? { taker: { id: q.takerId, displayName: r.takerName }, dueDate: q.takerDue, takenAt: q.takenAt.toISOString() } : null,
      outcome: q.outcomeAt ? { url: q.outcomeUrl, text: q.outcomeText ?? '', by: person(q.outcomeById, r.outcomeByName), at: q.outcomeAt.toISOString() } : null,
      createdAt: q.createdAt.toISOString(),
      statusChangedAt: q.statusChangedAt.toISOString(),
      supportedByMe: Boolean(r.supportedByMe),
    }));
  }

  /** Members of the network among these ids (for mentions). */
  async membersAmong(tx: Db | Tx, networkId: string, userIds: string[]): Promise<Set<string>> {
    if (userIds.length === 0) return new Set();
    const rows = await tx.select({ userId: memberships.userId }).from(memberships).where(and(eq(memberships.networkId, networkId), inArray(memberships.userId, userIds)));
    return new Set(rows.map((r) => r.userId));
  }

  /** Locks the voter's membership: one person's dot changes queue up, so together they never pass the budget. */
  async lockMembership(tx: Tx, networkId: string, userId: string): Promise<boolean> {
    const rows = await tx.select({ userId: memberships.userId }).from(memberships).where(and(eq(memberships.networkId, networkId), eq(memberships.userId, userId))).for('update');
    return rows.length > 0;
  }
}
