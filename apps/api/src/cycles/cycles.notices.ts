import { Injectable } from '@nestjs/common';
import { EventBus } from '../core/events';
import { NoticeRules, type Rules } from '../notifications/notice-rules';
import { Notifications } from '../notifications/notifications';
import './cycles.events';

/** A comment on a cycle tells its owners and coach (never the one who wrote it); they all may see the cycle. */
@Injectable()
export class CyclesNotices extends NoticeRules {
  constructor(events: EventBus, notifications: Notifications) {
    super(events, notifications);
  }

  protected rules(): Rules {
    return {
      'cycle.commented': ({ networkId, cycleId, title, authorId, recipientIds }) => ({
        recipients: recipientIds, kind: 'cycle.commented', networkId, actorId: authorId, subjectId: cycleId, data: { title },
      }),
    };
  }
}
