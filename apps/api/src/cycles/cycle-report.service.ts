import { Inject, Injectable } from '@nestjs/common';
import type { CycleReport, CycleReportQuery, Me } from '@broedplaats/contracts';
import { amsterdamDay, monthsBefore } from '@broedplaats/domain';
import type { z } from 'zod';
import { CLOCK, type Clock } from '../core/clock';
import { validationFailed } from '../core/errors';
import { NetworkGate } from '../networks/network-gate';
import { activeOwnerIds } from './cycle-reader';
import { CycleRecordsRepository } from './cycle-records.repository';
import { CyclesRepository } from './cycles.repository';

const HALF_YEAR_MONTHS = 6;

/**
 * The half-year report a facilitator sends to the funder. It describes the cycles shared with the
 * network only: a facilitators-only cycle is counted, never described (the funder is not a
 * facilitator), and a private one is not there at all.
 */
@Injectable()
export class CycleReportService {
  constructor(
    private readonly cycles: CyclesRepository,
    private readonly records: CycleRecordsRepository,
    private readonly gate: NetworkGate,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async report(user: Me, networkId: string, query: z.output<typeof CycleReportQuery>): Promise<CycleReport> {
    const { network } = await this.gate.requireAccess(user, 'cycles.report', networkId);
    const today = amsterdamDay(this.clock.now());
    const to = query.to ?? today;
    const from = query.from ?? monthsBefore(to, HALF_YEAR_MONTHS);
    if (from > to) throw validationFailed({ from: 'The period ends before it starts' });
    const inPeriod = (await this.cycles.inNetwork(networkId)).filter((c) => amsterdamDay(c.createdAt) <= to && (!c.closedAt || amsterdamDay(c.closedAt) >= from));
    const shared = inPeriod.filter((c) => c.visibility === 'network');
    const ids = shared.map((c) => c.id);
    const [owners, iterations, measurements, logCounts] = await Promise.all([
      this.cycles.owners(ids), this.cycles.iterationsOf(ids), this.records.measurements(ids), this.records.logCounts(ids, from, to),
    ]);
    const names = await this.cycles.names([...owners.values()].flat().map((o) => o.userId));
    const cycles = shared.map((c) => {
      const points = measurements.filter((m) => m.cycleId === c.id && m.date >= from && m.date <= to);
      return {
        id: c.id, title: c.title, learningQuestion: c.learningQuestion, status: c.status, phase: c.phase, changeGoals: c.changeGoals,
        owners: activeOwnerIds(owners.get(c.id)!).map((id) => names.get(id)?.displayName ?? ''),
        iterations: iterations.filter((i) => i.cycleId === c.id && amsterdamDay(i.startedAt) <= to).map((i) => ({ number: i.number, plan: i.plan, reflection: i.reflection })),
        logsInPeriod: logCounts.get(c.id) ?? 0,
        indicators: c.outcomes.flatMap((o) => o.indicators).map((indicator) => {
          const mine = points.filter((m) => m.indicatorId === indicator.id).map((m) => ({ date: m.date, value: m.value, iteration: m.iteration }));
          return { ...indicator, points: mine, latest: mine.at(-1)?.value ?? null };
        }),
        conclusion: c.conclusion ?? null,
      };
    });
    const closedInPeriod = shared.filter((c) => c.closedAt && amsterdamDay(c.closedAt) >= from && amsterdamDay(c.closedAt) <= to).length;
    return {
      networkId, networkName: network.name, from, to, generatedAt: this.clock.now().toISOString(),
      totals: {
        cycles: cycles.length, running: shared.filter((c) => c.status === 'running').length, closed: closedInPeriod,
        logs: cycles.reduce((sum, c) => sum + c.logsInPeriod, 0), participants: new Set(shared.flatMap((c) => activeOwnerIds(owners.get(c.id)!))).size,
      },
      notDescribed: inPeriod.filter((c) => c.visibility === 'facilitators').length,
      cycles,
    };
  }
}
