import { Inject, Injectable } from '@nestjs/common';
import { and, eq, gt, isNull } from 'drizzle-orm';
import { DATABASE, type Database, type Db, type Tx } from '../core/database/database';
import { dutyShifts } from './admin.tables';

export type DutyShiftRow = typeof dutyShifts.$inferSelect;

/** Facilitator-on-duty shifts: one admin in one network, until they end it or it runs out. */
@Injectable()
export class DutyRepository {
  private readonly db: Db;
  constructor(@Inject(DATABASE) database: Database) {
    this.db = database.db;
  }

  async start(tx: Db | Tx, shift: { networkId: string; adminId: string; startedAt: Date; endsAt: Date }): Promise<DutyShiftRow> {
    const [row] = await tx.insert(dutyShifts).values(shift).returning();
    return row;
  }

  /** Ends the admin's running shifts in the network at `at`; how many there were. */
  async end(tx: Db | Tx, networkId: string, adminId: string, at: Date): Promise<number> {
    const rows = await tx
      .update(dutyShifts)
      .set({ endedAt: at })
      .where(and(eq(dutyShifts.networkId, networkId), eq(dutyShifts.adminId, adminId), isNull(dutyShifts.endedAt), gt(dutyShifts.endsAt, at)))
      .returning({ id: dutyShifts.id });
    return rows.length;
  }
}
