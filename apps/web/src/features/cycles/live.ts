import { liveFeature } from '../../lib/live';

/** Every cached view of a network's cycles sits under this key; the pages build their keys from it. */
export const cycleKeys = { all: (networkId: string) => ['cycles', networkId] as const };

/**
 * A cycle changed somewhere I may see it: its payload names only which one, so the lists, the
 * detail and the charts of that network fetch again (a visibility change may also mean it is gone).
 */
export const cycleLive = liveFeature(({ client }) => ({
  'cycle.changed': ({ networkId }) => void client.invalidateQueries({ queryKey: cycleKeys.all(networkId) }),
}));
