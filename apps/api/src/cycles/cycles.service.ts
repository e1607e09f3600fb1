import { Inject, Injectable } from '@nestjs/common';
import type { ChangePhaseBody, CloseCycleBody, CloseCycleResult, CycleDetail, IterationBody, Me, StartCycleBody, UpdateCycleBody } from '@broedplaats/contracts';
import { judgePhaseChange, mayClose } from '@broedplaats/domain';
import type { z } from 'zod';
import { CLOCK, type Clock } from '../core/clock';
import { DATABASE, type Database, type Tx } from '../core/database/database';
import { AppError, notFound, validationFailed } from '../core/errors';
import { inTransaction, type AfterCommit } from '../core/transaction';
import { NetworkGate } from '../networks/network-gate';
import { CycleAnnouncer } from './cycle-announcer';
import { CycleGuard } from './cycle-guard';
import { actionsFrom, outcomesFrom } from './cycle-parts';
import { activeOwnerIds, CycleReaderService } from './cycle-reader';
import { CycleRecordsRepository } from './cycle-records.repository';
import { CyclesRepository, type CycleRow } from './cycles.repository';

type Out<T extends z.ZodType> = z.output<T>;
const transition = () => new AppError('invalid_transition', 'A cycle cannot go from this phase to that one');

/** Starting a cycle, editing its parts, moving it through its phases and iterations, closing it. */
@Injectable()
export class CyclesService {
  constructor(
    @Inject(DATABASE) private readonly database: Database,
    private readonly cycles: CyclesRepository,
    private readonly records: CycleRecordsRepository,
    private readonly guard: CycleGuard,
    private readonly gate: NetworkGate,
    private readonly reader: CycleReaderService,
    private readonly announcer: CycleAnnouncer,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async detail(user: Me, networkId: string, cycleId: string): Promise<CycleDetail> {
    const { row, role, archived } = await this.guard.open(user, networkId, cycleId, 'read');
    return this.reader.detail(row, { userId: user.id, role }, archived);
  }

  async start(user: Me, networkId: string, body: Out<typeof StartCycleBody>): Promise<CycleDetail> {
    const { role } = await this.gate.requireAccess(user, 'cycles.write', networkId);
    const id = await inTransaction(this.database.db, async (tx, afterCommit) => {
      const ownerIds = [user.id, ...body.coOwnerIds.filter((id) => id !== user.id)];
      await this.checkPeople(tx, networkId, { owners: ownerIds, ownersField: (i) => `coOwnerIds.${i - 1}`, coachId: body.coachId, questionId: body.questionId });
      const row = await this.create(tx, afterCommit, user.id, networkId, {
        title: body.title, learningQuestion: body.learningQuestion, questionId: body.questionId, visibility: body.visibility, coachId: body.coachId,
        bottlenecks: body.bottlenecks, changeGoals: body.changeGoals, outcomes: outcomesFrom(body.outcomes, [], new Set()), actions: actionsFrom(body.actions, []),
      }, ownerIds);
      return row.id;
    });
    return this.reader.detail((await this.cycles.find(networkId, id))!, { userId: user.id, role }, false);
  }

  async update(user: Me, networkId: string, cycleId: string, body: Out<typeof UpdateCycleBody>): Promise<CycleDetail> {
    return this.change(user, networkId, cycleId, async (tx, afterCommit, row, ownerIds) => {
      const owners = body.ownerIds ?? ownerIds;
      await this.checkPeople(tx, networkId, { owners, ownersField: (i) => `ownerIds.${i}`, coachId: body.coachId ?? null, questionId: body.questionId ?? null });
      const measured = new Set((await this.records.measurements([row.id], null, tx)).map((m) => m.indicatorId));
      const { ownerIds: _owners, outcomes, actions, ...fields } = body;
      const changed: Partial<CycleRow> = {
        ...fields,
        ...(outcomes ? { outcomes: outcomesFrom(outcomes, row.outcomes, measured) } : {}),
        ...(actions ? { actions: actionsFrom(actions, row.actions) } : {}),
        updatedAt: this.clock.now(),
      };
      const before = await this.announcer.audience(tx, row, ownerIds);
      await this.cycles.update(tx, row.id, changed);
      if (body.ownerIds) await this.cycles.setOwners(tx, row.id, owners, this.clock.now());
      const after = await this.announcer.audience(tx, { ...row, ...changed }, owners);
      this.announcer.changed(afterCommit, row, body.ownerIds ? 'owners' : 'updated', before, after);
    });
  }

  async changePhase(user: Me, networkId: string, cycleId: string, body: Out<typeof ChangePhaseBody>): Promise<CycleDetail> {
    return this.change(user, networkId, cycleId, async (tx, afterCommit, row, ownerIds) => {
      const current = await this.cycles.currentIteration(tx, row.id, row.iteration);
      const verdict = judgePhaseChange({ status: row.status, from: body.from, to: body.to, reflection: current.reflection });
      if (verdict === 'invalid_transition') throw transition();
      // Locked: whoever comes second sees the first one's phase and is told so.
      if (row.phase !== body.from) throw new AppError('status_changed', 'Someone moved this cycle to another phase meanwhile');
      if (verdict === 'reflection_required') throw validationFailed({ to: 'Write the reflection of this iteration first: the next one starts from it' });
      const now = this.clock.now();
      let iteration = row.iteration;
      if (verdict === 'next_iteration') {
        iteration += 1;
        await this.cycles.updateIteration(tx, current.id, { endedAt: now });
        await this.cycles.insertIteration(tx, { cycleId: row.id, number: iteration, startedAt: now });
      }
      await this.cycles.update(tx, row.id, { phase: body.to, iteration, updatedAt: now });
      const audience = await this.announcer.audience(tx, row, ownerIds);
      await this.announcer.record(tx, afterCommit, { row, audience, kind: 'cycle.phaseChanged', actorId: user.id, data: { title: row.title, from: body.from, to: body.to, iteration } });
      this.announcer.changed(afterCommit, row, 'phase', audience);
    });
  }

  async updateIteration(user: Me, networkId: string, cycleId: string, iterationId: string, body: Out<typeof IterationBody>): Promise<CycleDetail> {
    return this.change(user, networkId, cycleId, async (tx, afterCommit, row, ownerIds) => {
      const iteration = await this.cycles.iteration(tx, row.id, iterationId);
      if (!iteration) throw notFound('Iteration');
      await this.cycles.updateIteration(tx, iteration.id, body);
      await this.cycles.update(tx, row.id, { updatedAt: this.clock.now() });
      this.announcer.changed(afterCommit, row, 'iteration', await this.announcer.audience(tx, row, ownerIds));
    });
  }

  async close(user: Me, networkId: string, cycleId: string, body: Out<typeof CloseCycleBody>): Promise<CloseCycleResult> {
    let followUpId: string | null = null;
    const cycle = await this.change(user, networkId, cycleId, async (tx, afterCommit, row, ownerIds) => {
      if (!mayClose(row.status)) throw transition();
      const now = this.clock.now();
      const current = await this.cycles.currentIteration(tx, row.id, row.iteration);
      await this.cycles.updateIteration(tx, current.id, { endedAt: now });
      if (body.followUp) followUpId = (await this.followUp(tx, afterCommit, user.id, row, ownerIds, body.followUp.title)).id;
      await this.cycles.update(tx, row.id, { status: 'closed', closedAt: now, conclusion: body.conclusion, followUpId, updatedAt: now });
      const audience = await this.announcer.audience(tx, row, ownerIds);
      await this.announcer.record(tx, afterCommit, { row, audience, kind: 'cycle.closed', actorId: user.id, data: { title: row.title, followUp: followUpId !== null } });
      this.announcer.changed(afterCommit, row, 'closed', audience);
    });
    const followUp = followUpId ? await this.detail(user, networkId, followUpId) : null;
    return { cycle, followUp };
  }

  /** A new cycle with the same owners, question and indicators; each indicator's baseline is its last measured value. */
  private async followUp(tx: Tx, afterCommit: AfterCommit, userId: string, row: CycleRow, ownerIds: string[], title: string): Promise<CycleRow> {
    const measurements = await this.records.measurements([row.id], null, tx);
    const last = new Map(measurements.map((m) => [m.indicatorId, m.value]));
    const outcomes = row.outcomes.map((o) => ({ ...o, indicators: o.indicators.map((i) => ({ ...i, baseline: last.get(i.id) ?? i.baseline })) }));
    return this.create(tx, afterCommit, userId, row.networkId, {
      title, learningQuestion: row.learningQuestion, questionId: row.questionId, visibility: row.visibility, coachId: row.coachId,
      bottlenecks: row.bottlenecks, changeGoals: row.changeGoals, outcomes, actions: [], followUpOf: row.id,
    }, ownerIds);
  }

  private async create(tx: Tx, afterCommit: AfterCommit, userId: string, networkId: string, parts: Omit<CycleRow, 'id' | 'networkId' | 'status' | 'phase' | 'iteration' | 'conclusion' | 'followUpId' | 'followUpOf' | 'handedOverFromId' | 'handedOverAt' | 'lastLogDate' | 'logCount' | 'createdById' | 'createdAt' | 'updatedAt' | 'closedAt'> & { followUpOf?: string }, ownerIds: string[]): Promise<CycleRow> {
    const now = this.clock.now();
    const id = await this.cycles.insert(tx, { ...parts, networkId, createdById: userId, createdAt: now, updatedAt: now });
    await this.cycles.setOwners(tx, id, ownerIds, now);
    await this.cycles.insertIteration(tx, { cycleId: id, number: 1, startedAt: now });
    const row = (await this.cycles.find(networkId, id, tx))!;
    const audience = await this.announcer.audience(tx, row, ownerIds);
    await this.announcer.record(tx, afterCommit, { row, audience, kind: 'cycle.started', actorId: userId, data: { title: row.title } });
    this.announcer.changed(afterCommit, row, 'started', audience);
    return row;
  }

  /** An owner's change, in one transaction with the cycle locked; answers the cycle as it is after. */
  private async change(user: Me, networkId: string, cycleId: string, work: (tx: Tx, afterCommit: AfterCommit, row: CycleRow, ownerIds: string[]) => Promise<void>): Promise<CycleDetail> {
    const role = await inTransaction(this.database.db, async (tx, afterCommit) => {
      const open = await this.guard.open(user, networkId, cycleId, 'edit', tx);
      await work(tx, afterCommit, open.row, activeOwnerIds(open.owners));
      return open.role;
    });
    return this.reader.detail((await this.cycles.find(networkId, cycleId))!, { userId: user.id, role }, false);
  }

  /** Owners are members; a coach is a facilitator of the network; a linked question is on its agenda. */
  private async checkPeople(tx: Tx, networkId: string, p: { owners: string[]; ownersField: (i: number) => string; coachId: string | null; questionId: string | null }): Promise<void> {
    const roles = await this.cycles.rolesAmong(networkId, [...p.owners, ...(p.coachId ? [p.coachId] : [])], tx);
    const fields: Record<string, string> = {};
    p.owners.forEach((id, i) => {
      if (!roles.has(id)) fields[p.ownersField(i)] = 'Not a member of this network';
    });
    if (p.coachId && roles.get(p.coachId) !== 'facilitator') fields.coachId = 'Not a facilitator of this network';
    if (p.questionId && !(await this.cycles.questionIn(networkId, p.questionId, tx))) fields.questionId = 'Not a question of this network';
    if (Object.keys(fields).length) throw validationFailed(fields);
  }
}
