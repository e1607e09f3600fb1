import { Injectable } from '@nestjs/common';
import { EventBus } from '../core/events';
import { LiveListener, type DomainHandlers } from '../core/live-listener';
import { LivePublisher } from '../core/live-publisher';
import './cycles.events';

/**
 * A cycle's news reaches who may see it: a shared cycle every member's sockets, otherwise only the
 * named people's own tabs (owners, the coach, and for facilitators-only the facilitators). The
 * payload names the cycle, never its content: pages fetch it again through the access check.
 */
@Injectable()
export class CyclesLive extends LiveListener {
  constructor(events: EventBus, live: LivePublisher) {
    super(events, live);
  }

  protected handlers(): DomainHandlers {
    return {
      'cycle.changed': ({ networkId, cycleId, change, audience }) => {
        const payload = { networkId, cycleId, change };
        if (audience === 'everyone') this.live.toNetwork(networkId, 'cycle.changed', payload);
        else for (const userId of audience) this.live.toUser(userId, 'cycle.changed', payload);
      },
    };
  }
}
