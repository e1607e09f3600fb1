import { liveFeature } from '../../lib/live';

/** A network's shared reflections, aggregates and value stories sit under this key. */
export const reflectionKeys = { network: (networkId: string) => ['reflection', networkId] as const };

/** Something shared with a network changed: its shared lists and aggregates fetch again. */
export const reflectionLive = liveFeature(({ client }) => ({
  'reflection.changed': ({ networkId }) => void client.invalidateQueries({ queryKey: reflectionKeys.network(networkId) }),
}));
