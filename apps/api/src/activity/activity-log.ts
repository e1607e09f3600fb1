import { Inject, Injectable } from '@nestjs/common';
import { activityData, type ActivityData, type ActivityKind } from '@broedplaats/contracts';
import type { NetworkPermission } from '@broedplaats/domain';
import { CLOCK, type Clock } from '../core/clock';
import type { Tx } from '../core/database/database';
import { EventBus } from '../core/events';
import type { AfterCommit } from '../core/transaction';
import { ActivityRepository } from './activity.repository';
import './activity.events';

type DataOf<K extends ActivityKind> = ActivityData<K> extends Record<string, never> ? { data?: ActivityData<K> } : { data: ActivityData<K> };

/**
 * One thing that happened. `permission` is the access rule of the thing it is about (a reader sees
 * the entry exactly when they may see that thing); `restrictedTo`, when set, narrows it to these people.
 */
export type Happened<K extends ActivityKind> = {
  networkId: string;
  kind: K;
  /** Who did it; null for what the system did by itself. */
  actorId: string | null;
  /** What it is about: a person's id for member kinds, else the thing's id. */
  subjectId?: string;
  permission: NetworkPermission;
  restrictedTo?: string[];
} & DataOf<K>;

/**
 * The network's activity list, written by every capability inside its own transaction: the entry
 * stands or falls with the change it describes, and readers hear of it only after commit.
 */
@Injectable()
export class ActivityLog {
  constructor(
    private readonly activities: ActivityRepository,
    private readonly events: EventBus,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async record<K extends ActivityKind>(tx: Tx, afterCommit: AfterCommit, happened: Happened<K>): Promise<number> {
    const { networkId, kind, actorId, subjectId, permission, restrictedTo } = happened;
    // A wrong shape is a bug in the caller: refuse it before it is stored and shown to people.
    const data = activityData[kind].parse(happened.data ?? {}) as Record<string, unknown>;
    const restricted = restrictedTo ? [...new Set(restrictedTo)] : null;
    const { id, seq } = await this.activities.insert(tx, {
      networkId, kind, actorId, subjectId: subjectId ?? null, permission, restrictedTo: restricted, data, at: this.clock.now(),
    });
    afterCommit(async () => {
      const entry = await this.activities.entry(networkId, id);
      if (entry) this.events.publish('activity.recorded', { networkId, entry, permission, restrictedTo: restricted });
    });
    return seq;
  }

  /** Someone joined: what happened before they came is not news to them. */
  async arrived(tx: Tx, networkId: string, userId: string): Promise<void> {
    await this.activities.markSeen(networkId, userId, await this.activities.newest(tx, networkId), this.clock.now(), tx);
  }
}
