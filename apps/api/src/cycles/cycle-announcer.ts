import { Injectable } from '@nestjs/common';
import type { ActivityData, CycleChange } from '@broedplaats/contracts';
import { cycleAudience } from '@broedplaats/domain';
import { ActivityLog, type Happened } from '../activity/activity-log';
import type { Db, Tx } from '../core/database/database';
import { EventBus } from '../core/events';
import type { AfterCommit } from '../core/transaction';
import { CyclesRepository, type CycleRow } from './cycles.repository';
import './cycles.events';

type CycleKind = 'cycle.started' | 'cycle.logged' | 'cycle.phaseChanged' | 'cycle.closed' | 'cycle.handedOver';
type Audience = 'everyone' | string[];

/**
 * Tells who may see a cycle what happened to it: live (`cycle.changed`) and in the network's
 * activity list, both narrowed by the cycle's visibility, so a private cycle's news reaches its
 * owners (and coach) only.
 */
@Injectable()
export class CycleAnnouncer {
  constructor(
    private readonly cycles: CyclesRepository,
    private readonly activity: ActivityLog,
    private readonly events: EventBus,
  ) {}

  /** Who may see the cycle now; `leaving` is a person whose membership ends in this transaction. */
  async audience(db: Db | Tx, row: Pick<CycleRow, 'networkId' | 'visibility' | 'coachId'>, ownerIds: string[], leaving?: string): Promise<Audience> {
    if (row.visibility === 'network') return 'everyone';
    const facilitators = (await this.cycles.members(row.networkId, db)).filter((m) => m.role === 'facilitator' && m.userId !== leaving).map((m) => m.userId);
    return cycleAudience({ visibility: row.visibility, ownerIds, coachId: row.coachId }, facilitators);
  }

  async record<K extends CycleKind>(tx: Tx, afterCommit: AfterCommit, entry: { row: CycleRow; audience: Audience; kind: K; actorId: string | null; subjectId?: string; data: ActivityData<K> }): Promise<void> {
    const { row, audience, kind, actorId, data } = entry;
    await this.activity.record(tx, afterCommit, {
      networkId: row.networkId, kind, actorId, subjectId: entry.subjectId ?? row.id, permission: 'cycles.read',
      ...(audience === 'everyone' ? {} : { restrictedTo: audience }),
      data,
    } as Happened<K>);
  }

  /** After commit: the cycle changed, for these people (or several audiences joined, e.g. before and after a visibility change). */
  changed(afterCommit: AfterCommit, row: Pick<CycleRow, 'id' | 'networkId'>, change: CycleChange, ...audiences: Audience[]): void {
    const audience: Audience = audiences.includes('everyone') ? 'everyone' : [...new Set(audiences.flat())];
    afterCommit(() => this.events.publish('cycle.changed', { networkId: row.networkId, cycleId: row.id, change, audience }));
  }
}
