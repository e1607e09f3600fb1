import { Injectable, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { EventBus } from '../core/events';
import { Notifications } from '../notifications/notifications';
import { MeetingWorkRepository } from './meeting-work.repository';
import { MeetingsRepository } from './meetings.repository';
import './meetings.events';

/**
 * Who hears what of meetings ("Voor mij" and the bell; mail goes separately): every member of new
 * meetings, those who answered of a cancelled one, and the assignee of an action item.
 */
@Injectable()
export class MeetingsNotices implements OnModuleInit, OnModuleDestroy {
  private stop?: () => void;

  constructor(
    private readonly events: EventBus,
    private readonly notifications: Notifications,
    private readonly meetings: MeetingsRepository,
    private readonly work: MeetingWorkRepository,
  ) {}

  onModuleInit(): void {
    this.stop = this.events.subscribeAll({
      'meeting.scheduled': async ({ networkId, meetingIds, actorId }) => {
        const first = await this.meetings.find(networkId, meetingIds[0]);
        if (!first) return;
        await this.notifications.send({
          recipients: 'members',
          kind: 'meeting.scheduled',
          networkId,
          actorId,
          subjectId: first.id,
          data: { title: first.title, startsAt: first.startsAt.toISOString(), count: meetingIds.length },
        });
      },
      'meeting.cancelled': async ({ networkId, meetingId, actorId, told }) => {
        const meeting = await this.meetings.find(networkId, meetingId);
        if (!meeting || told.length === 0) return;
        await this.notifications.send({
          recipients: told,
          kind: 'meeting.cancelled',
          networkId,
          actorId,
          subjectId: meetingId,
          data: { title: meeting.title, startsAt: meeting.startsAt.toISOString() },
        });
      },
      'actionItem.assigned': async ({ networkId, meetingId, actionId, assigneeId, actorId }) => {
        const [meeting, action] = await Promise.all([this.meetings.find(networkId, meetingId), this.work.action(networkId, meetingId, actionId)]);
        if (!meeting || !action) return;
        await this.notifications.send({
          recipients: [assigneeId],
          kind: 'actionItem.assigned',
          networkId,
          actorId,
          subjectId: meetingId,
          data: { text: action.text, meetingTitle: meeting.title },
        });
      },
    });
  }

  onModuleDestroy(): void {
    this.stop?.();
  }
}
