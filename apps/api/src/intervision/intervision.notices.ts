import { Injectable } from '@nestjs/common';
import { EventBus } from '../core/events';
import { NoticeRules, type Rules } from '../notifications/notice-rules';
import { Notifications } from '../notifications/notifications';
import './intervision.events';

/** The people of a session are told its title and time when they are invited; never its case. */
@Injectable()
export class IntervisionNotices extends NoticeRules {
  constructor(events: EventBus, notifications: Notifications) {
    super(events, notifications);
  }

  protected rules(): Rules {
    return {
      'intervision.invited': ({ networkId, sessionId, title, startsAt, actorId, recipientIds }) => ({
        recipients: recipientIds, kind: 'intervision.invited', networkId, actorId, subjectId: sessionId, data: { title, startsAt },
      }),
    };
  }
}
