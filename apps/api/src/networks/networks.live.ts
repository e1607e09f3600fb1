import { Injectable } from '@nestjs/common';
import { EventBus } from '../core/events';
import { LiveListener, type DomainHandlers } from '../core/live-listener';
import { LivePublisher } from '../core/live-publisher';

/** A network's profile changes reach its members; nothing of it reaches anyone else. */
@Injectable()
export class NetworksLive extends LiveListener {
  constructor(events: EventBus, live: LivePublisher) {
    super(events, live);
  }

  protected handlers(): DomainHandlers {
    return {
      'network.updated': ({ network }) => this.live.toNetwork(network.id, 'network.updated', { network }),
      'network.archived': ({ networkId }) => this.live.toNetwork(networkId, 'network.archived', { networkId }),
    };
  }
}
