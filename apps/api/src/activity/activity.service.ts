import { Inject, Injectable, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import type { ActivityPage, Me, NetworkNews, NetworkRole } from '@broedplaats/contracts';
import { isNewEntry, readablePermissions } from '@broedplaats/domain';
import { CLOCK, type Clock } from '../core/clock';
import { PersonLifecycle } from '../core/person-lifecycle';
import { NetworkGate, type Standing } from '../networks/network-gate';
import { ActivityRepository, type ReadingAs } from './activity.repository';

const readingAs = (user: Me, { network, role, onDuty }: Standing): ReadingAs => ({
  userId: user.id,
  permissions: readablePermissions({ role, isPlatformAdmin: user.isPlatformAdmin, onDuty: onDuty !== null, visibility: network.visibility, archived: network.archivedAt !== null }),
});

/**
 * Reading a network's activity: members only, each entry only for whom may see the thing it is
 * about. An archived network stays readable, and marking it seen is allowed there too: it is the
 * reader's own bookmark, nothing in the network changes.
 */
@Injectable()
export class ActivityService implements OnModuleInit, OnModuleDestroy {
  private stop?: () => void;

  constructor(
    private readonly activities: ActivityRepository,
    private readonly gate: NetworkGate,
    private readonly lifecycle: PersonLifecycle,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    // Someone who left keeps no bookmark in a network they no longer see.
    this.stop = this.lifecycle.whenLeftNetwork(({ tx, networkId, userId }) => this.activities.forgetVisit(tx, networkId, userId));
  }

  onModuleDestroy(): void {
    this.stop?.();
  }

  async list(user: Me, networkId: string, query: { before?: number; limit: number }): Promise<ActivityPage> {
    const reader = readingAs(user, await this.gate.requireAccess(user, 'network.read', networkId));
    // One more than asked tells whether an older page exists.
    const [rows, seenSeq] = await Promise.all([
      this.activities.page(networkId, reader, query.before, query.limit + 1),
      this.activities.seenSeq(networkId, user.id),
    ]);
    const items = rows.slice(0, query.limit).map(({ entry, actorId }) => ({ ...entry, isNew: isNewEntry({ seq: entry.seq, actorId }, { userId: user.id, seenSeq }) }));
    return { items, nextBefore: rows.length > query.limit ? items[items.length - 1].seq : null };
  }

  async markSeen(user: Me, networkId: string): Promise<void> {
    const reader = readingAs(user, await this.gate.requireAccess(user, 'network.read', networkId));
    const newest = await this.activities.newestVisible(networkId, reader);
    await this.activities.markSeen(networkId, user.id, newest, this.clock.now());
  }

  /** For the start page: every network of mine with its count of entries new to me. */
  news(user: Me): Promise<NetworkNews> {
    const as = (role: NetworkRole) => readablePermissions({ role, isPlatformAdmin: user.isPlatformAdmin, onDuty: false, visibility: 'members', archived: false });
    return this.activities.news(user.id, { facilitator: as('facilitator'), member: as('member') });
  }
}
