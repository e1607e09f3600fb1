import { Inject, Injectable, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import type { Me, NotificationPage, UnreadCounts } from '@broedplaats/contracts';
import { CLOCK, type Clock } from '../core/clock';
import { notFound } from '../core/errors';
import { EventBus } from '../core/events';
import { PersonLifecycle } from '../core/person-lifecycle';
import { NotificationsRepository } from './notifications.repository';
import './notifications.events';

type ListQuery = { before?: number; limit: number; networkId?: string; unread?: 'true' | 'false' };

/**
 * Reading one's own notifications. Everything here is about the signed-in person only: someone
 * else's notification does not exist for them (404), and a network they left tells them nothing more.
 */
@Injectable()
export class NotificationsService implements OnModuleInit, OnModuleDestroy {
  private stop?: () => void;

  constructor(
    private readonly store: NotificationsRepository,
    private readonly events: EventBus,
    private readonly lifecycle: PersonLifecycle,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.stop = this.lifecycle.whenLeftNetwork(async ({ tx, afterCommit, networkId, userId }) => {
      await this.store.forget(tx, userId, networkId);
      afterCommit(() => this.announceRead(userId, null, networkId));
    });
  }

  onModuleDestroy(): void {
    this.stop?.();
  }

  async list(user: Me, query: ListQuery): Promise<NotificationPage> {
    // One more than asked tells whether an older page exists.
    const rows = await this.store.page(user.id, { ...query, limit: query.limit + 1, unreadOnly: query.unread === 'true' });
    const items = rows.slice(0, query.limit);
    return { items, nextBefore: rows.length > query.limit ? items[items.length - 1].seq : null };
  }

  async unread(user: Me): Promise<UnreadCounts> {
    const rows = await this.store.unreadByNetwork(user.id);
    return {
      total: rows.reduce((sum, r) => sum + r.count, 0),
      byNetwork: rows.flatMap((r) => (r.networkId ? [{ networkId: r.networkId, count: r.count }] : [])).sort((a, b) => a.networkId.localeCompare(b.networkId)),
    };
  }

  async markRead(user: Me, notificationId: string): Promise<void> {
    const { found, networkId } = await this.store.markRead(user.id, notificationId, this.clock.now());
    if (!found) throw notFound('Notification');
    await this.announceRead(user.id, notificationId, networkId);
  }

  async markAllRead(user: Me, networkId: string | null): Promise<void> {
    await this.store.markAllRead(user.id, networkId, this.clock.now());
    await this.announceRead(user.id, null, networkId);
  }

  /** The person's other tabs put their bell right. */
  private async announceRead(userId: string, notificationId: string | null, networkId: string | null): Promise<void> {
    const unread = (await this.store.unreadTotals([userId])).get(userId) ?? 0;
    this.events.publish('notification.read', { userId, notificationId, networkId, unread });
  }
}
