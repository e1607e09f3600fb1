import { randomUUID } from 'node:crypto';
import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import type { IntendedOutcome } from '@broedplaats/contracts';
import { amsterdamDay } from '@broedplaats/domain';
import { CLOCK, type Clock } from '../core/clock';
import type { Tx } from '../core/database/database';
import { DemoSeeds, type DemoContext, type DemoHappening } from '../core/demo-seeds';
import { CycleRecordsRepository } from './cycle-records.repository';
import { CyclesRepository } from './cycles.repository';
import { demoCycles, type DemoCycle } from './cycles.demo-data';

const DAY = 24 * 3600 * 1000;

/**
 * The demo networks' action-learning cycles (`cycles.demo-data.ts`): Pieter and Bea's signal card in
 * Almere with weeks of logs and measurements, Bas's private cycle and a closed cycle with its follow-up
 * in Utrecht, and a stale one in Limburg. Their activity goes into `happened`, restricted like live.
 */
@Injectable()
export class CyclesDemo implements OnModuleInit {
  constructor(
    private readonly seeds: DemoSeeds,
    private readonly cycles: CyclesRepository,
    private readonly records: CycleRecordsRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.seeds.add({ name: 'cycles', order: 130, run: (context) => this.run(context) });
  }

  private async run(context: DemoContext): Promise<void> {
    for (const cycle of demoCycles) {
      const networkId = context.networks.get(cycle.network);
      if (networkId) await this.cycle(context, networkId, cycle);
    }
  }

  private async cycle({ tx, people, happened }: DemoContext, networkId: string, c: DemoCycle): Promise<void> {
    const now = this.clock.now().getTime();
    const ago = (days: number, hour = 10) => new Date(now - days * DAY + (hour - 12) * 3600_000);
    const person = (email: string) => {
      const id = people.get(email);
      if (!id) throw new Error(`Demo cycle names an unknown person: ${email}`);
      return id;
    };
    const ownerIds = c.owners.map(person);
    const indicatorIds = new Map(c.indicators.map((i) => [i.key, randomUUID()]));
    const outcomes: IntendedOutcome[] = [{ id: randomUUID(), text: c.outcome, indicators: c.indicators.map(({ key, ...i }) => ({ id: indicatorIds.get(key)!, ...i })) }];
    const actions = c.actions.map((a) => ({ id: randomUUID(), what: a.what, who: a.who, when: a.inDays === null ? null : amsterdamDay(ago(-a.inDays)), done: a.done }));
    const started = ago(c.startedDaysAgo, 9);
    const last = c.logs.reduce((min, l) => Math.min(min, l.daysAgo), Infinity);
    const id = await this.cycles.insert(tx, {
      networkId, title: c.title, learningQuestion: c.learningQuestion, visibility: c.visibility, phase: c.phase, iteration: c.iterations.length,
      coachId: c.coach ? person(c.coach) : null, bottlenecks: c.bottlenecks, changeGoals: c.changeGoals, outcomes, actions,
      lastLogDate: c.logs.length ? amsterdamDay(ago(last)) : null, logCount: c.logs.length, createdById: ownerIds[0], createdAt: started, updatedAt: ago(Math.min(last, c.startedDaysAgo)),
      ...(c.closed ? { status: 'closed' as const, closedAt: ago(c.closed.daysAgo, 15), conclusion: c.closed.conclusion } : {}),
    });
    await this.cycles.setOwners(tx, id, ownerIds, started);
    for (const [n, it] of c.iterations.entries()) {
      const next = c.iterations[n + 1];
      await this.cycles.insertIteration(tx, { cycleId: id, number: n + 1, plan: it.plan, done: it.done, observed: it.observed, reflection: it.reflection, startedAt: ago(it.daysAgo, 9), endedAt: next ? ago(next.daysAgo, 9) : c.closed ? ago(c.closed.daysAgo, 15) : null });
    }
    const iterationAt = (daysAgo: number) => c.iterations.filter((it) => it.daysAgo >= daysAgo).length;
    for (const [n, log] of c.logs.entries()) {
      const at = ago(log.daysAgo, 17);
      const row = (await this.records.insertLog(tx, {
        cycleId: id, clientId: randomUUID(), authorId: person(log.by), iteration: iterationAt(log.daysAgo), phase: n === c.logs.length - 1 ? c.phase : 'act', date: amsterdamDay(at),
        did: log.did, happened: log.happened, learned: log.learned, next: log.next, mood: log.mood, createdAt: at,
      }))!;
      await this.records.insertMeasurements(tx, Object.entries(log.values ?? {}).map(([key, value]) => ({
        cycleId: id, indicatorId: indicatorIds.get(key)!, value, date: amsterdamDay(at), logId: row.id, iteration: iterationAt(log.daysAgo), byId: person(log.by), createdAt: at,
      })));
    }
    for (const comment of c.comments ?? []) await this.records.insertComment(tx, { cycleId: id, authorId: person(comment.by), text: comment.text, createdAt: ago(comment.daysAgo, 11) });
    // Private: its owners (and coach) only; the demo has no facilitators-only cycle.
    const restrictedTo = c.visibility === 'network' ? undefined : [...ownerIds, ...(c.coach ? [person(c.coach)] : [])];
    const told = (kind: DemoHappening['kind'], actorId: string, at: Date, data: object): DemoHappening => ({ networkId, kind, actorId, subjectId: id, permission: 'cycles.read', data, at, restrictedTo } as DemoHappening);
    happened.push(told('cycle.started', ownerIds[0], started, { title: c.title }));
    for (const log of c.logs.filter((l) => l.daysAgo <= 30)) happened.push(told('cycle.logged', person(log.by), ago(log.daysAgo, 17), { title: c.title }));
    if (c.closed) {
      happened.push(told('cycle.closed', ownerIds[0], ago(c.closed.daysAgo, 15), { title: c.title, followUp: true }));
      await this.followUp(tx, networkId, id, c, ownerIds, outcomes, ago(c.closed.daysAgo, 15), happened);
    }
  }

  /** The closed cycle's follow-up: same owners, question and indicators, baselines from the last values. */
  private async followUp(tx: Tx, networkId: string, fromId: string, c: DemoCycle, ownerIds: string[], outcomes: IntendedOutcome[], at: Date, happened: DemoHappening[]): Promise<void> {
    const measured = await this.records.measurements([fromId], null, tx);
    const lastValue = new Map(measured.map((m) => [m.indicatorId, m.value]));
    const carried = outcomes.map((o) => ({ ...o, indicators: o.indicators.map((i) => ({ ...i, baseline: lastValue.get(i.id) ?? i.baseline })) }));
    const title = c.closed!.followUp;
    const id = await this.cycles.insert(tx, {
      networkId, title, learningQuestion: c.learningQuestion, visibility: c.visibility, coachId: null, bottlenecks: c.bottlenecks, changeGoals: c.changeGoals,
      outcomes: carried, actions: [], followUpOf: fromId, createdById: ownerIds[0], createdAt: at, updatedAt: at,
    });
    await this.cycles.setOwners(tx, id, ownerIds, at);
    await this.cycles.insertIteration(tx, { cycleId: id, number: 1, startedAt: at });
    await this.cycles.update(tx, fromId, { followUpId: id });
    happened.push({ networkId, kind: 'cycle.started', actorId: ownerIds[0], subjectId: id, permission: 'cycles.read', data: { title }, at });
  }
}
