import { Inject, Injectable } from '@nestjs/common';
import { and, asc, count, desc, eq, gte, inArray, lte } from 'drizzle-orm';
import { DATABASE, type Database, type Db, type Tx } from '../core/database/database';
import { cycleComments, cycleLogs, cycleMeasurements } from './cycles.tables';

export type LogRow = typeof cycleLogs.$inferSelect;
export type MeasurementRow = typeof cycleMeasurements.$inferSelect;
export type CommentRow = typeof cycleComments.$inferSelect;
/** Only what happened up to this moment (a former owner's view), or everything. */
type Until = Date | null;

/** What people add to a cycle over time: session logs, measurements and comments. */
@Injectable()
export class CycleRecordsRepository {
  readonly db: Db;
  constructor(@Inject(DATABASE) database: Database) {
    this.db = database.db;
  }

  async logByClientId(db: Db | Tx, cycleId: string, clientId: string): Promise<LogRow | null> {
    const [row] = await db.select().from(cycleLogs).where(and(eq(cycleLogs.cycleId, cycleId), eq(cycleLogs.clientId, clientId))).limit(1);
    return row ?? null;
  }

  /** Null when a log with this client id is there already (the unique index decides, also under a race). */
  async insertLog(tx: Tx, log: typeof cycleLogs.$inferInsert): Promise<LogRow | null> {
    const [row] = await tx.insert(cycleLogs).values(log).onConflictDoNothing({ target: [cycleLogs.cycleId, cycleLogs.clientId] }).returning();
    return row ?? null;
  }

  async logs(cycleId: string, until: Until = null, db: Db | Tx = this.db): Promise<LogRow[]> {
    const when = until ? and(eq(cycleLogs.cycleId, cycleId), lte(cycleLogs.createdAt, until)) : eq(cycleLogs.cycleId, cycleId);
    return db.select().from(cycleLogs).where(when).orderBy(desc(cycleLogs.date), desc(cycleLogs.createdAt));
  }

  /** How many logs each cycle had with a day in the period. */
  async logCounts(cycleIds: string[], from: string, to: string): Promise<Map<string, number>> {
    const rows = cycleIds.length
      ? await this.db.select({ cycleId: cycleLogs.cycleId, n: count() }).from(cycleLogs).where(and(inArray(cycleLogs.cycleId, cycleIds), gte(cycleLogs.date, from), lte(cycleLogs.date, to))).groupBy(cycleLogs.cycleId)
      : [];
    return new Map(rows.map((r) => [r.cycleId, Number(r.n)]));
  }

  async insertMeasurements(tx: Tx, rows: Array<typeof cycleMeasurements.$inferInsert>): Promise<MeasurementRow[]> {
    return rows.length ? tx.insert(cycleMeasurements).values(rows).returning() : [];
  }

  async measurements(cycleIds: string[], until: Until = null, db: Db | Tx = this.db): Promise<MeasurementRow[]> {
    if (!cycleIds.length) return [];
    const of = inArray(cycleMeasurements.cycleId, cycleIds);
    return db.select().from(cycleMeasurements).where(until ? and(of, lte(cycleMeasurements.createdAt, until)) : of).orderBy(asc(cycleMeasurements.date), asc(cycleMeasurements.createdAt));
  }

  async insertComment(tx: Tx, comment: typeof cycleComments.$inferInsert): Promise<CommentRow> {
    const [row] = await tx.insert(cycleComments).values(comment).returning();
    return row;
  }

  async comments(cycleId: string, until: Until = null): Promise<CommentRow[]> {
    const of = eq(cycleComments.cycleId, cycleId);
    return this.db.select().from(cycleComments).where(until ? and(of, lte(cycleComments.createdAt, until)) : of).orderBy(asc(cycleComments.createdAt), asc(cycleComments.id));
  }
}
