import { Inject, Injectable } from '@nestjs/common';
import type { DutyShift, Me } from '@broedplaats/contracts';
import { CLOCK, type Clock } from '../core/clock';
import { DATABASE, type Database } from '../core/database/database';
import { AppError, forbidden, notFound } from '../core/errors';
import { inTransaction } from '../core/transaction';
import { MembersRepository } from '../networks/members.repository';
import { NetworksRepository } from '../networks/networks.repository';
import { AdminRepository } from './admin.repository';
import { DutyRepository } from './duty.repository';

/** How long a facilitator-on-duty shift lasts unless the admin ends it earlier. */
export const DUTY_SHIFT_MS = 4 * 3600_000;

/**
 * A platform admin opens a network as facilitator-on-duty: for a few hours they manage its profile
 * and people as its facilitators do (the access rules honour the shift; content never). Starting
 * and ending are written to the audit log, with the reason, in the same transaction.
 */
@Injectable()
export class DutyService {
  constructor(
    @Inject(DATABASE) private readonly database: Database,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly shifts: DutyRepository,
    private readonly audit: AdminRepository,
    private readonly networks: NetworksRepository,
    private readonly members: MembersRepository,
  ) {}

  /** Starting again while on duty ends the running shift and starts a fresh one (and logs both). */
  start(admin: Me, networkId: string, reason: string): Promise<DutyShift> {
    if (!admin.isPlatformAdmin) throw forbidden('Only platform admins go on duty');
    return inTransaction(this.database.db, async (tx) => {
      if (!(await this.networks.findForUpdate(tx, networkId))) throw notFound('Network');
      if (await this.members.roleOf(networkId, admin.id, tx)) throw new AppError('already_member', 'You are a member of this network; duty is for networks you are not in');
      const startedAt = this.clock.now();
      if (await this.shifts.end(tx, networkId, admin.id, startedAt)) {
        await this.audit.audit(tx, { actorId: admin.id, action: 'network.duty_ended', targetNetworkId: networkId, at: startedAt });
      }
      const shift = await this.shifts.start(tx, { networkId, adminId: admin.id, startedAt, endsAt: new Date(startedAt.getTime() + DUTY_SHIFT_MS) });
      await this.audit.audit(tx, { actorId: admin.id, action: 'network.duty_started', targetNetworkId: networkId, reason, at: startedAt });
      return { networkId, startedAt: shift.startedAt.toISOString(), endsAt: shift.endsAt.toISOString() };
    });
  }

  /** Ending when no shift runs changes and logs nothing. */
  async end(admin: Me, networkId: string): Promise<void> {
    if (!admin.isPlatformAdmin) throw forbidden('Only platform admins go on duty');
    await inTransaction(this.database.db, async (tx) => {
      if (!(await this.networks.findForUpdate(tx, networkId))) throw notFound('Network');
      const at = this.clock.now();
      if (await this.shifts.end(tx, networkId, admin.id, at)) {
        await this.audit.audit(tx, { actorId: admin.id, action: 'network.duty_ended', targetNetworkId: networkId, at });
      }
    });
  }
}
