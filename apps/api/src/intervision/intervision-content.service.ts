import { Inject, Injectable } from '@nestjs/common';
import type { CaseText, ContentAudit, Contribution, Me } from '@broedplaats/contracts';
import { contributionIn, findIdentifyingDetails, mayWriteCase, roleIn } from '@broedplaats/domain';
import { CLOCK, type Clock } from '../core/clock';
import { DATABASE, type Database, type Tx } from '../core/database/database';
import { AppError, forbidden, notFound } from '../core/errors';
import { inTransaction } from '../core/transaction';
import { LiveStepsService } from '../live-steps/live-steps.service';
import { ContentCipher } from './content-cipher';
import { IntervisionGuard, type OpenSession } from './intervision-guard';
import { IntervisionService } from './intervision.service';
import { stepsOf, subjectOf, IntervisionViews } from './intervision-views';
import { IntervisionRepository } from './intervision.repository';

const stage = (message: string) => new AppError('invalid_transition', message);

/**
 * What is written in a session: the case (checked for what identifies people), contributions per
 * phase, the case owner's marks and take-aways, the audit, and erasure. Text is sealed before it
 * reaches the repository; nothing of it goes into events, activity, notifications or logs.
 */
@Injectable()
export class IntervisionContentService {
  constructor(
    @Inject(DATABASE) private readonly database: Database,
    private readonly repo: IntervisionRepository,
    private readonly guard: IntervisionGuard,
    private readonly sessions: IntervisionService,
    private readonly views: IntervisionViews,
    private readonly live: LiveStepsService,
    private readonly cipher: ContentCipher,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async writeCase(user: Me, networkId: string, sessionId: string, text: string): Promise<CaseText> {
    return inTransaction(this.database.db, async (tx, afterCommit) => {
      const open = await this.guard.open(user, networkId, sessionId, 'case', tx);
      if (!mayWriteCase(open.row.status, await this.currentPhase(open, tx))) throw stage('The case is written before the session or in its case phase');
      const now = this.clock.now();
      await this.repo.writeCase(tx, sessionId, this.cipher.seal(text), now);
      this.sessions.changed(afterCommit, open, 'case');
      // The browser checked before saving; the server checks again and says what it found. The owner decides.
      return { text, updatedAt: now.toISOString(), hits: findIdentifyingDetails(text) };
    });
  }

  async eraseCase(user: Me, networkId: string, sessionId: string): Promise<void> {
    await inTransaction(this.database.db, async (tx, afterCommit) => {
      const open = await this.guard.open(user, networkId, sessionId, 'take-aways', tx);
      await this.repo.writeCase(tx, sessionId, null, this.clock.now());
      this.sessions.changed(afterCommit, open, 'case');
    });
  }

  async contribute(user: Me, networkId: string, sessionId: string, text: string): Promise<Contribution> {
    return inTransaction(this.database.db, async (tx, afterCommit) => {
      const open = await this.guard.open(user, networkId, sessionId, 'contribute', tx);
      const phase = await this.currentPhase(open, tx);
      const verdict = contributionIn(phase, roleIn({ userId: user.id, role: open.role }, open.facts)!);
      if (verdict === 'not_running') throw new AppError('live_not_running', 'The session is not running');
      if (verdict === 'not_collecting') throw stage('This phase collects no contributions');
      if (verdict === 'listens_only') throw forbidden('In this phase the case owner listens');
      const row = await this.repo.insertContribution(tx, { sessionId, phaseKey: phase!.key, kind: verdict.kind, authorId: user.id, text: this.cipher.seal(text), createdAt: this.clock.now() });
      this.sessions.changed(afterCommit, open, 'contribution');
      return this.views.contribution(row, text, await this.repo.names([user.id], tx));
    });
  }

  async markAdvice(user: Me, networkId: string, sessionId: string, contributionId: string, takenAway: boolean): Promise<Contribution> {
    return inTransaction(this.database.db, async (tx, afterCommit) => {
      const open = await this.guard.open(user, networkId, sessionId, 'take-aways', tx);
      const row = await this.repo.contribution(tx, sessionId, contributionId, user.id);
      if (!row) throw notFound('Contribution');
      if (row.kind !== 'advice') throw stage('Only advice is taken away');
      await this.repo.markTakenAway(tx, row.id, takenAway);
      this.sessions.changed(afterCommit, open, 'contribution');
      return this.views.contribution({ ...row, takenAway }, this.cipher.open(row.text), await this.repo.names([row.authorId], tx));
    });
  }

  async withdraw(user: Me, networkId: string, sessionId: string, contributionId: string): Promise<void> {
    await inTransaction(this.database.db, async (tx, afterCommit) => {
      const open = await this.guard.open(user, networkId, sessionId, 'content', tx);
      if (open.archived) throw new AppError('network_archived', 'This network is archived');
      const row = await this.repo.contribution(tx, sessionId, contributionId, user.id);
      if (!row) throw notFound('Contribution');
      if (row.authorId !== user.id) throw forbidden('Only its writer withdraws a contribution');
      await this.repo.deleteContribution(tx, row.id);
      this.sessions.changed(afterCommit, open, 'contribution');
    });
  }

  async writeTakeAways(user: Me, networkId: string, sessionId: string, text: string | null): Promise<void> {
    await inTransaction(this.database.db, async (tx, afterCommit) => {
      const open = await this.guard.open(user, networkId, sessionId, 'take-aways', tx);
      await this.repo.writeTakeAways(tx, sessionId, text === null ? null : this.cipher.seal(text));
      this.sessions.changed(afterCommit, open, 'take-aways');
    });
  }

  async audit(user: Me, networkId: string, sessionId: string): Promise<ContentAudit> {
    await this.guard.open(user, networkId, sessionId, 'content');
    const rows = await this.repo.audit(sessionId, user.id);
    const names = await this.repo.names(rows.map((r) => r.userId));
    return rows.map((r) => ({ person: r.userId ? (names.get(r.userId) ?? null) : null, openedAt: r.openedAt.toISOString() }));
  }

  /** Erases what is due (the scheduled job, and tests with their clock); returns how many sessions. */
  async eraseDue(retentionDays: number): Promise<number> {
    const due = await this.repo.dueForErasure(new Date(this.clock.now().getTime() - retentionDays * 86_400_000));
    for (const { id, networkId } of due) {
      await inTransaction(this.database.db, async (tx, afterCommit) => {
        const row = await this.repo.lock(tx, networkId, id);
        if (!row || row.erasedAt) return;
        await this.repo.erase(tx, id, this.clock.now());
        const people = (await this.repo.people([id], tx)).get(id)!;
        this.sessions.changed(afterCommit, { row, people, role: null, archived: false, facts: { people, plannedBy: row.plannedById, status: row.status, archived: false, erased: true } }, 'erased');
      });
    }
    return due.length;
  }

  private async currentPhase(open: OpenSession, tx: Tx) {
    const state = await this.live.state(subjectOf(open.row), stepsOf(open.row.method), tx);
    return state.status === 'running' ? (open.row.method.phases.find((p) => p.stepId === state.currentStepId) ?? null) : null;
  }
}
