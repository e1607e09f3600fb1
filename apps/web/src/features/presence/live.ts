import { liveFeature } from '../../lib/live';
import { usePresenceStore } from './store';

export const presenceLive = liveFeature(() => ({
  'presence.changed': (payload) => usePresenceStore.getState().apply(payload),
}));
