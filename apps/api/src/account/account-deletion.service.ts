import { Inject, Injectable } from '@nestjs/common';
import type { Me } from '@broedplaats/contracts';
import { PasswordResetsRepository } from '../auth/password-resets.repository';
import { verifyPassword } from '../auth/passwords';
import { SessionsService } from '../auth/sessions.service';
import { UsersRepository } from '../auth/users.repository';
import { CLOCK, type Clock } from '../core/clock';
import { DATABASE, type Database } from '../core/database/database';
import { AppError, notFound, validationFailed } from '../core/errors';
import { EventBus } from '../core/events';
import { inTransaction } from '../core/transaction';
import { MembersRepository } from '../networks/members.repository';
import { MembersService } from '../networks/members.service';
import { NetworksRepository } from '../networks/networks.repository';

/** What others see where a deleted account wrote something. */
export const FORMER_MEMBER_NAME = 'voormalig lid';

/**
 * Deleting one's own account. The person leaves each network through the members' own removal (so
 * every capability's whenLeftNetwork handler runs and `member.removed` goes out), then the account
 * row is scrubbed: contributions stay, attributed to "voormalig lid". A network is never left
 * without a facilitator: the person hands over first.
 */
@Injectable()
export class AccountDeletion {
  constructor(
    @Inject(DATABASE) private readonly database: Database,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly users: UsersRepository,
    private readonly sessions: SessionsService,
    private readonly resets: PasswordResetsRepository,
    private readonly members: MembersRepository,
    private readonly membersService: MembersService,
    private readonly networks: NetworksRepository,
    private readonly events: EventBus,
  ) {}

  async delete(me: Me, password: string): Promise<void> {
    const user = await this.users.findById(me.id);
    if (!user) throw notFound('Account');
    if (!(await verifyPassword(user.passwordHash, password))) throw validationFailed({ password: 'This is not your current password' });

    const memberships = await this.members.networksOf(me.id);
    await this.refuseIfLastFacilitator(memberships.filter((m) => m.role === 'facilitator').map((m) => m.networkId));
    for (const { networkId } of memberships) await this.membersService.remove(me, networkId, me.id);

    const now = this.clock.now();
    await inTransaction(this.database.db, async (tx, afterCommit) => {
      await this.users.scrub(tx, me.id, FORMER_MEMBER_NAME, now);
      await this.resets.useAll(tx, me.id, now);
      await this.sessions.revokeAll(tx, afterCommit, me.id);
    });
    await this.sessions.userChanged(me.id);
    this.events.publish('user.renamed', { userId: me.id, displayName: FORMER_MEMBER_NAME });
  }

  /** `fields` names each network that needs another facilitator first: network id → its name. */
  private async refuseIfLastFacilitator(facilitating: string[]): Promise<void> {
    const alone: Record<string, string> = {};
    for (const networkId of facilitating) {
      const facilitators = (await this.members.list(networkId)).filter((m) => m.role === 'facilitator');
      if (facilitators.length <= 1) alone[networkId] = (await this.networks.find(networkId))?.name ?? networkId;
    }
    if (Object.keys(alone).length > 0) {
      throw new AppError('last_facilitator', `Hand over first: you are the only facilitator of ${Object.values(alone).join(', ')}`, alone);
    }
  }
}
