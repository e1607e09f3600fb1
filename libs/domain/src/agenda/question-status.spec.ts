import { QuestionStatus } from '@broedplaats/contracts';
import { isFinalStatus, judgeStatusChange, type StatusActor } from './question-status';

const facilitator: StatusActor = { role: 'facilitator', isProposer: false };
const member: StatusActor = { role: 'member', isProposer: false };
const proposer: StatusActor = { role: 'member', isProposer: true };
const facilitatorProposer: StatusActor = { role: 'facilitator', isProposer: true };

/** The table, written out once more by hand: every pair not here is refused. */
const allowed: Array<[QuestionStatus, QuestionStatus]> = [
  ['proposed', 'on-agenda'], ['proposed', 'set-aside'], ['proposed', 'withdrawn'],
  ['on-agenda', 'in-progress'], ['on-agenda', 'set-aside'], ['on-agenda', 'proposed'],
  ['in-progress', 'answered'], ['in-progress', 'on-agenda'], ['in-progress', 'set-aside'],
  ['answered', 'disseminated'], ['answered', 'in-progress'],
  ['set-aside', 'proposed'],
];
const statuses = QuestionStatus.options;
const pairs = statuses.flatMap((from) => statuses.map((to) => [from, to] as const));
const inTable = (from: QuestionStatus, to: QuestionStatus) => allowed.some(([f, t]) => f === from && t === to);

describe('question status', () => {
  it.each(pairs)('%s → %s: the table decides, for a facilitator (with a reason) and the proposer', (from, to) => {
    const byFacilitator = judgeStatusChange(facilitator, { from, to, reason: 'Past niet bij dit netwerk' });
    const byProposer = judgeStatusChange(proposer, { from, to, reason: '' });
    if (!inTable(from, to)) {
      expect([byFacilitator, byProposer]).toEqual(['invalid_transition', 'invalid_transition']);
    } else if (to === 'withdrawn') {
      // Withdrawing is the proposer's alone; a facilitator sets aside instead.
      expect([byFacilitator, byProposer]).toEqual(['forbidden', 'allowed']);
    } else {
      expect([byFacilitator, byProposer]).toEqual(['allowed', 'forbidden']);
    }
  });

  it.each<[string, StatusActor, QuestionStatus, QuestionStatus, string, string]>([
    ['set aside needs a reason', facilitator, 'proposed', 'set-aside', '', 'reason_required'],
    ['a reason of spaces is no reason', facilitator, 'in-progress', 'set-aside', '   ', 'reason_required'],
    ['other changes need none', facilitator, 'proposed', 'on-agenda', '', 'allowed'],
    ['a plain member moves nothing', member, 'proposed', 'on-agenda', '', 'forbidden'],
    ['nor withdraws someone else’s', member, 'proposed', 'withdrawn', '', 'forbidden'],
    ['a facilitator withdraws their own', facilitatorProposer, 'proposed', 'withdrawn', '', 'allowed'],
    ['the proposer cannot withdraw once it is on the agenda', proposer, 'on-agenda', 'withdrawn', '', 'invalid_transition'],
    ['nothing leaves withdrawn', facilitatorProposer, 'withdrawn', 'proposed', 'x', 'invalid_transition'],
    ['nothing leaves disseminated', facilitator, 'disseminated', 'answered', 'x', 'invalid_transition'],
    ['staying put is no change', facilitator, 'proposed', 'proposed', '', 'invalid_transition'],
  ])('%s', (_case, actor, from, to, reason, verdict) => {
    expect(judgeStatusChange(actor, { from, to, reason })).toBe(verdict);
  });

  it('knows the final statuses', () => {
    expect(statuses.filter(isFinalStatus)).toEqual(['disseminated', 'withdrawn']);
  });
});
