import { Notifications } from '@mantine/notifications';

/**
 * Where notifications show. Its own download (portal, transitions, scroll-lock styles): nothing is
 * notified before the first page has loaded, and what is notified earlier waits in the store.
 */
export function Toasts() {
  return <Notifications position="bottom-right" />;
}
