import { Inject, Injectable } from '@nestjs/common';
import type { LiveMoveBody, LiveState, LiveStep, LiveSubjectKind } from '@broedplaats/contracts';
import { moveSteps } from '@broedplaats/domain';
import { CLOCK, type Clock } from '../core/clock';
import type { Db, Tx } from '../core/database/database';
import { AppError, validationFailed } from '../core/errors';
import { EventBus } from '../core/events';
import type { AfterCommit } from '../core/transaction';
import { LiveStepsRepository, type StoredRun, type Subject } from './live-steps.repository';
import './live-steps.events';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** Finds the network of a subject of one kind (null: no such subject); the owning capability registers it. */
export type SubjectFinder = (subjectId: string) => Promise<string | null>;
/**
 * Who may follow a subject of this kind, when fewer than its network's members (an intervision
 * session: its participants); without one, every member follows.
 */
export type SubjectAudience = (subjectId: string) => Promise<string[]>;

/**
 * The reusable step-through. The owning capability checks access, locks its subject and passes its
 * steps in order; this keeps the position, sets the deadline from the server's clock and tells
 * everyone after commit.
 */
@Injectable()
export class LiveStepsService {
  private readonly finders = new Map<LiveSubjectKind, SubjectFinder>();
  private readonly audiences = new Map<LiveSubjectKind, SubjectAudience>();

  constructor(
    private readonly runs: LiveStepsRepository,
    private readonly events: EventBus,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Lets sockets watch subjects of this kind (presence on its page). */
  registerKind(kind: LiveSubjectKind, finder: SubjectFinder, audience?: SubjectAudience): void {
    this.finders.set(kind, finder);
    if (audience) this.audiences.set(kind, audience);
  }

  /** The people who may follow this subject, or null when that is every member of its network. */
  audienceOf(kind: LiveSubjectKind, subjectId: string): Promise<string[] | null> {
    return this.audiences.get(kind)?.(subjectId) ?? Promise.resolve(null);
  }

  networkOf(kind: LiveSubjectKind, subjectId: string): Promise<string | null> {
    return this.finders.get(kind)?.(subjectId) ?? Promise.resolve(null);
  }

  async state(subject: Subject, steps: LiveStep[], tx?: Db | Tx): Promise<LiveState> {
    return this.view(subject, steps, await this.runs.find(subject, tx));
  }

  running(kind: LiveSubjectKind, ids: string[]): Promise<Set<string>> {
    return this.runs.running(kind, ids);
  }

  async move(tx: Tx, afterCommit: AfterCommit, subject: Subject, steps: LiveStep[], body: LiveMoveBody, actorId: string): Promise<LiveState> {
    const now = this.clock.now();
    const before = await this.runs.find(subject, tx);
    const next = moveSteps(before, steps, body, now);
    if (next === 'not_running') throw new AppError('live_not_running', 'Live mode is not running');
    if (next === 'no_such_step') throw validationFailed({ stepId: 'Not a step of this agenda' });
    const run: StoredRun = {
      ...next,
      startedAt: body.action === 'start' ? now : before.startedAt,
      endedAt: next.status === 'ended' ? now : null,
    };
    await this.runs.save(tx, subject, run, actorId);
    const state = this.view(subject, steps, run);
    afterCommit(async () => {
      const audience = await this.audienceOf(subject.kind, subject.id);
      this.events.publish('steps.moved', { networkId: subject.networkId, state: { ...state, serverNow: this.clock.now().toISOString() }, audience });
    });
    return state;
  }

  private view(subject: Subject, steps: LiveStep[], run: StoredRun): LiveState {
    return {
      subjectKind: subject.kind,
      subjectId: subject.id,
      networkId: subject.networkId,
      status: run.status,
      steps,
      currentStepId: run.currentStepId,
      currentStartedAt: iso(run.currentStartedAt),
      currentEndsAt: iso(run.currentEndsAt),
      startedAt: iso(run.startedAt),
      endedAt: iso(run.endedAt),
      serverNow: this.clock.now().toISOString(),
    };
  }
}
