import { Injectable } from '@nestjs/common';
import { EventBus } from '../core/events';
import { NoticeRules, type Rules } from './notice-rules';
import { Notifications } from './notifications';
import '../networks/networks.events';

/** What the networks capability's events tell people. */
@Injectable()
export class NotificationRules extends NoticeRules {
  constructor(events: EventBus, notifications: Notifications) {
    super(events, notifications);
  }

  protected rules(): Rules {
    return {
      // "Fenna made you facilitator of Almere": to the member whose role changed, unless they did it.
      'member.updated': ({ networkId, member, previousRole, byUserId }) =>
        member.role === previousRole
          ? null
          : { recipients: [member.userId], kind: 'member.roleChanged', networkId, actorId: byUserId, subjectId: networkId, data: { from: previousRole, to: member.role } },
    };
  }
}
