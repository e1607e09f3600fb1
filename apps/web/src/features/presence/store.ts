import { create } from 'zustand';
import type { OnlineUser, ServerEvents } from '@broedplaats/contracts';

type PresenceState = {
  /** Who is online, per network; a network not in the map has not been asked yet. */
  online: Record<string, OnlineUser[]>;
  apply: (event: ServerEvents['presence.changed']) => void;
  forget: (networkId: string) => void;
  clear: () => void;
};

export const usePresenceStore = create<PresenceState>((set) => ({
  online: {},
  // The server sends the whole list each time, so the newest list simply replaces the old one.
  apply: ({ networkId, online }) => set((state) => ({ online: { ...state.online, [networkId]: online } })),
  forget: (networkId) =>
    set((state) => {
      const { [networkId]: _gone, ...rest } = state.online;
      return { online: rest };
    }),
  clear: () => set({ online: {} }),
}));
