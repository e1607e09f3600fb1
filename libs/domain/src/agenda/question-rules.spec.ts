import { dotsLeft, judgeDots, rankRound } from './dot-voting';
import { COMMENT_EDIT_WINDOW_MS, mayAttachOutcome, mayChangeQuestionField, mayDeleteComment, mayEditComment, mayGiveBack, mayTakeOn, publicProposer } from './question-rules';

type Actor = { userId: string; role: 'facilitator' | 'member' };
const fac: Actor = { userId: 'f', role: 'facilitator' };
const mira: Actor = { userId: 'm', role: 'member' };
const kees: Actor = { userId: 'k', role: 'member' };

describe('comments', () => {
  const written = new Date('2026-03-01T10:00:00Z');
  const at = (ms: number) => new Date(written.getTime() + ms);
  it.each<[string, Actor, number, boolean, string]>([
    ['the author edits within the window', mira, COMMENT_EDIT_WINDOW_MS, false, 'allowed'],
    ['not a moment after', mira, COMMENT_EDIT_WINDOW_MS + 1, false, 'edit_window_closed'],
    ['nobody edits someone else’s, a facilitator neither', fac, 0, false, 'forbidden'],
    ['a removed comment stays removed', mira, 0, true, 'forbidden'],
  ])('%s', (_case, actor, after, deleted, verdict) => {
    expect(mayEditComment(actor, { authorId: 'm', createdAt: written, deleted }, at(after))).toBe(verdict);
  });
  it('the author and facilitators delete, others do not', () => {
    expect([fac, mira, kees].map((a) => mayDeleteComment(a, { authorId: 'm' }))).toEqual([true, true, false]);
  });
});

describe('questions', () => {
  const q = { proposerId: 'm', takerId: 'k' };
  it('the proposer, the taker and facilitators attach an outcome', () => {
    expect([fac, mira, kees, { userId: 'x', role: 'member' as const }].map((a) => mayAttachOutcome(a, q))).toEqual([true, true, true, false]);
  });
  it.each<[string, 'title' | 'public' | 'showProposer', boolean[]]>([
    ['the wording: proposer and facilitators', 'title', [true, true, false]],
    ['publishing: facilitators only', 'public', [true, false, false]],
    ['being named: the proposer’s own consent', 'showProposer', [false, true, false]],
  ])('%s', (_case, field, verdicts) => {
    expect([fac, mira, kees].map((a) => mayChangeQuestionField(a, field, q))).toEqual(verdicts);
  });
  it('names the proposer publicly only when they agreed', () => {
    expect(publicProposer({ showProposer: false }, 'Mira')).toBeNull();
    expect(publicProposer({ showProposer: true }, 'Mira')).toBe('Mira');
  });
  it('has one taker at a time; the taker or a facilitator gives it back', () => {
    expect([mayTakeOn(mira, { takerId: null }), mayTakeOn(mira, { takerId: 'm' }), mayTakeOn(mira, { takerId: 'k' })]).toEqual([true, true, false]);
    expect([mayGiveBack(kees, q), mayGiveBack(fac, q), mayGiveBack(mira, q), mayGiveBack(fac, { takerId: null })]).toEqual([true, true, false, false]);
  });
});

describe('dot voting', () => {
  const ballot = new Map([['a', 2], ['b', 1]]);
  it.each<[string, string, number, string]>([
    ['more on a question within the budget', 'c', 2, 'allowed'], // 2 + 1 + 2 = 5
    ['past the budget', 'c', 3, 'budget_exceeded'], // 2 + 1 + 3 = 6 > 5
    ['moving dots onto the same question counts it once', 'a', 4, 'allowed'], // 1 + 4 = 5
    ['taking dots back is always fine', 'a', 0, 'allowed'],
  ])('%s', (_case, questionId, dots, verdict) => {
    expect(judgeDots(ballot, questionId, dots, 5)).toBe(verdict);
  });
  it('counts what is left', () => {
    expect(dotsLeft(ballot, 5)).toBe(2); // 5 − (2 + 1)
  });
  it('ranks by dots, ties share a rank, the older question first', () => {
    const day = (d: number) => new Date(Date.UTC(2026, 0, d));
    const ranked = rankRound([
      { questionId: 'late', dots: 4, proposedAt: day(9) },
      { questionId: 'top', dots: 7, proposedAt: day(5) },
      { questionId: 'early', dots: 4, proposedAt: day(2) },
      { questionId: 'none', dots: 0, proposedAt: day(1) },
    ]);
    expect(ranked).toEqual([
      { questionId: 'top', dots: 7, rank: 1 },
      { questionId: 'early', dots: 4, rank: 2 },
      { questionId: 'late', dots: 4, rank: 2 },
      { questionId: 'none', dots: 0, rank: 4 },
    ]);
  });
});
