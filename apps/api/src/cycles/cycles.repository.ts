import { Inject, Injectable } from '@nestjs/common';
import { and, asc, eq, inArray, isNull, notInArray } from 'drizzle-orm';
import type { AgendaPerson, NetworkRole, ParticipantCategory } from '@broedplaats/contracts';
import { questions } from '../agenda/agenda.tables';
import { users } from '../auth/auth.tables';
import { DATABASE, type Database, type Db, type Tx } from '../core/database/database';
import { memberships, networks } from '../networks/networks.tables';
import { cycleIterations, cycleOwners, cycles, cycleSettings } from './cycles.tables';

export type CycleRow = typeof cycles.$inferSelect;
export type NewCycle = typeof cycles.$inferInsert;
export type IterationRow = typeof cycleIterations.$inferSelect;
export type OwnerRow = { cycleId: string; userId: string; leftAt: Date | null };

/** Cycles, their owners and iterations. Every read of a cycle names its network. */
@Injectable()
export class CyclesRepository {
  readonly db: Db;
  constructor(@Inject(DATABASE) database: Database) {
    this.db = database.db;
  }

  async insert(tx: Tx, cycle: NewCycle): Promise<string> {
    const [row] = await tx.insert(cycles).values(cycle).returning({ id: cycles.id });
    return row.id;
  }

  async find(networkId: string, cycleId: string, db: Db | Tx = this.db): Promise<CycleRow | null> {
    const [row] = await db.select().from(cycles).where(and(eq(cycles.networkId, networkId), eq(cycles.id, cycleId))).limit(1);
    return row ?? null;
  }

  /** Locked, so changes of one cycle (and their announcements) queue up. */
  async lock(tx: Tx, networkId: string, cycleId: string): Promise<CycleRow | null> {
    const [row] = await tx.select().from(cycles).where(and(eq(cycles.networkId, networkId), eq(cycles.id, cycleId))).for('update').limit(1);
    return row ?? null;
  }

  /** A cycle by id alone: only for a person's own cycles, whose access is their ownership. */
  async byId(cycleId: string, db: Db | Tx = this.db): Promise<CycleRow | null> {
    const [row] = await db.select().from(cycles).where(eq(cycles.id, cycleId)).limit(1);
    return row ?? null;
  }

  async update(tx: Tx, cycleId: string, changes: Partial<NewCycle>): Promise<void> {
    await tx.update(cycles).set(changes).where(eq(cycles.id, cycleId));
  }

  async inNetwork(networkId: string, db: Db | Tx = this.db): Promise<CycleRow[]> {
    return db.select().from(cycles).where(eq(cycles.networkId, networkId)).orderBy(asc(cycles.createdAt));
  }

  /** Owners, former ones too (`leftAt`), per cycle. */
  async owners(cycleIds: string[], db: Db | Tx = this.db): Promise<Map<string, OwnerRow[]>> {
    const rows = cycleIds.length
      ? await db.select({ cycleId: cycleOwners.cycleId, userId: cycleOwners.userId, leftAt: cycleOwners.leftAt }).from(cycleOwners).where(inArray(cycleOwners.cycleId, cycleIds)).orderBy(asc(cycleOwners.addedAt), asc(cycleOwners.userId))
      : [];
    const byCycle = new Map<string, OwnerRow[]>(cycleIds.map((id) => [id, []]));
    for (const row of rows) byCycle.get(row.cycleId)!.push(row);
    return byCycle;
  }

  /** The owners become exactly `userIds`: new ones are added (or come back), the others are marked as left. */
  async setOwners(tx: Tx, cycleId: string, userIds: string[], at: Date): Promise<void> {
    if (userIds.length) {
      await tx
        .insert(cycleOwners)
        .values(userIds.map((userId) => ({ cycleId, userId, addedAt: at })))
        .onConflictDoUpdate({ target: [cycleOwners.cycleId, cycleOwners.userId], set: { leftAt: null } });
    }
    const gone = and(eq(cycleOwners.cycleId, cycleId), isNull(cycleOwners.leftAt), userIds.length ? notInArray(cycleOwners.userId, userIds) : undefined);
    await tx.update(cycleOwners).set({ leftAt: at }).where(gone);
  }

  /** Running cycles of a network that this person owns now (when they leave it). */
  async ownedIn(tx: Tx, networkId: string, userId: string): Promise<CycleRow[]> {
    const rows = await tx
      .select({ cycle: cycles })
      .from(cycles)
      .innerJoin(cycleOwners, and(eq(cycleOwners.cycleId, cycles.id), eq(cycleOwners.userId, userId), isNull(cycleOwners.leftAt)))
      .where(eq(cycles.networkId, networkId))
      .for('update', { of: cycles });
    return rows.map((r) => r.cycle);
  }

  /** Every cycle this person owns or owned, with its network's name. */
  async ownedBy(userId: string): Promise<Array<{ cycle: CycleRow; networkName: string; leftAt: Date | null }>> {
    return this.db
      .select({ cycle: cycles, networkName: networks.name, leftAt: cycleOwners.leftAt })
      .from(cycleOwners)
      .innerJoin(cycles, eq(cycles.id, cycleOwners.cycleId))
      .innerJoin(networks, eq(networks.id, cycles.networkId))
      .where(eq(cycleOwners.userId, userId))
      .orderBy(asc(cycles.createdAt));
  }

  async iterations(cycleId: string, db: Db | Tx = this.db): Promise<IterationRow[]> {
    return db.select().from(cycleIterations).where(eq(cycleIterations.cycleId, cycleId)).orderBy(asc(cycleIterations.number));
  }

  async iterationsOf(cycleIds: string[], db: Db | Tx = this.db): Promise<IterationRow[]> {
    return cycleIds.length ? db.select().from(cycleIterations).where(inArray(cycleIterations.cycleId, cycleIds)).orderBy(asc(cycleIterations.number)) : [];
  }

  async iteration(tx: Tx, cycleId: string, iterationId: string): Promise<IterationRow | null> {
    const [row] = await tx.select().from(cycleIterations).where(and(eq(cycleIterations.cycleId, cycleId), eq(cycleIterations.id, iterationId))).limit(1);
    return row ?? null;
  }

  async currentIteration(tx: Tx, cycleId: string, number: number): Promise<IterationRow> {
    const [row] = await tx.select().from(cycleIterations).where(and(eq(cycleIterations.cycleId, cycleId), eq(cycleIterations.number, number))).limit(1);
    return row;
  }

  async insertIteration(tx: Tx, iteration: typeof cycleIterations.$inferInsert): Promise<void> {
    await tx.insert(cycleIterations).values(iteration);
  }

  async updateIteration(tx: Tx, iterationId: string, changes: Partial<IterationRow>): Promise<void> {
    await tx.update(cycleIterations).set(changes).where(eq(cycleIterations.id, iterationId));
  }

  async staleDays(networkIds: string[], db: Db | Tx = this.db): Promise<Map<string, number>> {
    const rows = networkIds.length ? await db.select().from(cycleSettings).where(inArray(cycleSettings.networkId, networkIds)) : [];
    return new Map(rows.map((r) => [r.networkId, r.staleDays]));
  }

  async setStaleDays(tx: Tx, networkId: string, staleDays: number): Promise<void> {
    await tx.insert(cycleSettings).values({ networkId, staleDays }).onConflictDoUpdate({ target: cycleSettings.networkId, set: { staleDays } });
  }

  async names(ids: Array<string | null>, db: Db | Tx = this.db): Promise<Map<string, AgendaPerson>> {
    const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
    const rows = wanted.length ? await db.select({ id: users.id, displayName: users.displayName }).from(users).where(inArray(users.id, wanted)) : [];
    return new Map(rows.map((r) => [r.id, r]));
  }

  /** Members of the network among these people, with their role. */
  async rolesAmong(networkId: string, userIds: string[], db: Db | Tx = this.db): Promise<Map<string, NetworkRole>> {
    const rows = userIds.length
      ? await db.select({ userId: memberships.userId, role: memberships.role }).from(memberships).where(and(eq(memberships.networkId, networkId), inArray(memberships.userId, userIds)))
      : [];
    return new Map(rows.map((r) => [r.userId, r.role]));
  }

  async members(networkId: string, db: Db | Tx = this.db): Promise<Array<{ userId: string; role: NetworkRole; category: ParticipantCategory }>> {
    return db.select({ userId: memberships.userId, role: memberships.role, category: memberships.category }).from(memberships).where(eq(memberships.networkId, networkId));
  }

  /** Networks this person facilitates, with name and archived state. */
  async facilitatedBy(userId: string): Promise<Array<{ id: string; name: string }>> {
    return this.db
      .select({ id: networks.id, name: networks.name })
      .from(memberships)
      .innerJoin(networks, eq(networks.id, memberships.networkId))
      .where(and(eq(memberships.userId, userId), eq(memberships.role, 'facilitator')))
      .orderBy(asc(networks.name));
  }

  async questionIn(networkId: string, questionId: string, db: Db | Tx = this.db): Promise<{ id: string; title: string } | null> {
    const [row] = await db.select({ id: questions.id, title: questions.title }).from(questions).where(and(eq(questions.networkId, networkId), eq(questions.id, questionId))).limit(1);
    return row ?? null;
  }

  async questionTitles(ids: Array<string | null>, db: Db | Tx = this.db): Promise<Map<string, string>> {
    const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
    const rows = wanted.length ? await db.select({ id: questions.id, title: questions.title }).from(questions).where(inArray(questions.id, wanted)) : [];
    return new Map(rows.map((r) => [r.id, r.title]));
  }
}
