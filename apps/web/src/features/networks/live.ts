import type { Network } from '@broedplaats/contracts';
import { liveFeature } from '../../lib/live';
import { networkKeys } from './queries';

export const networkLive = liveFeature(({ client }) => ({
  'network.updated': ({ network }) => {
    // The event is the same for everyone, so it carries no role (nor a duty shift); keep the ones we know.
    client.setQueryData<Network>(networkKeys.detail(network.id), (old) => (old ? { ...network, myRole: old.myRole, onDuty: old.onDuty } : old));
    void client.invalidateQueries({ queryKey: networkKeys.lists() });
  },
  'network.archived': ({ networkId }) => {
    client.setQueryData<Network>(networkKeys.detail(networkId), (old) => (old ? { ...old, archived: true } : old));
    // The open page shows its archived notice by itself; lists drop or mark it on refetch.
    void client.invalidateQueries({ queryKey: networkKeys.lists() });
  },
}));
