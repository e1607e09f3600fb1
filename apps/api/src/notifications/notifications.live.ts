import { Injectable } from '@nestjs/common';
import { EventBus } from '../core/events';
import { LiveListener, type DomainHandlers } from '../core/live-listener';
import { LivePublisher } from '../core/live-publisher';
import './notifications.events';

/** A person's notifications reach their own tabs and nobody else's. */
@Injectable()
export class NotificationsLive extends LiveListener {
  constructor(events: EventBus, live: LivePublisher) {
    super(events, live);
  }

  protected handlers(): DomainHandlers {
    return {
      'notification.created': ({ userId, notification, unread }) => this.live.toUser(userId, 'notification.created', { notification, unread }),
      'notification.read': ({ userId, notificationId, networkId, unread }) => this.live.toUser(userId, 'notification.read', { notificationId, networkId, unread }),
    };
  }
}
