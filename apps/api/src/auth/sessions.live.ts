import { Injectable } from '@nestjs/common';
import { EventBus } from '../core/events';
import { LiveListener, type DomainHandlers } from '../core/live-listener';
import { LivePublisher } from '../core/live-publisher';

/** An ended session's sockets are dropped at once, on every instance. */
@Injectable()
export class SessionsLive extends LiveListener {
  constructor(events: EventBus, live: LivePublisher) {
    super(events, live);
  }

  protected handlers(): DomainHandlers {
    return {
      'sessions.revoked': ({ sessionIds }) => this.live.disconnectSessions(sessionIds),
    };
  }
}
