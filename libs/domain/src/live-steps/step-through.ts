/** A step-through's position: which step is current and until when (see contracts' `LiveState`). */
export type StepRun = { status: 'idle' | 'running' | 'ended'; currentStepId: string | null; currentStartedAt: Date | null; currentEndsAt: Date | null };
export type Step = { id: string; minutes: number };
export type StepAction = { action: 'start' } | { action: 'next' } | { action: 'previous' } | { action: 'goto'; stepId: string } | { action: 'end' };

const at = (step: Step | undefined, now: Date): StepRun =>
  step
    ? { status: 'running', currentStepId: step.id, currentStartedAt: now, currentEndsAt: new Date(now.getTime() + step.minutes * 60_000) }
    : { status: 'running', currentStepId: null, currentStartedAt: now, currentEndsAt: null };

/**
 * The next position after a facilitator's move, or `not_running` when the move needs a running
 * step-through. Every move to a step restarts its timebox from now: the deadline is the server's.
 * Going past the last step keeps the last one (ending is its own move); a step that disappeared
 * (removed from the agenda) counts as before the first.
 */
export function moveSteps(run: StepRun, steps: readonly Step[], move: StepAction, now: Date): StepRun | 'not_running' | 'no_such_step' {
  if (move.action === 'start') return at(steps[0], now);
  if (run.status !== 'running') return 'not_running';
  if (move.action === 'end') return { status: 'ended', currentStepId: null, currentStartedAt: null, currentEndsAt: null };
  if (move.action === 'goto') {
    const step = steps.find((s) => s.id === move.stepId);
    return step ? at(step, now) : 'no_such_step';
  }
  const index = steps.findIndex((s) => s.id === run.currentStepId);
  const target = move.action === 'next' ? Math.min(index + 1, steps.length - 1) : Math.max(index - 1, 0);
  if (target === index) return run;
  return at(steps[target], now);
}
