import { Injectable } from '@nestjs/common';
import { EventBus } from '../core/events';
import { LiveListener, type DomainHandlers } from '../core/live-listener';
import { LivePublisher } from '../core/live-publisher';
import './live-steps.events';

/** Every member of the subject's network follows a step-through (rooms hold members only); an intervision session's only its audience. */
@Injectable()
export class LiveStepsLive extends LiveListener {
  constructor(events: EventBus, live: LivePublisher) {
    super(events, live);
  }

  protected handlers(): DomainHandlers {
    return {
      'steps.moved': ({ networkId, state, audience }) => {
        if (!audience) return this.live.toNetwork(networkId, 'steps.changed', { networkId, state });
        for (const userId of audience) this.live.toUser(userId, 'steps.changed', { networkId, state });
      },
    };
  }
}
