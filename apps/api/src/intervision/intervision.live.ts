import { Injectable } from '@nestjs/common';
import { EventBus } from '../core/events';
import { LiveListener, type DomainHandlers } from '../core/live-listener';
import { LivePublisher } from '../core/live-publisher';
import './intervision.events';

/**
 * A session's news reaches its participants' and planner's own tabs, never the network's room: the
 * other members do not learn that it exists. The payload names the session; pages refetch through the guard.
 */
@Injectable()
export class IntervisionLive extends LiveListener {
  constructor(events: EventBus, live: LivePublisher) {
    super(events, live);
  }

  protected handlers(): DomainHandlers {
    return {
      'intervision.changed': ({ networkId, sessionId, change, audience }) => {
        for (const userId of audience) this.live.toUser(userId, 'intervision.changed', { networkId, sessionId, change });
      },
    };
  }
}
