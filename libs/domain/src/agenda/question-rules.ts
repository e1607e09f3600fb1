import type { NetworkRole } from '@broedplaats/contracts';

/** A comment's author may correct it this long after writing it. */
export const COMMENT_EDIT_WINDOW_MS = 15 * 60 * 1000;

export type Actor = { userId: string; role: NetworkRole };

export function mayEditComment(actor: Actor, comment: { authorId: string | null; createdAt: Date; deleted: boolean }, now: Date): 'allowed' | 'forbidden' | 'edit_window_closed' {
  if (comment.deleted || comment.authorId !== actor.userId) return 'forbidden';
  return now.getTime() - comment.createdAt.getTime() <= COMMENT_EDIT_WINDOW_MS ? 'allowed' : 'edit_window_closed';
}

/** The author, or a facilitator keeping the conversation decent; a "removed" marker stays. */
export const mayDeleteComment = (actor: Actor, comment: { authorId: string | null }): boolean => actor.role === 'facilitator' || comment.authorId === actor.userId;

/** Who attaches the outcome of a question: its proposer, whoever took it on, or a facilitator. */
export const mayAttachOutcome = (actor: Actor, question: { proposerId: string | null; takerId: string | null }): boolean =>
  actor.role === 'facilitator' || question.proposerId === actor.userId || question.takerId === actor.userId;

/** Fields of a question and who may change them: the wording is the proposer's (and facilitators'), publishing is facilitators', naming is the proposer's consent. */
export type QuestionField = 'title' | 'situation' | 'themeIds' | 'origin' | 'commissionedBy' | 'residentPerspective' | 'public' | 'showProposer';
export function mayChangeQuestionField(actor: Actor, field: QuestionField, question: { proposerId: string | null }): boolean {
  const isProposer = question.proposerId === actor.userId;
  if (field === 'showProposer') return isProposer;
  if (field === 'public') return actor.role === 'facilitator';
  return isProposer || actor.role === 'facilitator';
}

/** A public question names its proposer only when the proposer agreed. */
export const publicProposer = <P>(question: { showProposer: boolean }, proposer: P | null): P | null => (question.showProposer ? proposer : null);

/** One taker at a time: taking is free when nobody has it, or it is already yours. */
export const mayTakeOn = (actor: Actor, question: { takerId: string | null }): boolean => question.takerId === null || question.takerId === actor.userId;
/** Giving back: the taker, or a facilitator freeing it for someone else. */
export const mayGiveBack = (actor: Actor, question: { takerId: string | null }): boolean => question.takerId === actor.userId || (question.takerId !== null && actor.role === 'facilitator');
