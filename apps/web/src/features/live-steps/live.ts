import { liveFeature } from '../../lib/live';
import { useStepsStore } from './store';

/** Every open step-through follows the facilitator's moves and who has it open. */
export const liveStepsLive = liveFeature(() => ({
  'steps.changed': ({ state }) => useStepsStore.getState().apply(state),
  'steps.viewers': (payload) => useStepsStore.getState().applyViewers(payload),
}));
