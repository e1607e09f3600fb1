import { liveFeature } from '../../lib/live';
import { activityKeys, addLiveEntry, type ActivityPages } from './queries';

export const activityLive = liveFeature(({ client, meId }) => ({
  'activity.recorded': ({ networkId, entry }) => {
    client.setQueryData<ActivityPages>(activityKeys.list(networkId), (old) => addLiveEntry(old, entry, meId));
    void client.invalidateQueries({ queryKey: activityKeys.news() });
  },
}));
