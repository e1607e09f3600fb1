import { Inject, Injectable } from '@nestjs/common';
import { and, asc, desc, eq, getTableColumns, inArray, isNotNull, isNull, lte, or, sql } from 'drizzle-orm';
import type { AgendaPerson, MethodTemplate, NetworkRole, SessionRole, SessionStatus } from '@broedplaats/contracts';
import { users } from '../auth/auth.tables';
import { DATABASE, type Database, type Db, type Tx } from '../core/database/database';
import { memberships } from '../networks/networks.tables';
import { intervisionAudit, intervisionContributions, intervisionMethods, intervisionParticipants, intervisionSessions, type SessionMethod } from './intervision.tables';

/** A session without its content: what may be shown to its participants and its planner. */
export type SessionRow = Omit<typeof intervisionSessions.$inferSelect, 'caseText' | 'takeAways'>;
export type PersonRow = { userId: string; role: SessionRole };
export type ContributionRow = typeof intervisionContributions.$inferSelect;
export type MethodRow = typeof intervisionMethods.$inferSelect;

const { caseText: _caseText, takeAways: _takeAways, ...summaryColumns } = getTableColumns(intervisionSessions);
/** Is `readerId` a participant of the session (for SQL filters on content). */
const participates = (readerId: string) =>
  sql`exists (select 1 from ${intervisionParticipants} p where p.session_id = ${intervisionSessions.id} and p.user_id = ${readerId})`;

/**
 * Intervision's SQL. Every read of session content (case, take-aways, contributions, audit) takes
 * the reader's id as a required argument and filters on their participation in SQL, so content
 * cannot be read without naming who reads it.
 */
@Injectable()
export class IntervisionRepository {
  private readonly db: Db;
  constructor(@Inject(DATABASE) database: Database) {
    this.db = database.db;
  }

  methods(networkId: string, db: Db | Tx = this.db): Promise<MethodRow[]> {
    return db.select().from(intervisionMethods).where(eq(intervisionMethods.networkId, networkId)).orderBy(asc(intervisionMethods.createdAt));
  }

  async method(networkId: string, methodId: string, db: Db | Tx = this.db): Promise<MethodRow | null> {
    const [row] = await db.select().from(intervisionMethods).where(and(eq(intervisionMethods.networkId, networkId), eq(intervisionMethods.id, methodId)));
    return row ?? null;
  }

  async insertMethod(tx: Tx, values: typeof intervisionMethods.$inferInsert): Promise<MethodRow> {
    const [row] = await tx.insert(intervisionMethods).values(values).returning();
    return row!;
  }

  async replaceMethod(tx: Tx, id: string, template: MethodTemplate, basedOn: string | null, now: Date): Promise<MethodRow> {
    const [row] = await tx.update(intervisionMethods).set({ template, basedOn, updatedAt: now }).where(eq(intervisionMethods.id, id)).returning();
    return row!;
  }

  async deleteMethod(tx: Tx, id: string): Promise<void> {
    await tx.delete(intervisionMethods).where(eq(intervisionMethods.id, id));
  }

  async methodPlanned(methodId: string, db: Db | Tx = this.db): Promise<boolean> {
    const rows = await db.select({ id: intervisionSessions.id }).from(intervisionSessions).where(and(eq(intervisionSessions.methodId, methodId), eq(intervisionSessions.status, 'planned'))).limit(1);
    return rows.length > 0;
  }

  async insertSession(tx: Tx, values: typeof intervisionSessions.$inferInsert, people: PersonRow[]): Promise<string> {
    const [row] = await tx.insert(intervisionSessions).values(values).returning({ id: intervisionSessions.id });
    await this.setPeople(tx, row!.id, people);
    return row!.id;
  }

  async setPeople(tx: Tx, sessionId: string, people: PersonRow[]): Promise<void> {
    await tx.delete(intervisionParticipants).where(eq(intervisionParticipants.sessionId, sessionId));
    if (people.length) await tx.insert(intervisionParticipants).values(people.map((p) => ({ sessionId, ...p })));
  }

  async updateSession(tx: Tx, id: string, changes: Partial<{ title: string; startsAt: Date; methodId: string; method: SessionMethod; status: SessionStatus; endedAt: Date | null }>): Promise<void> {
    if (!Object.keys(changes).length) return;
    await tx.update(intervisionSessions).set(changes).where(eq(intervisionSessions.id, id));
  }

  async deleteSession(tx: Tx, id: string): Promise<void> {
    await tx.delete(intervisionSessions).where(eq(intervisionSessions.id, id));
  }

  async find(networkId: string, sessionId: string, db: Db | Tx = this.db): Promise<SessionRow | null> {
    const [row] = await db.select(summaryColumns).from(intervisionSessions).where(and(eq(intervisionSessions.networkId, networkId), eq(intervisionSessions.id, sessionId)));
    return row ?? null;
  }

  async lock(tx: Tx, networkId: string, sessionId: string): Promise<SessionRow | null> {
    const [row] = await tx.select(summaryColumns).from(intervisionSessions).where(and(eq(intervisionSessions.networkId, networkId), eq(intervisionSessions.id, sessionId))).for('update');
    return row ?? null;
  }

  async networkOf(sessionId: string): Promise<string | null> {
    const [row] = await this.db.select({ networkId: intervisionSessions.networkId }).from(intervisionSessions).where(eq(intervisionSessions.id, sessionId));
    return row?.networkId ?? null;
  }

  async people(sessionIds: string[], db: Db | Tx = this.db): Promise<Map<string, PersonRow[]>> {
    const map = new Map<string, PersonRow[]>(sessionIds.map((id) => [id, []]));
    if (!sessionIds.length) return map;
    const rows = await db.select().from(intervisionParticipants).where(inArray(intervisionParticipants.sessionId, sessionIds));
    for (const r of rows) map.get(r.sessionId)!.push({ userId: r.userId, role: r.role });
    return map;
  }

  /** Sessions in a network that this person takes part in or planned. */
  visibleTo(networkId: string, userId: string): Promise<SessionRow[]> {
    return this.db
      .select(summaryColumns)
      .from(intervisionSessions)
      .where(and(eq(intervisionSessions.networkId, networkId), or(participates(userId), eq(intervisionSessions.plannedById, userId))))
      .orderBy(desc(intervisionSessions.startsAt));
  }

  /** My sessions (or planned by me) in the networks I am a member of now, with my role there. */
  mine(userId: string): Promise<Array<SessionRow & { networkRole: NetworkRole }>> {
    return this.db
      .select({ ...summaryColumns, networkRole: memberships.role })
      .from(intervisionSessions)
      .innerJoin(memberships, and(eq(memberships.networkId, intervisionSessions.networkId), eq(memberships.userId, userId)))
      .where(or(participates(userId), eq(intervisionSessions.plannedById, userId)))
      .orderBy(desc(intervisionSessions.startsAt));
  }

  /** The case text and take-aways (sealed), for a participant only. */
  async content(sessionId: string, readerId: string, db: Db | Tx = this.db): Promise<{ caseText: string | null; caseUpdatedAt: Date | null; takeAways: string | null } | null> {
    const [row] = await db
      .select({ caseText: intervisionSessions.caseText, caseUpdatedAt: intervisionSessions.caseUpdatedAt, takeAways: intervisionSessions.takeAways })
      .from(intervisionSessions)
      .where(and(eq(intervisionSessions.id, sessionId), participates(readerId)));
    return row ?? null;
  }

  async writeCase(tx: Tx, sessionId: string, sealed: string | null, now: Date): Promise<void> {
    await tx.update(intervisionSessions).set({ caseText: sealed, caseUpdatedAt: sealed ? now : null }).where(eq(intervisionSessions.id, sessionId));
  }

  async writeTakeAways(tx: Tx, sessionId: string, sealed: string | null): Promise<void> {
    await tx.update(intervisionSessions).set({ takeAways: sealed }).where(eq(intervisionSessions.id, sessionId));
  }

  contributions(sessionId: string, readerId: string, db: Db | Tx = this.db): Promise<ContributionRow[]> {
    return db
      .select(getTableColumns(intervisionContributions))
      .from(intervisionContributions)
      .innerJoin(intervisionSessions, eq(intervisionSessions.id, intervisionContributions.sessionId))
      .where(and(eq(intervisionContributions.sessionId, sessionId), participates(readerId)))
      .orderBy(asc(intervisionContributions.createdAt));
  }

  async contribution(tx: Tx, sessionId: string, contributionId: string, readerId: string): Promise<ContributionRow | null> {
    const [row] = (await this.contributions(sessionId, readerId, tx)).filter((c) => c.id === contributionId);
    return row ?? null;
  }

  async insertContribution(tx: Tx, values: typeof intervisionContributions.$inferInsert): Promise<ContributionRow> {
    const [row] = await tx.insert(intervisionContributions).values(values).returning();
    return row!;
  }

  async markTakenAway(tx: Tx, id: string, takenAway: boolean): Promise<void> {
    await tx.update(intervisionContributions).set({ takenAway }).where(eq(intervisionContributions.id, id));
  }

  async deleteContribution(tx: Tx, id: string): Promise<void> {
    await tx.delete(intervisionContributions).where(eq(intervisionContributions.id, id));
  }

  async recordOpening(sessionId: string, userId: string, at: Date): Promise<void> {
    await this.db.insert(intervisionAudit).values({ sessionId, userId, openedAt: at });
  }

  audit(sessionId: string, readerId: string): Promise<Array<{ userId: string | null; openedAt: Date }>> {
    return this.db
      .select({ userId: intervisionAudit.userId, openedAt: intervisionAudit.openedAt })
      .from(intervisionAudit)
      .innerJoin(intervisionSessions, eq(intervisionSessions.id, intervisionAudit.sessionId))
      .where(and(eq(intervisionAudit.sessionId, sessionId), participates(readerId)))
      .orderBy(desc(intervisionAudit.openedAt))
      .limit(500);
  }

  /** Sessions whose content is due for erasure: ended (or, never run, started) before `before`, not yet erased. */
  async dueForErasure(before: Date): Promise<Array<{ id: string; networkId: string }>> {
    return this.db
      .select({ id: intervisionSessions.id, networkId: intervisionSessions.networkId })
      .from(intervisionSessions)
      .where(and(isNull(intervisionSessions.erasedAt), or(and(isNotNull(intervisionSessions.endedAt), lte(intervisionSessions.endedAt, before)), and(isNull(intervisionSessions.endedAt), lte(intervisionSessions.startsAt, before)))));
  }

  /** Erases the case and every contribution; the case owner's take-aways stay (theirs alone from now). */
  async erase(tx: Tx, sessionId: string, now: Date): Promise<void> {
    await tx.delete(intervisionContributions).where(eq(intervisionContributions.sessionId, sessionId));
    await tx.update(intervisionSessions).set({ caseText: null, caseUpdatedAt: null, erasedAt: now }).where(eq(intervisionSessions.id, sessionId));
  }

  async names(ids: Array<string | null>, db: Db | Tx = this.db): Promise<Map<string, AgendaPerson>> {
    const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
    const rows = wanted.length ? await db.select({ id: users.id, displayName: users.displayName }).from(users).where(inArray(users.id, wanted)) : [];
    return new Map(rows.map((r) => [r.id, r]));
  }

  async rolesAmong(networkId: string, userIds: string[], db: Db | Tx = this.db): Promise<Map<string, NetworkRole>> {
    const rows = userIds.length
      ? await db.select({ userId: memberships.userId, role: memberships.role }).from(memberships).where(and(eq(memberships.networkId, networkId), inArray(memberships.userId, userIds)))
      : [];
    return new Map(rows.map((r) => [r.userId, r.role]));
  }
}
