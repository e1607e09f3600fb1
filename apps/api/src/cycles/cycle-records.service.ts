import { Inject, Injectable } from '@nestjs/common';
import type { CycleComment, CycleCommentBody, Me, Measurement, MeasurementBody, SessionLog, SessionLogBody } from '@broedplaats/contracts';
import { judgeCycle } from '@broedplaats/domain';
import type { z } from 'zod';
import { CLOCK, type Clock } from '../core/clock';
import { DATABASE, type Database, type Tx } from '../core/database/database';
import { validationFailed } from '../core/errors';
import { EventBus } from '../core/events';
import { inTransaction } from '../core/transaction';
import { CycleAnnouncer } from './cycle-announcer';
import { CycleGuard } from './cycle-guard';
import { indicatorIdsOf } from './cycle-parts';
import { activeOwnerIds, commentOf, CycleReaderService, enforceCycle, factsOf, logOf, measurementOf } from './cycle-reader';
import { CycleRecordsRepository, type LogRow } from './cycle-records.repository';
import { CyclesRepository, type CycleRow } from './cycles.repository';
import { measurementsCsv } from './cycles.export';
import './cycles.events';

type Out<T extends z.ZodType> = z.output<T>;

/** What owners add to a cycle between meetings (logs, measurements) and the conversation about it. */
@Injectable()
export class CycleRecordsService {
  constructor(
    @Inject(DATABASE) private readonly database: Database,
    private readonly cycles: CyclesRepository,
    private readonly records: CycleRecordsRepository,
    private readonly guard: CycleGuard,
    private readonly reader: CycleReaderService,
    private readonly announcer: CycleAnnouncer,
    private readonly events: EventBus,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async logs(user: Me, networkId: string, cycleId: string): Promise<SessionLog[]> {
    const { row } = await this.guard.open(user, networkId, cycleId, 'read');
    return this.present(row.id, await this.records.logs(row.id));
  }

  /**
   * Idempotent by the client's id: the cycle row is locked first, so a retried or replayed log
   * (also two at once) finds the stored one and gets it back; the unique index is the last word.
   */
  async log(user: Me, networkId: string, cycleId: string, body: Out<typeof SessionLogBody>): Promise<SessionLog> {
    const stored = await inTransaction(this.database.db, async (tx, afterCommit) => {
      const { row, owners, role, archived } = await this.guard.open(user, networkId, cycleId, 'read', tx);
      const existing = await this.records.logByClientId(tx, row.id, body.clientId);
      if (existing) return existing;
      enforceCycle(judgeCycle('edit', { userId: user.id, role }, factsOf(row, owners, archived)), 'edit');
      const date = this.day(body.date);
      const known = indicatorIdsOf(row.outcomes);
      const stranger = body.measurements.findIndex((m) => !known.has(m.indicatorId));
      if (stranger >= 0) throw validationFailed({ [`measurements.${stranger}.indicatorId`]: 'Not an indicator of this cycle' });
      const now = this.clock.now();
      const log = await this.records.insertLog(tx, {
        cycleId: row.id, clientId: body.clientId, authorId: user.id, iteration: row.iteration, phase: row.phase, date,
        did: body.did, happened: body.happened, learned: body.learned, next: body.next, mood: body.mood, createdAt: now,
      });
      if (!log) return (await this.records.logByClientId(tx, row.id, body.clientId))!;
      await this.records.insertMeasurements(tx, body.measurements.map((m) => ({ cycleId: row.id, indicatorId: m.indicatorId, value: m.value, date, logId: log.id, iteration: row.iteration, byId: user.id, createdAt: now })));
      await this.cycles.update(tx, row.id, { lastLogDate: row.lastLogDate && row.lastLogDate > date ? row.lastLogDate : date, logCount: row.logCount + 1, updatedAt: now });
      const audience = await this.announcer.audience(tx, row, activeOwnerIds(owners));
      await this.announcer.record(tx, afterCommit, { row, audience, kind: 'cycle.logged', actorId: user.id, data: { title: row.title } });
      this.announcer.changed(afterCommit, row, 'logged', audience);
      return log;
    });
    return (await this.present(stored.cycleId, [stored]))[0];
  }

  async measure(user: Me, networkId: string, cycleId: string, body: Out<typeof MeasurementBody>): Promise<Measurement> {
    const [row, names] = await inTransaction(this.database.db, async (tx, afterCommit) => {
      const { row, owners } = await this.guard.open(user, networkId, cycleId, 'edit', tx);
      if (!indicatorIdsOf(row.outcomes).has(body.indicatorId)) throw validationFailed({ indicatorId: 'Not an indicator of this cycle' });
      const now = this.clock.now();
      const [m] = await this.records.insertMeasurements(tx, [{ cycleId: row.id, indicatorId: body.indicatorId, value: body.value, date: this.day(body.date), note: body.note, iteration: row.iteration, byId: user.id, createdAt: now }]);
      await this.cycles.update(tx, row.id, { updatedAt: now });
      this.announcer.changed(afterCommit, row, 'measured', await this.announcer.audience(tx, row, activeOwnerIds(owners)));
      return [m, await this.cycles.names([user.id], tx)] as const;
    });
    return measurementOf(row, names);
  }

  async csv(user: Me, networkId: string, cycleId: string): Promise<{ filename: string; body: string }> {
    const { row } = await this.guard.open(user, networkId, cycleId, 'read');
    return this.export(row, null);
  }

  /** The measurements as CSV; `until` for a former owner. */
  async export(row: CycleRow, until: Date | null): Promise<{ filename: string; body: string }> {
    const measurements = await this.records.measurements([row.id], until);
    const names = await this.cycles.names(measurements.map((m) => m.byId));
    return measurementsCsv(row, measurements, names);
  }

  async comments(user: Me, networkId: string, cycleId: string): Promise<CycleComment[]> {
    const { row } = await this.guard.open(user, networkId, cycleId, 'read');
    const rows = await this.records.comments(row.id);
    const names = await this.cycles.names(rows.map((c) => c.authorId));
    return rows.map((c) => commentOf(c, names));
  }

  async comment(user: Me, networkId: string, cycleId: string, body: Out<typeof CycleCommentBody>): Promise<CycleComment> {
    const { comment, row, ownerIds } = await inTransaction(this.database.db, async (tx, afterCommit) => {
      const { row, owners } = await this.guard.open(user, networkId, cycleId, 'comment', tx);
      const comment = await this.records.insertComment(tx, { cycleId: row.id, authorId: user.id, text: body.text, createdAt: this.clock.now() });
      const ownerIds = activeOwnerIds(owners);
      this.announcer.changed(afterCommit, row, 'commented', await this.announcer.audience(tx, row, ownerIds));
      return { comment, row, ownerIds };
    });
    const recipientIds = [...ownerIds, ...(row.coachId ? [row.coachId] : [])];
    this.events.publish('cycle.commented', { networkId, cycleId: row.id, title: row.title, authorId: user.id, recipientIds });
    return commentOf(comment, await this.cycles.names([user.id]));
  }

  /** Logs with their authors' names and the values measured with them. */
  async present(cycleId: string, logs: LogRow[], tx?: Tx): Promise<SessionLog[]> {
    const [names, measurements] = await Promise.all([this.cycles.names(logs.map((l) => l.authorId), tx), this.records.measurements([cycleId], null, tx)]);
    return logs.map((l) => logOf(l, names, measurements));
  }

  /** The day given, or today; a try-out in the future has not happened yet. */
  private day(date: string | undefined): string {
    const today = this.reader.today();
    if (date && date > today) throw validationFailed({ date: 'This day has not come yet' });
    return date ?? today;
  }
}
