import { liveFeature } from '../../lib/live';

/** Every cached view of a network's intervision sessions sits under this key; the pages build their keys from it. */
export const intervisionKeys = { all: (networkId: string) => ['intervision', networkId] as const, mine: ['intervision', 'me'] as const };

/**
 * A session I take part in (or planned) changed: the payload names only which one, never its
 * content, so the session page and the lists fetch again through the server's access check.
 */
export const intervisionLive = liveFeature(({ client }) => ({
  'intervision.changed': ({ networkId }) => {
    void client.invalidateQueries({ queryKey: intervisionKeys.all(networkId) });
    void client.invalidateQueries({ queryKey: intervisionKeys.mine });
  },
}));
