import type { CyclePhase, CycleStatus } from '@broedplaats/contracts';

/**
 * What may follow what in a cycle. Forward one step, or back one step to correct a slip within the
 * same iteration; reflect → plan starts the next iteration (from the last reflection). A closed
 * cycle is final: nothing follows it.
 */
export const phaseTransitions: Record<CyclePhase, readonly CyclePhase[]> = {
  plan: ['act'],
  act: ['plan', 'observe'],
  observe: ['act', 'reflect'],
  reflect: ['observe', 'plan'],
};

export type PhaseMove = { status: CycleStatus; from: CyclePhase; to: CyclePhase; reflection: string };
/**
 * `next_iteration`: allowed, and a new iteration starts; `reflection_required`: the next iteration
 * starts from the reflection, so it must be written first (400); `invalid_transition`: 409.
 */
export type PhaseVerdict = 'allowed' | 'next_iteration' | 'invalid_transition' | 'reflection_required';

export function judgePhaseChange({ status, from, to, reflection }: PhaseMove): PhaseVerdict {
  if (status === 'closed' || !phaseTransitions[from].includes(to)) return 'invalid_transition';
  if (from === 'reflect' && to === 'plan') return reflection.trim() === '' ? 'reflection_required' : 'next_iteration';
  return 'allowed';
}

/** Closing needs a running cycle; from any phase, since a cycle may end before its loop does. */
export const mayClose = (status: CycleStatus): boolean => status === 'running';
