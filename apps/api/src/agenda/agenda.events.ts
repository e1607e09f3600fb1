import type { Comment, QuestionStatus, Round, SharedQuestion } from '@broedplaats/contracts';

/**
 * What happens on a network's agenda, published after commit. The notifications capability listens
 * to `question.proposed`, `question.statusChanged` (with the proposer and supporters to tell) and
 * `comment.mentioned`; agenda.live.ts maps them all onto sockets.
 */
declare module '../core/events' {
  interface DomainEvents {
    'question.proposed': { networkId: string; question: SharedQuestion; proposerId: string };
    'question.statusChanged': {
      networkId: string; question: SharedQuestion; from: QuestionStatus; to: QuestionStatus; reason: string; byUserId: string; proposerId: string | null; supporterIds: string[];
    };
    /** Anything else about the question that every member sees changed: support, wording, assignment, outcome. */
    'question.changed': { networkId: string; question: SharedQuestion };
    'comment.posted': { networkId: string; questionId: string; comment: Comment; commentCount: number };
    'comment.mentioned': { networkId: string; questionId: string; questionTitle: string; commentId: string; authorId: string; mentionedUserIds: string[] };
    'round.changed': { networkId: string; round: Round };
  }
}
