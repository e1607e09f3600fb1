import { Inject, Injectable, Logger } from '@nestjs/common';
import { aliasedTable, and, desc, eq, inArray, isNull, lt, ne, or, sql, type SQL } from 'drizzle-orm';
import { ActivityEntry, ActivityKind, personSubjectKinds } from '@broedplaats/contracts';
import type { NetworkPermission } from '@broedplaats/domain';
import { users } from '../auth/auth.tables';
import { DATABASE, type Database, type Db, type Tx } from '../core/database/database';
import { memberships } from '../networks/networks.tables';
import { activities, networkVisits } from './activity.tables';

export type NewActivity = {
  networkId: string;
  kind: ActivityKind;
  actorId: string | null;
  subjectId: string | null;
  permission: NetworkPermission;
  restrictedTo: string[] | null;
  data: Record<string, unknown>;
  at: Date;
};
/** Whose eyes a query reads with: the person, and the permissions whose entries they may see. */
export type ReadingAs = { userId: string; permissions: NetworkPermission[] };
export type StoredEntry = { entry: ActivityEntry; actorId: string | null };

const actor = aliasedTable(users, 'actor');
const subject = aliasedTable(users, 'subject');
const knownKinds = ActivityKind.options;

/** Every query names the network (or the reader's memberships): entries never cross networks. */
@Injectable()
export class ActivityRepository {
  private readonly db: Db;
  private readonly logger = new Logger(ActivityRepository.name);
  constructor(@Inject(DATABASE) database: Database) {
    this.db = database.db;
  }

  async insert(tx: Tx, activity: NewActivity): Promise<{ id: string; seq: number }> {
    const [row] = await tx.insert(activities).values(activity).returning({ id: activities.id, seq: activities.seq });
    return row;
  }

  /** One entry with its names, as everyone who may see it sees it. */
  async entry(networkId: string, id: string): Promise<ActivityEntry | null> {
    const [row] = await this.entries(this.db, and(eq(activities.networkId, networkId), eq(activities.id, id))!, 1);
    return row?.entry ?? null;
  }

  /** Newest first, only what `reader` may see; `before` is a seq. */
  page(networkId: string, reader: ReadingAs, before: number | undefined, limit: number): Promise<StoredEntry[]> {
    const where = and(eq(activities.networkId, networkId), this.visibleTo(reader), before ? lt(activities.seq, before) : undefined)!;
    return this.entries(this.db, where, limit);
  }

  /** The newest entry the reader may see, 0 when there is none. */
  async newestVisible(networkId: string, reader: ReadingAs): Promise<number> {
    const [row] = await this.db
      .select({ seq: sql<number | null>`max(${activities.seq})` })
      .from(activities)
      .where(and(eq(activities.networkId, networkId), this.visibleTo(reader)));
    return Number(row?.seq ?? 0);
  }

  async seenSeq(networkId: string, userId: string): Promise<number> {
    const [row] = await this.db
      .select({ seenSeq: networkVisits.seenSeq })
      .from(networkVisits)
      .where(and(eq(networkVisits.networkId, networkId), eq(networkVisits.userId, userId)))
      .limit(1);
    return row?.seenSeq ?? 0;
  }

  /** Moves "seen up to" forward only: an older tab marking later cannot bring old entries back as new. */
  async markSeen(networkId: string, userId: string, seq: number, at: Date, tx: Db | Tx = this.db): Promise<void> {
    await tx
      .insert(networkVisits)
      .values({ networkId, userId, seenSeq: seq, seenAt: at })
      .onConflictDoUpdate({
        target: [networkVisits.userId, networkVisits.networkId],
        set: { seenSeq: sql`greatest(${networkVisits.seenSeq}, excluded.seen_seq)`, seenAt: sql`excluded.seen_at` },
      });
  }

  /** The newest entry of a network, whoever may see it (a newcomer has seen everything before them). */
  async newest(tx: Tx, networkId: string): Promise<number> {
    const [row] = await tx.select({ seq: sql<number | null>`max(${activities.seq})` }).from(activities).where(eq(activities.networkId, networkId));
    return Number(row?.seq ?? 0);
  }

  async forgetVisit(tx: Tx, networkId: string, userId: string): Promise<void> {
    await tx.delete(networkVisits).where(and(eq(networkVisits.networkId, networkId), eq(networkVisits.userId, userId)));
  }

  /**
   * Per network the person is in, how many entries by others they may see and have not seen: one
   * query, each membership reading with its own role's permissions.
   */
  async news(userId: string, permissionsByRole: { facilitator: NetworkPermission[]; member: NetworkPermission[] }): Promise<Array<{ networkId: string; newCount: number }>> {
    const rows = await this.db
      .select({ networkId: memberships.networkId, newCount: sql<number>`count(${activities.id})::int` })
      .from(memberships)
      .leftJoin(networkVisits, and(eq(networkVisits.userId, memberships.userId), eq(networkVisits.networkId, memberships.networkId)))
      .leftJoin(
        activities,
        and(
          eq(activities.networkId, memberships.networkId),
          sql`${activities.seq} > coalesce(${networkVisits.seenSeq}, 0)`,
          sql`${activities.actorId} is distinct from ${memberships.userId}`,
          inArray(activities.kind, knownKinds),
          or(isNull(activities.restrictedTo), sql`${memberships.userId} = any(${activities.restrictedTo})`),
          or(
            and(eq(memberships.role, 'facilitator'), inArray(activities.permission, permissionsByRole.facilitator)),
            and(ne(memberships.role, 'facilitator'), inArray(activities.permission, permissionsByRole.member)),
          ),
        ),
      )
      .where(eq(memberships.userId, userId))
      .groupBy(memberships.networkId)
      .orderBy(memberships.networkId);
    return rows.map((r) => ({ networkId: r.networkId, newCount: Number(r.newCount) }));
  }

  private visibleTo(reader: ReadingAs): SQL {
    return and(
      inArray(activities.kind, knownKinds),
      inArray(activities.permission, reader.permissions),
      or(isNull(activities.restrictedTo), sql`${reader.userId}::uuid = any(${activities.restrictedTo})`),
    )!;
  }

  /** Names are read now, not when it happened: a renamed person shows their new name, a deleted one "voormalig lid". */
  private async entries(db: Db | Tx, where: SQL, limit: number): Promise<StoredEntry[]> {
    const rows = await db
      .select({
        id: activities.id,
        seq: activities.seq,
        kind: activities.kind,
        data: activities.data,
        at: activities.at,
        actorId: activities.actorId,
        actorName: actor.displayName,
        subjectId: subject.id,
        subjectName: subject.displayName,
      })
      .from(activities)
      .leftJoin(actor, eq(actor.id, activities.actorId))
      .leftJoin(subject, and(inArray(activities.kind, [...personSubjectKinds]), sql`${subject.id}::text = ${activities.subjectId}`))
      .where(where)
      .orderBy(desc(activities.seq))
      .limit(limit);
    return rows.flatMap((row) => {
      const parsed = ActivityEntry.safeParse({
        id: row.id,
        seq: Number(row.seq),
        kind: row.kind,
        actor: row.actorId && row.actorName !== null ? { id: row.actorId, displayName: row.actorName } : null,
        subject: row.subjectId && row.subjectName !== null ? { id: row.subjectId, displayName: row.subjectName } : null,
        data: row.data,
        at: row.at.toISOString(),
      });
      // An entry whose facts no longer fit its kind's shape is left out rather than failing the whole list.
      if (!parsed.success) this.logger.warn({ id: row.id, kind: row.kind }, 'activity entry does not match its kind');
      return parsed.success ? [{ entry: parsed.data, actorId: row.actorId }] : [];
    });
  }
}
