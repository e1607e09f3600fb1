import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { EventBus } from '../core/events';
import { MembersRepository } from './members.repository';

/**
 * A person's name, organisation and bio show on the Leden tab of every network they are in: when
 * they edit their profile, each of those networks hears their card again (as `member.profileChanged`).
 */
@Injectable()
export class MemberProfiles implements OnModuleDestroy {
  private readonly unsubscribe: () => void;

  constructor(
    private readonly members: MembersRepository,
    private readonly events: EventBus,
  ) {
    this.unsubscribe = events.subscribe('user.profileChanged', ({ userId }) => this.announce(userId));
  }

  async announce(userId: string): Promise<void> {
    for (const { networkId, member } of await this.members.everyMembershipOf(userId)) {
      this.events.publish('member.profileChanged', { networkId, member });
    }
  }

  onModuleDestroy(): void {
    this.unsubscribe();
  }
}
