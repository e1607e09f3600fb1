import type { NetworkRole, QuestionStatus } from '@broedplaats/contracts';

/**
 * Where a question may go from each status (the table). Withdrawn and disseminated are
 * final; withdrawn questions stay, hidden by default, never deleted.
 */
export const questionTransitions: Record<QuestionStatus, readonly QuestionStatus[]> = {
  proposed: ['on-agenda', 'set-aside', 'withdrawn'],
  'on-agenda': ['in-progress', 'set-aside', 'proposed'],
  'in-progress': ['answered', 'on-agenda', 'set-aside'],
  answered: ['disseminated', 'in-progress'],
  'set-aside': ['proposed'],
  disseminated: [],
  withdrawn: [],
};

export type StatusActor = { role: NetworkRole; isProposer: boolean };
export type StatusChange = { from: QuestionStatus; to: QuestionStatus; reason: string };
/** `invalid_transition`: not in the table (409); `forbidden`: in the table, but not for this person (403); `reason_required`: 400. */
export type StatusVerdict = 'allowed' | 'invalid_transition' | 'forbidden' | 'reason_required';

/**
 * Facilitators move questions along; the proposer may only withdraw their own while it is proposed,
 * and withdrawing is theirs alone (a facilitator sets aside instead, with a reason).
 */
export function judgeStatusChange(actor: StatusActor, { from, to, reason }: StatusChange): StatusVerdict {
  if (!questionTransitions[from].includes(to)) return 'invalid_transition';
  if (to === 'withdrawn') return actor.isProposer ? 'allowed' : 'forbidden';
  if (actor.role !== 'facilitator') return 'forbidden';
  if (to === 'set-aside' && reason.trim() === '') return 'reason_required';
  return 'allowed';
}

export const isFinalStatus = (status: QuestionStatus): boolean => questionTransitions[status].length === 0;
