import { Injectable } from '@nestjs/common';
import { EventBus } from '../core/events';
import { LiveListener, type DomainHandlers } from '../core/live-listener';
import { LivePublisher } from '../core/live-publisher';
import './reflection.events';

/** What is shared with a network is for its members; the payload names it only. */
@Injectable()
export class ReflectionLive extends LiveListener {
  constructor(events: EventBus, live: LivePublisher) {
    super(events, live);
  }

  protected handlers(): DomainHandlers {
    return { 'reflection.changed': ({ networkId, id, change }) => this.live.toNetwork(networkId, 'reflection.changed', { networkId, id, change }) };
  }
}
