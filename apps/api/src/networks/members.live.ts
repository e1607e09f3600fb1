import { Injectable } from '@nestjs/common';
import type { Member } from '@broedplaats/contracts';
import { withoutEngagement } from '@broedplaats/domain';
import { EventBus } from '../core/events';
import { LiveListener, type DomainHandlers } from '../core/live-listener';
import { LivePublisher } from '../core/live-publisher';

/**
 * Membership changes move people's open sockets between rooms before anything else is sent, so a
 * newcomer hears the next change and a removed person does not.
 */
@Injectable()
export class MembersLive extends LiveListener {
  constructor(events: EventBus, live: LivePublisher) {
    super(events, live);
  }

  protected handlers(): DomainHandlers {
    return {
      'member.joined': ({ networkId, member }) => {
        this.live.enterNetwork(member.userId, networkId, member.role === 'facilitator');
        this.toMembers(networkId, 'member.joined', member);
      },
      'member.updated': ({ networkId, member, previousRole }) => {
        if (previousRole !== member.role) this.live.enterNetwork(member.userId, networkId, member.role === 'facilitator');
        this.toMembers(networkId, 'member.updated', member);
      },
      // Clients keep one shape per member, so a profile edit reaches them as an ordinary update.
      'member.profileChanged': ({ networkId, member }) => this.toMembers(networkId, 'member.updated', member),
      'member.removed': ({ networkId, userId }) => {
        // The removed person's own tabs hear it too (to leave the page), then lose the rooms.
        this.live.toNetwork(networkId, 'member.removed', { networkId, userId }, userId);
        this.live.leaveNetwork(userId, networkId);
      },
    };
  }

  /** Engagement reaches facilitators and the member's own tabs only; the other members get the member without it. */
  private toMembers(networkId: string, event: 'member.joined' | 'member.updated', member: Member): void {
    this.live.toFacilitators(networkId, event, { networkId, member }, member.userId);
    this.live.toPlainMembers(networkId, event, { networkId, member: withoutEngagement(member) }, member.userId);
  }
}
