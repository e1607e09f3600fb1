import { Inject, Injectable } from '@nestjs/common';
import { and, asc, eq, sql } from 'drizzle-orm';
import type { PgPreparedQuery, PreparedQueryConfig } from 'drizzle-orm/pg-core';
import type { Member, NetworkRole, ParticipantCategory } from '@broedplaats/contracts';
import { users } from '../auth/auth.tables';
import { DATABASE, type Database, type Db, type Tx } from '../core/database/database';
import { memberships } from './networks.tables';

export type MembershipInput = { userId: string; role: NetworkRole; category: ParticipantCategory; engagement?: number };
export type MembershipChanges = Partial<Pick<Member, 'role' | 'category' | 'engagement'>>;

const memberColumns = {
  userId: memberships.userId,
  displayName: users.displayName,
  organisation: users.organisation,
  bio: users.bio,
  role: memberships.role,
  category: memberships.category,
  engagement: memberships.engagement,
  joinedAt: memberships.joinedAt,
};
type MemberRow = { userId: string; displayName: string; organisation: string; bio: string; role: NetworkRole; category: ParticipantCategory; engagement: number; joinedAt: Date };
const toMember = (row: MemberRow): Member => ({ ...row, joinedAt: row.joinedAt.toISOString() });

/** Every query names the network: a membership never leaks across networks by a forgotten filter. */
@Injectable()
export class MembersRepository {
  private readonly db: Db;
  private networksOfQuery?: PgPreparedQuery<PreparedQueryConfig & { execute: Array<{ networkId: string; role: NetworkRole }> }>;
  constructor(@Inject(DATABASE) database: Database) {
    this.db = database.db;
  }

  async roleOf(networkId: string, userId: string, tx: Db | Tx = this.db): Promise<NetworkRole | null> {
    const [row] = await tx
      .select({ role: memberships.role })
      .from(memberships)
      .where(and(eq(memberships.networkId, networkId), eq(memberships.userId, userId)))
      .limit(1);
    return row?.role ?? null;
  }

  async find(networkId: string, userId: string, tx: Db | Tx = this.db): Promise<Member | null> {
    const [row] = await tx
      .select(memberColumns)
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(and(eq(memberships.networkId, networkId), eq(memberships.userId, userId)))
      .limit(1);
    return row ? toMember(row) : null;
  }

  async list(networkId: string): Promise<Member[]> {
    const rows = await this.db
      .select(memberColumns)
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(eq(memberships.networkId, networkId))
      .orderBy(asc(users.displayName), asc(memberships.userId));
    return rows.map(toMember);
  }

  /** The person as a member of each of their networks: what those networks hear after they edit their profile. */
  async everyMembershipOf(userId: string): Promise<Array<{ networkId: string; member: Member }>> {
    const rows = await this.db
      .select({ networkId: memberships.networkId, ...memberColumns })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(eq(memberships.userId, userId));
    return rows.map(({ networkId, ...row }) => ({ networkId, member: toMember(row) }));
  }

  async insert(tx: Db | Tx, networkId: string, input: MembershipInput): Promise<void> {
    await tx.insert(memberships).values({ networkId, ...input });
  }

  async update(tx: Tx, networkId: string, userId: string, changes: MembershipChanges): Promise<void> {
    await tx.update(memberships).set(changes).where(and(eq(memberships.networkId, networkId), eq(memberships.userId, userId)));
  }

  async delete(tx: Tx, networkId: string, userId: string): Promise<void> {
    await tx.delete(memberships).where(and(eq(memberships.networkId, networkId), eq(memberships.userId, userId)));
  }

  /** Counts facilitators while locking their rows, so two of them cannot both leave at once. */
  async lockFacilitators(tx: Tx, networkId: string): Promise<number> {
    const rows = await tx
      .select({ userId: memberships.userId })
      .from(memberships)
      .where(and(eq(memberships.networkId, networkId), eq(memberships.role, 'facilitator')))
      .for('update');
    return rows.length;
  }

  /**
   * The networks a person belongs to, with their role: what the realtime layer puts them in. Every
   * socket asks on connect, hundreds at once after a restart, so it is a prepared statement.
   */
  async networksOf(userId: string): Promise<Array<{ networkId: string; role: NetworkRole }>> {
    this.networksOfQuery ??= this.db
      .select({ networkId: memberships.networkId, role: memberships.role })
      .from(memberships)
      .where(eq(memberships.userId, sql.placeholder('userId')))
      .prepare('member_networks');
    return this.networksOfQuery.execute({ userId });
  }

  async count(networkId: string): Promise<number> {
    const [row] = await this.db
      .select({ n: sql<number>`count(*)::int` })
      .from(memberships)
      .where(eq(memberships.networkId, networkId));
    return Number(row.n);
  }
}
