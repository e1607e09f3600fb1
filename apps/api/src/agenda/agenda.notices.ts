import { Injectable, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { EventBus } from '../core/events';
import { Notifications } from '../notifications/notifications';
import './agenda.events';

/**
 * Who hears what of the agenda ("Voor mij" and the bell): every member of a new question, the
 * proposer and supporters when a question moves on, and whoever is mentioned in a comment.
 */
@Injectable()
export class AgendaNotices implements OnModuleInit, OnModuleDestroy {
  private stop?: () => void;

  constructor(
    private readonly events: EventBus,
    private readonly notifications: Notifications,
  ) {}

  onModuleInit(): void {
    this.stop = this.events.subscribeAll({
      'question.proposed': async ({ networkId, question, proposerId }) => {
        await this.notifications.send({ recipients: 'members', kind: 'question.proposed', networkId, actorId: proposerId, subjectId: question.id, data: { title: question.title } });
      },
      'question.statusChanged': async ({ networkId, question, to, byUserId, proposerId, supporterIds }) => {
        await this.notifications.send({
          recipients: [...(proposerId ? [proposerId] : []), ...supporterIds],
          kind: 'question.statusChanged',
          networkId,
          actorId: byUserId,
          subjectId: question.id,
          data: { title: question.title, to },
        });
      },
      'comment.mentioned': async ({ networkId, questionId, questionTitle, authorId, mentionedUserIds }) => {
        await this.notifications.send({ recipients: mentionedUserIds, kind: 'comment.mentioned', networkId, actorId: authorId, subjectId: questionId, data: { title: questionTitle } });
      },
    });
  }

  onModuleDestroy(): void {
    this.stop?.();
  }
}
