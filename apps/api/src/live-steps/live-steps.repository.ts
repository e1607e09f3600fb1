import { Inject, Injectable } from '@nestjs/common';
import { and, eq, inArray } from 'drizzle-orm';
import type { LiveSubjectKind } from '@broedplaats/contracts';
import type { StepRun } from '@broedplaats/domain';
import { DATABASE, type Database, type Db, type Tx } from '../core/database/database';
import { liveStepRuns } from './live-steps.tables';

export type Subject = { kind: LiveSubjectKind; id: string; networkId: string };
export type StoredRun = StepRun & { startedAt: Date | null; endedAt: Date | null };

const idle: StoredRun = { status: 'idle', currentStepId: null, currentStartedAt: null, currentEndsAt: null, startedAt: null, endedAt: null };

@Injectable()
export class LiveStepsRepository {
  private readonly db: Db;
  constructor(@Inject(DATABASE) database: Database) {
    this.db = database.db;
  }

  async find(subject: Subject, tx: Db | Tx = this.db): Promise<StoredRun> {
    const [row] = await tx
      .select()
      .from(liveStepRuns)
      .where(and(eq(liveStepRuns.subjectKind, subject.kind), eq(liveStepRuns.subjectId, subject.id), eq(liveStepRuns.networkId, subject.networkId)))
      .limit(1);
    return row ? { status: row.status, currentStepId: row.currentStepId, currentStartedAt: row.currentStartedAt, currentEndsAt: row.currentEndsAt, startedAt: row.startedAt, endedAt: row.endedAt } : idle;
  }

  /** Which of these subjects run live now (for lists). */
  async running(kind: LiveSubjectKind, ids: string[]): Promise<Set<string>> {
    if (!ids.length) return new Set();
    const rows = await this.db
      .select({ id: liveStepRuns.subjectId })
      .from(liveStepRuns)
      .where(and(eq(liveStepRuns.subjectKind, kind), inArray(liveStepRuns.subjectId, ids), eq(liveStepRuns.status, 'running')));
    return new Set(rows.map((r) => r.id));
  }

  async save(tx: Tx, subject: Subject, run: StoredRun, startedBy: string): Promise<void> {
    const values = {
      status: run.status === 'idle' ? ('ended' as const) : run.status,
      currentStepId: run.currentStepId,
      currentStartedAt: run.currentStartedAt,
      currentEndsAt: run.currentEndsAt,
      startedAt: run.startedAt ?? run.currentStartedAt ?? new Date(),
      endedAt: run.endedAt,
    };
    await tx
      .insert(liveStepRuns)
      .values({ subjectKind: subject.kind, subjectId: subject.id, networkId: subject.networkId, startedBy, ...values })
      .onConflictDoUpdate({ target: [liveStepRuns.subjectKind, liveStepRuns.subjectId], set: values });
  }
}
