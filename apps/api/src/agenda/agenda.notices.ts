import { Injectable } from '@nestjs/common';
import { EventBus } from '../core/events';
import { NoticeRules, type Rules } from '../notifications/notice-rules';
import { Notifications } from '../notifications/notifications';
import './agenda.events';

/**
 * Who hears what of the agenda ("Voor mij" and the bell): every member of a new question, the
 * proposer and supporters when a question moves on, and whoever is mentioned in a comment.
 */
@Injectable()
export class AgendaNotices extends NoticeRules {
  constructor(events: EventBus, notifications: Notifications) {
    super(events, notifications);
  }

  protected rules(): Rules {
    return {
      'question.proposed': ({ networkId, question, proposerId }) => ({
        recipients: 'members', kind: 'question.proposed', networkId, actorId: proposerId, subjectId: question.id, data: { title: question.title },
      }),
      'question.statusChanged': ({ networkId, question, to, byUserId, proposerId, supporterIds }) => ({
        recipients: [...(proposerId ? [proposerId] : []), ...supporterIds], kind: 'question.statusChanged', networkId, actorId: byUserId, subjectId: question.id,
        data: { title: question.title, to },
      }),
      'comment.mentioned': ({ networkId, questionId, questionTitle, authorId, mentionedUserIds }) => ({
        recipients: mentionedUserIds, kind: 'comment.mentioned', networkId, actorId: authorId, subjectId: questionId, data: { title: questionTitle },
      }),
    };
  }
}
