/** Dots a member has put on each question of a round, by question id. */
export type Ballot = ReadonlyMap<string, number>;

/** Putting `dots` on one question: the other questions' dots plus these may not pass the budget. */
export function judgeDots(ballot: Ballot, questionId: string, dots: number, budget: number): 'allowed' | 'budget_exceeded' {
  let others = 0;
  for (const [id, n] of ballot) if (id !== questionId) others += n;
  return others + dots <= budget ? 'allowed' : 'budget_exceeded';
}

export const dotsLeft = (ballot: Ballot, budget: number): number => budget - [...ballot.values()].reduce((sum, n) => sum + n, 0);

export type RankedQuestion = { questionId: string; dots: number; rank: number };

/**
 * The frozen result of a round: most dots first; equal dots share a rank (1, 2, 2, 4), and within a
 * rank the question that was proposed first comes first, so the order never depends on the database.
 */
export function rankRound(totals: ReadonlyArray<{ questionId: string; dots: number; proposedAt: Date }>): RankedQuestion[] {
  const sorted = [...totals].sort((a, b) => b.dots - a.dots || a.proposedAt.getTime() - b.proposedAt.getTime() || a.questionId.localeCompare(b.questionId));
  return sorted.map((t) => ({ questionId: t.questionId, dots: t.dots, rank: sorted.findIndex((s) => s.dots === t.dots) + 1 }));
}
