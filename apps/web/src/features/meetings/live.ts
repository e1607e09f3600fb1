import { liveFeature } from '../../lib/live';
import { meetingKeys } from './keys';

/** Something in a meeting changed: pages showing it, its network's lists and my home section refetch. */
export const meetingLive = liveFeature(({ client }) => ({
  'meeting.changed': ({ networkId, meetingId }) => {
    void client.invalidateQueries({ queryKey: meetingKeys.detail(networkId, meetingId) });
    void client.invalidateQueries({ queryKey: meetingKeys.lists(networkId) });
    void client.invalidateQueries({ queryKey: meetingKeys.mine });
    void client.invalidateQueries({ queryKey: meetingKeys.myActions });
  },
}));
