import { Injectable } from '@nestjs/common';
import { EventBus } from '../core/events';
import { NoticeRules, type Rules } from '../notifications/notice-rules';
import { Notifications } from '../notifications/notifications';
import { MeetingWorkRepository } from './meeting-work.repository';
import { MeetingsRepository } from './meetings.repository';
import './meetings.events';

/**
 * Who hears what of meetings ("Voor mij" and the bell; mail goes separately): every member of new
 * meetings, those who answered of a cancelled one, and the assignee of an action item. (A new time
 * is told inside the change itself, meetings.service.ts.)
 */
@Injectable()
export class MeetingsNotices extends NoticeRules {
  constructor(
    events: EventBus,
    notifications: Notifications,
    private readonly meetings: MeetingsRepository,
    private readonly work: MeetingWorkRepository,
  ) {
    super(events, notifications);
  }

  protected rules(): Rules {
    return {
      'meeting.scheduled': async ({ networkId, meetingIds, actorId }) => {
        const first = await this.meetings.find(networkId, meetingIds[0]);
        if (!first) return null;
        return {
          recipients: 'members', kind: 'meeting.scheduled', networkId, actorId, subjectId: first.id,
          data: { title: first.title, startsAt: first.startsAt.toISOString(), count: meetingIds.length },
        };
      },
      'meeting.cancelled': async ({ networkId, meetingId, actorId, told }) => {
        const meeting = await this.meetings.find(networkId, meetingId);
        if (!meeting || told.length === 0) return null;
        return { recipients: told, kind: 'meeting.cancelled', networkId, actorId, subjectId: meetingId, data: { title: meeting.title, startsAt: meeting.startsAt.toISOString() } };
      },
      'actionItem.assigned': async ({ networkId, meetingId, actionId, assigneeId, actorId }) => {
        const [meeting, action] = await Promise.all([this.meetings.find(networkId, meetingId), this.work.action(networkId, meetingId, actionId)]);
        if (!meeting || !action) return null;
        return { recipients: [assigneeId], kind: 'actionItem.assigned', networkId, actorId, subjectId: meetingId, data: { text: action.text, meetingTitle: meeting.title } };
      },
    };
  }
}
