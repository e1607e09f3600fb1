import type { LiveState } from '@broedplaats/contracts';
import { subjectKey, useStepsStore } from './store';

const state = (serverNow: string, currentStepId: string): LiveState => ({
  subjectKind: 'meeting', subjectId: '0f8e9a2b-3c4d-4e5f-8a6b-7c8d9e0f1a2b', networkId: '1f8e9a2b-3c4d-4e5f-8a6b-7c8d9e0f1a2b', status: 'running', steps: [],
  currentStepId, currentStartedAt: serverNow, currentEndsAt: '2026-10-06T17:10:00.000Z', startedAt: serverNow, endedAt: null, serverNow,
});
const key = subjectKey('meeting', '0f8e9a2b-3c4d-4e5f-8a6b-7c8d9e0f1a2b');

describe('the step-through store', () => {
  beforeEach(() => useStepsStore.getState().clear());

  it('keeps the newest state by server time and the offset to the server clock', () => {
    const received = Date.parse('2026-10-06T17:00:03Z'); // this browser runs 3 s ahead
    useStepsStore.getState().apply(state('2026-10-06T17:00:00.000Z', '2f8e9a2b-3c4d-4e5f-8a6b-7c8d9e0f1a2b'), received);
    expect(useStepsStore.getState().offsetMs).toBe(-3000);
    // An older answer arriving late does not move anyone back.
    useStepsStore.getState().apply(state('2026-10-06T16:59:00.000Z', '3f8e9a2b-3c4d-4e5f-8a6b-7c8d9e0f1a2b'), received);
    expect(useStepsStore.getState().states[key].currentStepId).toBe('2f8e9a2b-3c4d-4e5f-8a6b-7c8d9e0f1a2b');
  });
});
