import type { UnreadCounts } from '@broedplaats/contracts';
import { liveFeature } from '../../lib/live';
import { notificationKeys } from './queries';

/** The bell takes the server's count at once; lists and per-network counts fetch again. */
export const notificationLive = liveFeature(({ client }) => {
  const follow = (unread: number) => {
    client.setQueryData<UnreadCounts>(notificationKeys.unread(), (old) => (old ? { ...old, total: unread } : old));
    void client.invalidateQueries({ queryKey: notificationKeys.all() });
  };
  return {
    'notification.created': ({ unread }) => follow(unread),
    'notification.read': ({ unread }) => follow(unread),
  };
});
