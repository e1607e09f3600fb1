import { Injectable } from '@nestjs/common';
import { EventBus } from '../core/events';
import { LiveListener, type DomainHandlers } from '../core/live-listener';
import { LivePublisher } from '../core/live-publisher';
import './meetings.events';

/** Meetings are for members: any change tells every member's open page to refetch it. */
@Injectable()
export class MeetingsLive extends LiveListener {
  constructor(events: EventBus, live: LivePublisher) {
    super(events, live);
  }

  protected handlers(): DomainHandlers {
    const changed = (networkId: string, meetingIds: string[]) => meetingIds.forEach((meetingId) => this.live.toNetwork(networkId, 'meeting.changed', { networkId, meetingId }));
    return {
      'meeting.scheduled': ({ networkId, meetingIds }) => changed(networkId, meetingIds),
      'meeting.changed': ({ networkId, meetingIds }) => changed(networkId, meetingIds),
      'meeting.cancelled': ({ networkId, meetingId }) => changed(networkId, [meetingId]),
      'meeting.updated': ({ networkId, meetingId }) => changed(networkId, [meetingId]),
    };
  }
}
