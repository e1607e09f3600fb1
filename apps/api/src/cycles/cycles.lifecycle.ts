import { Inject, Injectable, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { CLOCK, type Clock } from '../core/clock';
import { PersonLifecycle } from '../core/person-lifecycle';
import { CycleAnnouncer } from './cycle-announcer';
import { activeOwnerIds } from './cycle-reader';
import { CyclesRepository } from './cycles.repository';

/**
 * When an owner leaves a network, their cycles stay with the other owners; when none is left, the
 * network's facilitators take a shared or facilitators-only cycle over (noting who left). A private
 * cycle is not handed to anyone: it was its owners' alone, and stays readable by them under their
 * own data. A coach who leaves stops coaching. The leaver keeps their cycles read-only (`/api/me/cycles`).
 */
@Injectable()
export class CyclesLifecycle implements OnModuleInit, OnModuleDestroy {
  private stop?: () => void;

  constructor(
    private readonly lifecycle: PersonLifecycle,
    private readonly cycles: CyclesRepository,
    private readonly announcer: CycleAnnouncer,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.stop = this.lifecycle.whenLeftNetwork(async ({ tx, afterCommit, networkId, userId, byUserId }) => {
      const now = this.clock.now();
      for (const row of await this.cycles.inNetwork(networkId, tx)) {
        if (row.coachId === userId) await this.cycles.update(tx, row.id, { coachId: null });
      }
      for (const row of await this.cycles.ownedIn(tx, networkId, userId)) {
        const before = activeOwnerIds((await this.cycles.owners([row.id], tx)).get(row.id)!);
        const heard = await this.announcer.audience(tx, row, before, userId);
        let rest = before.filter((id) => id !== userId);
        const handOver = rest.length === 0 && row.visibility !== 'private' && row.status === 'running';
        if (handOver) rest = (await this.cycles.members(networkId, tx)).filter((m) => m.role === 'facilitator' && m.userId !== userId).map((m) => m.userId);
        await this.cycles.setOwners(tx, row.id, rest, now);
        await this.cycles.update(tx, row.id, { updatedAt: now, ...(handOver ? { handedOverFromId: userId, handedOverAt: now } : {}) });
        const audience = await this.announcer.audience(tx, { ...row, coachId: row.coachId === userId ? null : row.coachId }, rest, userId);
        if (handOver) await this.announcer.record(tx, afterCommit, { row, audience, kind: 'cycle.handedOver', actorId: byUserId, subjectId: userId, data: { title: row.title } });
        this.announcer.changed(afterCommit, row, 'owners', heard === 'everyone' ? heard : heard.filter((id) => id !== userId), audience);
      }
    });
  }

  onModuleDestroy(): void {
    this.stop?.();
  }
}
