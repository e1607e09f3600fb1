import { Injectable } from '@nestjs/common';
import { EventBus } from '../core/events';
import { LiveListener, type DomainHandlers } from '../core/live-listener';
import { LivePublisher } from '../core/live-publisher';

/** Invitations carry their token: only the network's facilitators ever hear of them. */
@Injectable()
export class InvitationsLive extends LiveListener {
  constructor(events: EventBus, live: LivePublisher) {
    super(events, live);
  }

  protected handlers(): DomainHandlers {
    return {
      'invitation.created': ({ networkId, invitation }) => this.live.toFacilitators(networkId, 'invitation.created', { networkId, invitation }),
      'invitation.updated': ({ networkId, invitation }) => this.live.toFacilitators(networkId, 'invitation.updated', { networkId, invitation }),
    };
  }
}
