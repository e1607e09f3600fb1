import { create } from 'zustand';

type LeavingState = {
  /** Networks this tab is leaving on purpose: their removal event needs no "you were removed" notice. */
  leaving: Record<string, true>;
  start: (networkId: string) => void;
  done: (networkId: string) => void;
};

export const useLeavingStore = create<LeavingState>((set) => ({
  leaving: {},
  start: (networkId) => set((state) => ({ leaving: { ...state.leaving, [networkId]: true } })),
  done: (networkId) =>
    set((state) => {
      const { [networkId]: _done, ...rest } = state.leaving;
      return { leaving: rest };
    }),
}));
