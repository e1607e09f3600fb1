import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { CLOCK, type Clock } from '../core/clock';
import { DemoSeeds } from '../core/demo-seeds';
import { AdminRepository } from './admin.repository';
import { DUTY_SHIFT_MS } from './duty.service';
import { DutyRepository } from './duty.repository';
import { InstanceRepository } from './instance.repository';

const DAY_MS = 24 * 3600_000;
const HOUR_MS = 3600_000;

/**
 * The demo admin (admin@broedplaats.nl) finds a living admin area: the front door's own text, and an
 * audit log with a past block and unblock of a demo person and a past facilitator-on-duty shift.
 */
@Injectable()
export class AdminDemo implements OnModuleInit {
  constructor(
    private readonly seeds: DemoSeeds,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly admin: AdminRepository,
    private readonly shifts: DutyRepository,
    private readonly instance: InstanceRepository,
  ) {}

  onModuleInit(): void {
    this.seeds.add({
      name: 'admin',
      order: 200,
      run: async ({ tx, people, networks }) => {
        const actorId = people.get('admin@broedplaats.nl')!;
        const studentId = people.get('student@broedplaats.nl')!;
        const limburg = networks.get('samen-tegen-eenzaamheid-limburg')!;
        const now = this.clock.now().getTime();
        const ago = (ms: number) => new Date(now - ms);

        // The name set, the welcome left to the front door's own text (in each visitor's language).
        await this.instance.save(tx, {
          name: 'Broedplaats',
          welcome: '',
          updatedBy: actorId,
          updatedAt: ago(20 * DAY_MS),
        });
        await this.admin.audit(tx, { actorId, action: 'instance.settings_changed', at: ago(20 * DAY_MS) });

        // Sem's account was used by someone else for a day; blocked, then let in again with a new password.
        await this.admin.audit(tx, { actorId, action: 'user.deactivated', targetUserId: studentId, at: ago(12 * DAY_MS) });
        await this.admin.audit(tx, { actorId, action: 'user.reactivated', targetUserId: studentId, at: ago(11 * DAY_MS) });

        const startedAt = ago(5 * DAY_MS);
        const endedAt = new Date(startedAt.getTime() + HOUR_MS);
        await this.shifts.start(tx, { networkId: limburg, adminId: actorId, startedAt, endsAt: new Date(startedAt.getTime() + DUTY_SHIFT_MS) });
        await this.shifts.end(tx, limburg, actorId, endedAt);
        const reason = 'De procesbegeleider is met verlof; een lid vroeg om een andere rol voor een nieuwe collega.';
        await this.admin.audit(tx, { actorId, action: 'network.duty_started', targetNetworkId: limburg, reason, at: startedAt });
        await this.admin.audit(tx, { actorId, action: 'network.duty_ended', targetNetworkId: limburg, at: endedAt });
      },
    });
  }
}
