import { Injectable } from '@nestjs/common';
import { EventBus } from '../core/events';
import { NoticeRules, type Rules } from '../notifications/notice-rules';
import { Notifications } from '../notifications/notifications';
import './documents.events';

/** Whoever is mentioned in a comment on a document's passage hears of it (members only, never the author). */
@Injectable()
export class DocumentsNotices extends NoticeRules {
  constructor(events: EventBus, notifications: Notifications) {
    super(events, notifications);
  }

  protected rules(): Rules {
    return {
      'document.mentioned': ({ networkId, documentId, title, documentKind, meetingId, authorId, mentionedUserIds }) => ({
        recipients: mentionedUserIds, kind: 'document.mentioned', networkId, actorId: authorId, subjectId: documentId, data: { title, documentKind, meetingId },
      }),
    };
  }
}
