import { Inject, Injectable } from '@nestjs/common';
import { STALE_DAYS_DEFAULT, type AgendaPerson, type CycleComment, type CycleDetail, type CycleSummary, type Measurement, type NetworkRole, type SessionLog } from '@broedplaats/contracts';
import { amsterdamDay, isStale, judgeCycle, mayRead, type CycleFacts, type CycleReader } from '@broedplaats/domain';
import { CLOCK, type Clock } from '../core/clock';
import type { Db, Tx } from '../core/database/database';
import { AppError, forbidden, notFound } from '../core/errors';
import type { CommentRow, LogRow, MeasurementRow } from './cycle-records.repository';
import { CycleRecordsRepository } from './cycle-records.repository';
import { CyclesRepository, type CycleRow, type OwnerRow } from './cycles.repository';

const iso = (d: Date) => d.toISOString();
const nameOf = (names: Map<string, AgendaPerson>, id: string | null): AgendaPerson | null => (id ? (names.get(id) ?? null) : null);
export const activeOwnerIds = (owners: OwnerRow[]) => owners.filter((o) => o.leftAt === null).map((o) => o.userId);

/** The facts the domain judges a cycle by. */
export const factsOf = (row: CycleRow, owners: OwnerRow[], archived: boolean): CycleFacts => ({
  visibility: row.visibility, ownerIds: activeOwnerIds(owners), coachId: row.coachId, status: row.status, archived,
});

/** A verdict as the caller hears it: a hidden cycle does not exist. */
export function enforceCycle(verdict: ReturnType<typeof judgeCycle>, doing: string): void {
  if (verdict === 'hidden') throw notFound('Cycle');
  if (verdict === 'forbidden') throw forbidden(`You may not ${doing} this cycle`);
  if (verdict === 'network_archived') throw new AppError('network_archived', 'This network is archived');
  if (verdict === 'closed') throw new AppError('invalid_transition', 'This cycle is closed');
}

export const logOf = (row: LogRow, names: Map<string, AgendaPerson>, values: MeasurementRow[]): SessionLog => ({
  id: row.id, clientId: row.clientId, cycleId: row.cycleId, iteration: row.iteration, phase: row.phase, author: nameOf(names, row.authorId), date: row.date,
  did: row.did, happened: row.happened, learned: row.learned, next: row.next, mood: row.mood,
  measurements: values.filter((m) => m.logId === row.id).map((m) => ({ indicatorId: m.indicatorId, value: m.value })), createdAt: iso(row.createdAt),
});
export const measurementOf = (m: MeasurementRow, names: Map<string, AgendaPerson>): Measurement => ({
  id: m.id, indicatorId: m.indicatorId, value: m.value, date: m.date, note: m.note, logId: m.logId, iteration: m.iteration, by: nameOf(names, m.byId), createdAt: iso(m.createdAt),
});
export const commentOf = (c: CommentRow, names: Map<string, AgendaPerson>): CycleComment => ({ id: c.id, cycleId: c.cycleId, author: nameOf(names, c.authorId), text: c.text, createdAt: iso(c.createdAt) });

/** Builds what a cycle's pages show; "stale" and "today" follow the injected clock. */
@Injectable()
export class CycleReaderService {
  constructor(
    private readonly cycles: CyclesRepository,
    private readonly records: CycleRecordsRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  today(): string {
    return amsterdamDay(this.clock.now());
  }

  async staleDaysOf(networkId: string, override?: number, db?: Db | Tx): Promise<number> {
    return override ?? (await this.cycles.staleDays([networkId], db)).get(networkId) ?? STALE_DAYS_DEFAULT;
  }

  /** Summaries of cycles, owners read in one go; `owners` may be passed when already read. */
  async summaries(rows: CycleRow[], staleDays: number, owners?: Map<string, OwnerRow[]>, db?: Db | Tx): Promise<CycleSummary[]> {
    const ownersOf = owners ?? (await this.cycles.owners(rows.map((r) => r.id), db));
    const names = await this.cycles.names(rows.flatMap((r) => [...activeOwnerIds(ownersOf.get(r.id) ?? []), r.coachId]), db);
    const today = this.today();
    return rows.map((r) => ({
      id: r.id, networkId: r.networkId, title: r.title, visibility: r.visibility, status: r.status, phase: r.phase, iteration: r.iteration,
      owners: activeOwnerIds(ownersOf.get(r.id) ?? []).flatMap((id) => (names.has(id) ? [names.get(id)!] : [])),
      coach: nameOf(names, r.coachId), lastLogDate: r.lastLogDate, logCount: r.logCount,
      stale: isStale({ running: r.status === 'running', lastLogDate: r.lastLogDate, startedOn: amsterdamDay(r.createdAt) }, today, staleDays),
      createdAt: iso(r.createdAt), closedAt: r.closedAt ? iso(r.closedAt) : null,
    }));
  }

  /** The whole cycle as `reader` sees it; `until` limits measurements to a former owner's time. */
  async detail(row: CycleRow, reader: CycleReader, archived: boolean, options: { until?: Date | null; db?: Db | Tx } = {}): Promise<CycleDetail> {
    const db = options.db;
    const owners = (await this.cycles.owners([row.id], db)).get(row.id)!;
    const [staleDays, iterations, measurements, question] = await Promise.all([
      this.staleDaysOf(row.networkId, undefined, db),
      this.cycles.iterations(row.id, db),
      this.records.measurements([row.id], options.until ?? null, db),
      row.questionId ? this.cycles.questionIn(row.networkId, row.questionId, db) : Promise.resolve(null),
    ]);
    const [summary] = await this.summaries([row], staleDays, new Map([[row.id, owners]]), db);
    const names = await this.cycles.names([row.handedOverFromId, ...measurements.map((m) => m.byId)], db);
    const facts = factsOf(row, owners, archived);
    return {
      ...summary,
      learningQuestion: row.learningQuestion, question, bottlenecks: row.bottlenecks, changeGoals: row.changeGoals, outcomes: row.outcomes, actions: row.actions,
      iterations: iterations.map((i) => ({ id: i.id, number: i.number, plan: i.plan, done: i.done, observed: i.observed, reflection: i.reflection, startedAt: iso(i.startedAt), endedAt: i.endedAt ? iso(i.endedAt) : null })),
      measurements: measurements.map((m) => measurementOf(m, names)),
      conclusion: row.conclusion ?? null, followUpOf: row.followUpOf, followUpId: row.followUpId,
      handedOver: row.handedOverAt ? { from: nameOf(names, row.handedOverFromId), at: iso(row.handedOverAt) } : null,
      may: { edit: judgeCycle('edit', reader, facts) === 'allowed', comment: judgeCycle('comment', reader, facts) === 'allowed' },
      updatedAt: iso(row.updatedAt),
    };
  }

  /** Of these cycles, the ones this reader may see. */
  async visible(rows: CycleRow[], reader: CycleReader, db?: Db | Tx): Promise<{ rows: CycleRow[]; owners: Map<string, OwnerRow[]> }> {
    const owners = await this.cycles.owners(rows.map((r) => r.id), db);
    return { rows: rows.filter((r) => mayRead(reader, factsOf(r, owners.get(r.id)!, false))), owners };
  }
}

export type Reader = { userId: string; role: NetworkRole | null };
