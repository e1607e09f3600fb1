import { Inject, Injectable, Logger } from '@nestjs/common';
import { and, desc, eq, inArray, isNull, lt, or, sql, type SQL } from 'drizzle-orm';
import { Notification, NotificationKind, type NetworkRole } from '@broedplaats/contracts';
import { users } from '../auth/auth.tables';
import { DATABASE, type Database, type Db, type Tx } from '../core/database/database';
import { memberships, networks } from '../networks/networks.tables';
import { notifications } from './notifications.tables';

export type NewNotification = {
  userId: string;
  networkId: string | null;
  kind: NotificationKind;
  subjectId: string | null;
  actorId: string | null;
  data: Record<string, unknown>;
  createdAt: Date;
  /** Only the demo writes one already read. */
  readAt?: Date | null;
};
export type PageQuery = { before?: number; limit: number; networkId?: string; unreadOnly: boolean };

const knownKinds = NotificationKind.options;

/**
 * Every read names the recipient: a person's notifications never reach another. What belongs to a
 * network shows only while the recipient is a member of it (checked at read time too, so a row
 * written while they were leaving does not come back).
 */
@Injectable()
export class NotificationsRepository {
  private readonly db: Db;
  private readonly logger = new Logger(NotificationsRepository.name);
  constructor(@Inject(DATABASE) database: Database) {
    this.db = database.db;
  }

  /** Of `userIds`, those who are members of the network now (in the writer's transaction). */
  async membersAmong(tx: Tx, networkId: string, userIds: string[]): Promise<Set<string>> {
    if (!userIds.length) return new Set();
    const rows = await tx
      .select({ userId: memberships.userId })
      .from(memberships)
      .where(and(eq(memberships.networkId, networkId), inArray(memberships.userId, userIds)));
    return new Set(rows.map((r) => r.userId));
  }

  /** Everyone in the network now, or only those with `role`, oldest member first. */
  async membersOf(tx: Tx, networkId: string, role: NetworkRole | null): Promise<string[]> {
    const rows = await tx
      .select({ userId: memberships.userId })
      .from(memberships)
      .where(and(eq(memberships.networkId, networkId), role ? eq(memberships.role, role) : undefined))
      .orderBy(memberships.joinedAt, memberships.userId);
    return rows.map((r) => r.userId);
  }

  async insert(tx: Tx, rows: NewNotification[]): Promise<string[]> {
    if (!rows.length) return [];
    const inserted = await tx.insert(notifications).values(rows).returning({ id: notifications.id });
    return inserted.map((r) => r.id);
  }

  /** The given notifications with their names, each with its recipient (for the live event). */
  async withRecipients(ids: string[]): Promise<Array<{ userId: string; notification: Notification }>> {
    if (!ids.length) return [];
    return this.read(this.db, inArray(notifications.id, ids), ids.length);
  }

  /** Newest first; `before` is a seq. */
  async page(userId: string, query: PageQuery): Promise<Notification[]> {
    const where = and(
      this.mine(userId),
      query.networkId ? eq(notifications.networkId, query.networkId) : undefined,
      query.unreadOnly ? isNull(notifications.readAt) : undefined,
      query.before ? lt(notifications.seq, query.before) : undefined,
    )!;
    return (await this.read(this.db, where, query.limit)).map((r) => r.notification);
  }

  /** Unread per network of the person (null: outside any network). */
  async unreadByNetwork(userId: string): Promise<Array<{ networkId: string | null; count: number }>> {
    const rows = await this.db
      .select({ networkId: notifications.networkId, count: sql<number>`count(*)::int` })
      .from(notifications)
      .where(and(this.mine(userId), isNull(notifications.readAt)))
      .groupBy(notifications.networkId);
    return rows.map((r) => ({ networkId: r.networkId, count: Number(r.count) }));
  }

  /** Unread totals of several people at once (after a notification to many). */
  async unreadTotals(userIds: string[]): Promise<Map<string, number>> {
    if (!userIds.length) return new Map();
    const rows = await this.db
      .select({ userId: notifications.userId, count: sql<number>`count(*)::int` })
      .from(notifications)
      .where(and(inArray(notifications.userId, userIds), isNull(notifications.readAt), inArray(notifications.kind, knownKinds), this.stillMember()))
      .groupBy(notifications.userId);
    return new Map(rows.map((r) => [r.userId, Number(r.count)]));
  }

  /** Keeps the first time it was read; false when it is not one of mine (or no longer shown to me). */
  async markRead(userId: string, id: string, at: Date): Promise<{ found: boolean; networkId: string | null }> {
    const [row] = await this.db
      .select({ networkId: notifications.networkId })
      .from(notifications)
      .where(and(this.mine(userId), eq(notifications.id, id)))
      .limit(1);
    if (!row) return { found: false, networkId: null };
    await this.db
      .update(notifications)
      .set({ readAt: at })
      .where(and(eq(notifications.userId, userId), eq(notifications.id, id), isNull(notifications.readAt)));
    return { found: true, networkId: row.networkId };
  }

  async markAllRead(userId: string, networkId: string | null, at: Date): Promise<void> {
    await this.db
      .update(notifications)
      .set({ readAt: at })
      .where(and(eq(notifications.userId, userId), isNull(notifications.readAt), networkId ? eq(notifications.networkId, networkId) : undefined));
  }

  /** Someone left a network: what it told them goes with their access. */
  async forget(tx: Tx, userId: string, networkId: string): Promise<void> {
    await tx.delete(notifications).where(and(eq(notifications.userId, userId), eq(notifications.networkId, networkId)));
  }

  private mine(userId: string): SQL {
    return and(eq(notifications.userId, userId), inArray(notifications.kind, knownKinds), this.stillMember())!;
  }

  private stillMember(): SQL {
    return or(
      isNull(notifications.networkId),
      sql`exists (select 1 from ${memberships} where ${memberships.networkId} = ${notifications.networkId} and ${memberships.userId} = ${notifications.userId})`,
    )!;
  }

  /** Names are read now: a renamed network or person shows the new name. */
  private async read(db: Db | Tx, where: SQL, limit: number): Promise<Array<{ userId: string; notification: Notification }>> {
    const rows = await db
      .select({
        id: notifications.id,
        seq: notifications.seq,
        userId: notifications.userId,
        kind: notifications.kind,
        networkId: notifications.networkId,
        networkName: networks.name,
        actorId: notifications.actorId,
        actorName: users.displayName,
        subjectId: notifications.subjectId,
        data: notifications.data,
        createdAt: notifications.createdAt,
        readAt: notifications.readAt,
      })
      .from(notifications)
      .leftJoin(networks, eq(networks.id, notifications.networkId))
      .leftJoin(users, eq(users.id, notifications.actorId))
      .where(where)
      .orderBy(desc(notifications.seq))
      .limit(limit);
    return rows.flatMap((row) => {
      const parsed = Notification.safeParse({
        id: row.id,
        seq: Number(row.seq),
        kind: row.kind,
        network: row.networkId && row.networkName !== null ? { id: row.networkId, name: row.networkName } : null,
        actor: row.actorId && row.actorName !== null ? { id: row.actorId, displayName: row.actorName } : null,
        subjectId: row.subjectId,
        data: row.data,
        createdAt: row.createdAt.toISOString(),
        readAt: row.readAt?.toISOString() ?? null,
      });
      // One whose facts no longer fit its kind is left out rather than failing the whole list.
      if (!parsed.success) this.logger.warn({ id: row.id, kind: row.kind }, 'notification does not match its kind');
      return parsed.success ? [{ userId: row.userId, notification: parsed.data }] : [];
    });
  }
}
