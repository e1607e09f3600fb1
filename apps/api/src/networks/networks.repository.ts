import { Inject, Injectable } from '@nestjs/common';
import { and, asc, count, desc, eq, ilike, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { Network, NetworkInput, NetworkRole, NetworkStatus, Partner } from '@broedplaats/contracts';
import { DATABASE, type Database, type Db, type Tx } from '../core/database/database';
import { memberships, networkPartners, networks, networkThemes } from './networks.tables';
import { likePattern } from './partners.repository';

export type NetworkRow = typeof networks.$inferSelect;
type Profile = Omit<NetworkInput, 'partners' | 'themeIds' | 'status'> & { status: NetworkStatus };
export type ListFilter = { scope: 'mine' | 'public'; userId: string; q: string; includeArchived: boolean; page: number; pageSize: number };

@Injectable()
export class NetworksRepository {
  private readonly db: Db;
  private preparedViews?: ReturnType<ReturnType<NetworksRepository['viewQuery']>['prepare']>;
  constructor(@Inject(DATABASE) database: Database) {
    this.db = database.db;
  }

  async insert(tx: Db | Tx, profile: Profile): Promise<string> {
    const [row] = await tx.insert(networks).values(profile).returning({ id: networks.id });
    return row.id;
  }

  async find(networkId: string, tx: Db | Tx = this.db): Promise<NetworkRow | null> {
    const [row] = await tx.select().from(networks).where(eq(networks.id, networkId)).limit(1);
    return row ?? null;
  }

  /** Locks the row so concurrent edits of one network queue up. */
  async findForUpdate(tx: Tx, networkId: string): Promise<NetworkRow | null> {
    const [row] = await tx.select().from(networks).where(eq(networks.id, networkId)).for('update').limit(1);
    return row ?? null;
  }

  /**
   * The network and the viewer's role in one round trip; inside a transaction the network row is
   * locked, so concurrent changes of one network queue up.
   */
  async findWithRole(networkId: string, viewerId: string, { tx, lock = false }: { tx?: Tx; lock?: boolean } = {}): Promise<{ network: NetworkRow; role: NetworkRole | null } | null> {
    const query = (tx ?? this.db)
      .select({
        network: networks,
        role: sql<NetworkRole | null>`(select m.role from memberships m where m.network_id = networks.id and m.user_id = ${viewerId})`,
      })
      .from(networks)
      .where(eq(networks.id, networkId))
      .limit(1);
    const [row] = tx && lock ? await query.for('update', { of: networks }) : await query;
    return row ?? null;
  }

  async update(tx: Tx, networkId: string, changes: Partial<Profile> & { archivedAt?: Date | null }): Promise<void> {
    await tx.update(networks).set({ ...changes, updatedAt: new Date() }).where(eq(networks.id, networkId));
  }

  async replaceThemes(tx: Tx, networkId: string, themeIds: string[]): Promise<void> {
    await tx.delete(networkThemes).where(eq(networkThemes.networkId, networkId));
    const unique = [...new Set(themeIds)];
    if (unique.length) await tx.insert(networkThemes).values(unique.map((themeId) => ({ networkId, themeId })));
  }

  async replacePartners(tx: Tx, networkId: string, partnerIds: string[]): Promise<void> {
    await tx.delete(networkPartners).where(eq(networkPartners.networkId, networkId));
    if (partnerIds.length) {
      await tx.insert(networkPartners).values(partnerIds.map((partnerId, position) => ({ networkId, partnerId, position })));
    }
  }

  /** One page of network ids, newest first within the filter. */
  async page(filter: ListFilter): Promise<{ ids: string[]; total: number }> {
    const conditions: SQL[] = [];
    if (!filter.includeArchived) conditions.push(isNull(networks.archivedAt));
    if (filter.q) {
      const pattern = likePattern(filter.q);
      conditions.push(or(ilike(networks.name, pattern), ilike(networks.region, pattern), ilike(networks.province, pattern))!);
    }
    if (filter.scope === 'public') conditions.push(eq(networks.visibility, 'public'));
    else {
      const mine = this.db.select({ id: memberships.networkId }).from(memberships).where(eq(memberships.userId, filter.userId));
      conditions.push(inArray(networks.id, mine));
    }
    const where = and(...conditions);
    const [{ total }] = await this.db.select({ total: count() }).from(networks).where(where);
    const rows = await this.db
      .select({ id: networks.id })
      .from(networks)
      .where(where)
      .orderBy(filter.scope === 'mine' ? desc(networks.updatedAt) : asc(networks.name), asc(networks.id))
      .limit(filter.pageSize)
      .offset((filter.page - 1) * filter.pageSize);
    return { ids: rows.map((r) => r.id), total };
  }

  /**
   * Full profiles (partners, themes, member count, the viewer's role) for the given networks, in order.
   * One query with correlated subqueries: on the embedded database every round trip costs, and this
   * runs on every read and every change. Outside a transaction it is a prepared statement, built once:
   * building it took longer than running it, and the server plans it once per connection.
   */
  async views(networkIds: string[], viewerId: string, tx?: Tx): Promise<Network[]> {
    if (networkIds.length === 0) return [];
    const params = { networkIds, viewerId };
    const rows = tx ? await this.viewQuery(tx).execute(params) : await (this.preparedViews ??= this.viewQuery(this.db).prepare('network_views')).execute(params);
    const byId = new Map(rows.map((r) => [r.network.id, r]));
    return networkIds.filter((id) => byId.has(id)).map((id) => {
      const { network: row, partners: partnerList, themeIds, memberCount, myRole } = byId.get(id)!;
      return {
        id: row.id,
        name: row.name,
        domain: row.domain,
        community: row.community,
        practice: row.practice,
        province: row.province,
        region: row.region,
        type: row.type,
        status: row.status,
        startYear: row.startYear,
        focus: row.focus,
        themeIds,
        partners: partnerList,
        visibility: row.visibility,
        archived: row.archivedAt !== null,
        memberCount: Number(memberCount),
        myRole,
        createdAt: row.createdAt.toISOString(),
        updatedAt: row.updatedAt.toISOString(),
      };
    });
  }

  private viewQuery(db: Db | Tx) {
    return db
      .select({
        network: networks,
        // Plain SQL with aliases: drizzle leaves columns unqualified inside sql templates, which would
        // make these correlated subqueries compare a table's columns with themselves.
        partners: sql<Partner[]>`coalesce((
          select json_agg(json_build_object('id', p.id, 'name', p.name, 'kind', p.kind) order by np.position)
          from network_partners np join partners p on p.id = np.partner_id
          where np.network_id = networks.id), '[]'::json)`,
        themeIds: sql<string[]>`coalesce((
          select json_agg(nt.theme_id order by nt.theme_id) from network_themes nt where nt.network_id = networks.id), '[]'::json)`,
        memberCount: sql<number>`(select count(*)::int from memberships m where m.network_id = networks.id)`,
        myRole: sql<NetworkRole | null>`(select m.role from memberships m where m.network_id = networks.id and m.user_id = ${sql.placeholder('viewerId')})`,
      })
      .from(networks)
      .where(sql`${networks.id} = any(${sql.placeholder('networkIds')}::uuid[])`);
  }
}
