import { create } from 'zustand';
import type { LiveState, LiveSubjectKind, LiveViewer, ServerEvents } from '@broedplaats/contracts';

export const subjectKey = (kind: LiveSubjectKind, id: string) => `${kind}:${id}`;

type StepsState = {
  /** The newest state of each step-through, by `kind:id`. */
  states: Record<string, LiveState>;
  viewers: Record<string, LiveViewer[]>;
  /**
   * Server clock minus this browser's clock, from the newest state received: a countdown is
   * `currentEndsAt − (Date.now() + offsetMs)`, so every screen shows the server's deadline.
   */
  offsetMs: number;
  apply: (state: LiveState, receivedAt?: number) => void;
  applyViewers: (event: ServerEvents['steps.viewers']) => void;
  clear: () => void;
};

const newer = (a: LiveState | undefined, b: LiveState) => !a || Date.parse(b.serverNow) >= Date.parse(a.serverNow);

export const useStepsStore = create<StepsState>((set) => ({
  states: {},
  viewers: {},
  offsetMs: 0,
  // A state from an earlier answer can arrive after a newer event: the newest server time wins.
  apply: (state, receivedAt = Date.now()) =>
    set((s) => {
      const key = subjectKey(state.subjectKind, state.subjectId);
      if (!newer(s.states[key], state)) return s;
      return { states: { ...s.states, [key]: state }, offsetMs: Date.parse(state.serverNow) - receivedAt };
    }),
  applyViewers: ({ subjectKind, subjectId, viewers }) => set((s) => ({ viewers: { ...s.viewers, [subjectKey(subjectKind, subjectId)]: viewers } })),
  clear: () => set({ states: {}, viewers: {}, offsetMs: 0 }),
}));
