import { moveSteps, type StepRun } from './step-through';

const steps = [
  { id: 'a', minutes: 10 },
  { id: 'b', minutes: 25 },
  { id: 'c', minutes: 5 },
];
const now = new Date('2026-10-06T17:00:00Z');
const idle: StepRun = { status: 'idle', currentStepId: null, currentStartedAt: null, currentEndsAt: null };
const on = (id: string): StepRun => ({ status: 'running', currentStepId: id, currentStartedAt: new Date(0), currentEndsAt: new Date(0) });

describe('moveSteps', () => {
  it('starts at the first step with its timebox as the deadline', () => {
    expect(moveSteps(idle, steps, { action: 'start' }, now)).toEqual({ status: 'running', currentStepId: 'a', currentStartedAt: now, currentEndsAt: new Date('2026-10-06T17:10:00Z') });
  });

  it('goes next and back, each step with its own deadline from now', () => {
    expect(moveSteps(on('a'), steps, { action: 'next' }, now)).toMatchObject({ currentStepId: 'b', currentEndsAt: new Date('2026-10-06T17:25:00Z') }); // 17:00 + 25 min
    expect(moveSteps(on('b'), steps, { action: 'previous' }, now)).toMatchObject({ currentStepId: 'a', currentEndsAt: new Date('2026-10-06T17:10:00Z') });
    expect(moveSteps(on('b'), steps, { action: 'goto', stepId: 'c' }, now)).toMatchObject({ currentStepId: 'c' });
  });

  it('stays at the ends without restarting the clock', () => {
    expect(moveSteps(on('c'), steps, { action: 'next' }, now)).toEqual(on('c'));
    expect(moveSteps(on('a'), steps, { action: 'previous' }, now)).toEqual(on('a'));
  });

  it('starts over from the first when the current step was removed', () => {
    expect(moveSteps(on('gone'), steps, { action: 'next' }, now)).toMatchObject({ currentStepId: 'a' });
  });

  it('refuses moves when it is not running, and unknown steps', () => {
    expect(moveSteps(idle, steps, { action: 'next' }, now)).toBe('not_running');
    expect(moveSteps({ ...idle, status: 'ended' }, steps, { action: 'end' }, now)).toBe('not_running');
    expect(moveSteps(on('a'), steps, { action: 'goto', stepId: 'x' }, now)).toBe('no_such_step');
    expect(moveSteps(on('a'), steps, { action: 'end' }, now)).toEqual({ status: 'ended', currentStepId: null, currentStartedAt: null, currentEndsAt: null });
  });

  it('runs with no steps at all (an empty agenda) without a deadline', () => {
    expect(moveSteps(idle, [], { action: 'start' }, now)).toEqual({ status: 'running', currentStepId: null, currentStartedAt: now, currentEndsAt: null });
  });
});
