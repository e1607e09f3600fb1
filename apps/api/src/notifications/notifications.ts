import { Inject, Injectable } from '@nestjs/common';
import { notificationData, type NotificationData, type NotificationKind } from '@broedplaats/contracts';
import { notificationRecipients } from '@broedplaats/domain';
import { CLOCK, type Clock } from '../core/clock';
import { DATABASE, type Database, type Tx } from '../core/database/database';
import { EventBus } from '../core/events';
import { inTransaction, type AfterCommit } from '../core/transaction';
import { NotificationsRepository } from './notifications.repository';
import './notifications.events';

type DataOf<K extends NotificationKind> =
  NotificationData<K> extends Record<string, never> ? { data?: NotificationData<K> } : { data: NotificationData<K> };

/**
 * Something that concerns people. `recipients` are named by the caller, who knows who may see the
 * thing (the proposer and supporters of a question, the participants of an intervision session):
 * nobody else is ever told. In a network, only those who are members now are told.
 */
export type Notice<K extends NotificationKind = NotificationKind> = {
  /** Named people, or everyone in the network (`members`) or its facilitators, as they are in this transaction. */
  recipients: readonly string[] | 'members' | 'facilitators';
  kind: K;
  networkId: string | null;
  /** Who did it (never told themselves); null for what the system did. */
  actorId: string | null;
  /** What it is about, for the link: a person's, question's or meeting's id. */
  subjectId?: string | null;
} & DataOf<K>;

/**
 * Tells people what concerns them. Capabilities call `notify` inside the transaction of the change
 * (the notification stands or falls with it; recipients hear of it after commit), or `send` from a
 * listener of their domain events (see notifications.rules.ts).
 */
@Injectable()
export class Notifications {
  constructor(
    @Inject(DATABASE) private readonly database: Database,
    private readonly store: NotificationsRepository,
    private readonly events: EventBus,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Returns how many people were told. */
  async notify<K extends NotificationKind>(tx: Tx, afterCommit: AfterCommit, notice: Notice<K>): Promise<number> {
    const { kind, networkId, actorId } = notice;
    // A wrong shape is a bug in the caller: refuse it before it is stored and shown to people.
    const data = notificationData[kind].parse(notice.data ?? {}) as Record<string, unknown>;
    let to: string[];
    if (typeof notice.recipients === 'string') {
      if (!networkId) throw new Error(`"${notice.recipients}" needs a network`);
      to = notificationRecipients(await this.store.membersOf(tx, networkId, notice.recipients === 'facilitators' ? 'facilitator' : null), actorId);
    } else {
      to = notificationRecipients(notice.recipients, actorId);
      if (networkId) {
        const members = await this.store.membersAmong(tx, networkId, to);
        to = to.filter((userId) => members.has(userId));
      }
    }
    const createdAt = this.clock.now();
    const ids = await this.store.insert(tx, to.map((userId) => ({ userId, networkId, kind, subjectId: notice.subjectId ?? null, actorId, data, createdAt })));
    if (ids.length) afterCommit(() => this.announce(ids));
    return ids.length;
  }

  /** The same in a transaction of its own, for a listener that hears of a change after its commit. */
  send<K extends NotificationKind>(notice: Notice<K>): Promise<number> {
    return inTransaction(this.database.db, (tx, afterCommit) => this.notify(tx, afterCommit, notice));
  }

  private async announce(ids: string[]): Promise<void> {
    const rows = await this.store.withRecipients(ids);
    const unread = await this.store.unreadTotals([...new Set(rows.map((r) => r.userId))]);
    for (const { userId, notification } of rows) this.events.publish('notification.created', { userId, notification, unread: unread.get(userId) ?? 0 });
  }
}
