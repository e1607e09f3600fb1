import { randomUUID } from 'node:crypto';
import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import type { IntervisionChange, IntervisionSessionDetail, IntervisionSessionSummary, LiveMoveBody, LiveState, Me, PlanSessionBody, UpdateSessionBody } from '@broedplaats/contracts';
import { sessionAudience } from '@broedplaats/domain';
import type { z } from 'zod';
import { CLOCK, type Clock } from '../core/clock';
import { DATABASE, type Database, type Tx } from '../core/database/database';
import { AppError, validationFailed } from '../core/errors';
import { EventBus } from '../core/events';
import { inTransaction, type AfterCommit } from '../core/transaction';
import { LiveStepsService } from '../live-steps/live-steps.service';
import { NetworkGate } from '../networks/network-gate';
import { ContentCipher } from './content-cipher';
import { IntervisionGuard, type OpenSession } from './intervision-guard';
import { IntervisionMethodsService } from './intervision-methods.service';
import { stepsOf, subjectOf, IntervisionViews } from './intervision-views';
import { IntervisionRepository, type PersonRow } from './intervision.repository';
import type { SessionMethod } from './intervision.tables';
import './intervision.events';

type Out<T extends z.ZodType> = z.output<T>;

/** Planning sessions, arranging them until they start, reading one, and the lead's live moves. */
@Injectable()
export class IntervisionService implements OnModuleInit {
  constructor(
    @Inject(DATABASE) private readonly database: Database,
    private readonly sessions: IntervisionRepository,
    private readonly guard: IntervisionGuard,
    private readonly gate: NetworkGate,
    private readonly methods: IntervisionMethodsService,
    private readonly views: IntervisionViews,
    private readonly live: LiveStepsService,
    private readonly cipher: ContentCipher,
    private readonly events: EventBus,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    // Phases step through like a meeting's agenda, but only the session's people follow and count as present.
    this.live.registerKind('intervision', (id) => this.sessions.networkOf(id), async (id) => {
      const networkId = await this.sessions.networkOf(id);
      const row = networkId ? await this.sessions.find(networkId, id) : null;
      return row ? sessionAudience({ people: (await this.sessions.people([id])).get(id)!, plannedBy: row.plannedById }) : [];
    });
  }

  async list(user: Me, networkId: string): Promise<IntervisionSessionSummary[]> {
    await this.gate.requireAccess(user, 'intervision.read', networkId);
    return this.views.summaries(await this.sessions.visibleTo(networkId, user.id), user.id);
  }

  async mine(user: Me): Promise<IntervisionSessionSummary[]> {
    return this.views.summaries(await this.sessions.mine(user.id), user.id);
  }

  async plan(user: Me, networkId: string, body: Out<typeof PlanSessionBody>): Promise<IntervisionSessionSummary> {
    await this.gate.requireAccess(user, 'intervision.plan', networkId);
    const id = await inTransaction(this.database.db, async (tx, afterCommit) => {
      await this.checkPeople(tx, networkId, body.people);
      const method = await this.methodFor(tx, networkId, body.methodId);
      const people = body.people as PersonRow[];
      const sessionId = await this.sessions.insertSession(tx, {
        networkId, title: body.title, startsAt: new Date(body.startsAt), methodId: body.methodId, method, plannedById: user.id, createdAt: this.clock.now(),
      }, people);
      const audience = sessionAudience({ people, plannedBy: user.id });
      afterCommit(() => {
        this.events.publish('intervision.changed', { networkId, sessionId, change: 'planned', audience });
        this.events.publish('intervision.invited', { networkId, sessionId, title: body.title, startsAt: body.startsAt, actorId: user.id, recipientIds: people.map((p) => p.userId).filter((u) => u !== user.id) });
      });
      return sessionId;
    });
    return (await this.views.summaries([(await this.sessions.find(networkId, id))!], user.id))[0]!;
  }

  async update(user: Me, networkId: string, sessionId: string, body: Out<typeof UpdateSessionBody>): Promise<IntervisionSessionSummary> {
    await inTransaction(this.database.db, async (tx, afterCommit) => {
      const open = await this.guard.open(user, networkId, sessionId, 'arrange', tx);
      if (body.people) await this.checkPeople(tx, networkId, body.people);
      const method = body.methodId ? await this.methodFor(tx, networkId, body.methodId) : undefined;
      await this.sessions.updateSession(tx, sessionId, {
        ...(body.title ? { title: body.title } : {}), ...(body.startsAt ? { startsAt: new Date(body.startsAt) } : {}), ...(method ? { method, methodId: body.methodId! } : {}),
      });
      const people = (body.people as PersonRow[] | undefined) ?? open.people;
      if (body.people) await this.sessions.setPeople(tx, sessionId, people);
      const before = sessionAudience(open.facts);
      const after = sessionAudience({ people, plannedBy: open.row.plannedById });
      const added = after.filter((u) => !before.includes(u) && u !== user.id);
      afterCommit(() => {
        this.events.publish('intervision.changed', { networkId, sessionId, change: 'updated', audience: [...new Set([...before, ...after])] });
        if (added.length) this.events.publish('intervision.invited', { networkId, sessionId, title: body.title ?? open.row.title, startsAt: (body.startsAt ? new Date(body.startsAt) : open.row.startsAt).toISOString(), actorId: user.id, recipientIds: added });
      });
    });
    return (await this.views.summaries([(await this.sessions.find(networkId, sessionId))!], user.id))[0]!;
  }

  async cancel(user: Me, networkId: string, sessionId: string): Promise<void> {
    await inTransaction(this.database.db, async (tx, afterCommit) => {
      const open = await this.guard.open(user, networkId, sessionId, 'arrange', tx);
      await this.sessions.deleteSession(tx, sessionId);
      afterCommit(() => this.events.publish('intervision.changed', { networkId, sessionId, change: 'cancelled', audience: sessionAudience(open.facts) }));
    });
  }

  async detail(user: Me, networkId: string, sessionId: string): Promise<IntervisionSessionDetail> {
    const open = await this.guard.open(user, networkId, sessionId, 'content');
    await this.sessions.recordOpening(sessionId, user.id, this.clock.now());
    return this.detailOf(open, user.id);
  }

  async move(user: Me, networkId: string, sessionId: string, body: LiveMoveBody): Promise<LiveState> {
    return inTransaction(this.database.db, async (tx, afterCommit) => {
      const open = await this.guard.open(user, networkId, sessionId, 'lead', tx);
      if (open.row.status === 'ended') throw new AppError('invalid_transition', 'This session has ended');
      if (body.action === 'start' && open.row.status !== 'planned') throw new AppError('invalid_transition', 'This session has started already');
      const state = await this.live.move(tx, afterCommit, subjectOf(open.row), stepsOf(open.row.method), body, user.id);
      const status = state.status === 'running' ? 'running' : 'ended';
      if (status !== open.row.status) await this.sessions.updateSession(tx, sessionId, { status, ...(status === 'ended' ? { endedAt: this.clock.now() } : {}) });
      this.changed(afterCommit, open, 'updated');
      return state;
    });
  }

  changed(afterCommit: AfterCommit, open: OpenSession, change: IntervisionChange): void {
    afterCommit(() => this.events.publish('intervision.changed', { networkId: open.row.networkId, sessionId: open.row.id, change, audience: sessionAudience(open.facts) }));
  }

  async detailOf(open: OpenSession, readerId: string, tx?: Tx): Promise<IntervisionSessionDetail> {
    const { row, people } = open;
    const names = await this.sessions.names([...people.map((p) => p.userId), row.plannedById], tx);
    const summary = this.views.summary(row, people, readerId, names);
    const live = await this.live.state(subjectOf(row), stepsOf(row.method), tx);
    const content = await this.sessions.content(row.id, readerId, tx);
    const contributions = await this.sessions.contributions(row.id, readerId, tx);
    const authors = await this.sessions.names(contributions.map((c) => c.authorId), tx);
    const isOwner = summary.myRole === 'case-owner';
    const current = row.method.phases.find((p) => p.stepId === live.currentStepId) ?? null;
    return {
      ...summary,
      phases: row.method.phases.map(({ stepId: _stepId, ...phase }) => phase),
      live,
      currentPhaseKey: live.status === 'running' ? (current?.key ?? null) : null,
      case: content?.caseText ? { text: this.cipher.open(content.caseText), updatedAt: content.caseUpdatedAt!.toISOString(), hits: [] } : null,
      contributions: contributions.map((c) => this.views.contribution(c, this.cipher.open(c.text), authors)),
      // After erasure the take-aways are the case owner's alone.
      takeAways: content?.takeAways && (isOwner || !row.erasedAt) ? this.cipher.open(content.takeAways) : null,
    };
  }

  private async methodFor(tx: Tx, networkId: string, methodId: string): Promise<SessionMethod> {
    const method = await this.methods.template(networkId, methodId, tx);
    if (!method) throw validationFailed({ methodId: 'Not a method of this network' });
    return { name: method.name, phases: method.phases.map((p) => ({ ...p, stepId: randomUUID() })) };
  }

  /** Everyone in a session is a member of its network now. */
  private async checkPeople(tx: Tx, networkId: string, people: Array<{ userId: string }>): Promise<void> {
    const roles = await this.sessions.rolesAmong(networkId, people.map((p) => p.userId), tx);
    const fields: Record<string, string> = {};
    people.forEach((p, i) => {
      if (!roles.has(p.userId)) fields[`people.${i}.userId`] = 'Not a member of this network';
    });
    if (Object.keys(fields).length) throw validationFailed(fields);
  }
}
