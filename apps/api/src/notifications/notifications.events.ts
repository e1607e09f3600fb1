import type { Notification } from '@broedplaats/contracts';

/** A person's notifications changed; only their own tabs hear of it (notifications.live.ts). */
declare module '../core/events' {
  interface DomainEvents {
    'notification.created': { userId: string; notification: Notification; unread: number };
    /** One read (`notificationId`), all of a network or all (`networkId`), or some went away. */
    'notification.read': { userId: string; notificationId: string | null; networkId: string | null; unread: number };
  }
}
