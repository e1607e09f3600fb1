import { Inject, Injectable } from '@nestjs/common';
import { and, asc, count, desc, eq, getTableColumns, inArray, isNull, notInArray, sql, type SQL } from 'drizzle-orm';
import type { Network, NetworkInput, NetworkListQuery, NetworkRole, NetworkStatus, Partner } from '@broedplaats/contracts';
import type { z } from 'zod';
import { DATABASE, type Database, type Db, type Tx } from '../core/database/database';
import { memberships, networkPartners, networks, networkThemes } from './networks.tables';

// The search column is for queries only; nobody reads it back.
const { search: _search, ...profileColumns } = getTableColumns(networks);
export type NetworkRow = Omit<typeof networks.$inferSelect, 'search'>;
type Profile = Omit<NetworkInput, 'partners' | 'themeIds' | 'status'> & { status: NetworkStatus };
export type ListFilter = z.output<typeof NetworkListQuery> & { userId: string };

/**
 * A typed search as a prefix query: every word must match the start of a (Dutch-stemmed) word, so
 * "eenzaam" finds "eenzaamheid" and "hoge" finds "Hogeschool" while the person is still typing.
 * Only letters and digits pass, so nothing in `q` is tsquery syntax. Null when no word is left.
 */
export function prefixQuery(q: string): string | null {
  const words = q.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.length ? words.map((w) => `${w}:*`).join(' & ') : null;
}

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
    const [row] = await tx.select(profileColumns).from(networks).where(eq(networks.id, networkId)).limit(1);
    return row ?? null;
  }

  /** Locks the row so concurrent edits of one network queue up. */
  async findForUpdate(tx: Tx, networkId: string): Promise<NetworkRow | null> {
    const [row] = await tx.select(profileColumns).from(networks).where(eq(networks.id, networkId)).for('update').limit(1);
    return row ?? null;
  }

  /**
   * The network and the viewer's role in one round trip; inside a transaction the network row is
   * locked, so concurrent changes of one network queue up. With `dutyAt` (asked for platform admins
   * only) also the end of their facilitator-on-duty shift there that is running at that moment.
   */
  async findWithRole(
    networkId: string,
    viewerId: string,
    { tx, lock = false, dutyAt }: { tx?: Tx; lock?: boolean; dutyAt?: Date } = {},
  ): Promise<{ network: NetworkRow; role: NetworkRole | null; dutyEndsAt: Date | null } | null> {
    const dutyEndsAt = dutyAt
      ? sql<string | Date | null>`(select max(d.ends_at) from duty_shifts d where d.network_id = networks.id and d.admin_id = ${viewerId} and d.ended_at is null and d.ends_at > ${dutyAt.toISOString()}::timestamptz)`
      : sql<null>`null`;
    const query = (tx ?? this.db)
      .select({
        network: profileColumns,
        role: sql<NetworkRole | null>`(select m.role from memberships m where m.network_id = networks.id and m.user_id = ${viewerId})`,
        dutyEndsAt,
      })
      .from(networks)
      .where(eq(networks.id, networkId))
      .limit(1);
    const [row] = tx && lock ? await query.for('update', { of: networks }) : await query;
    return row ? { ...row, dutyEndsAt: row.dutyEndsAt ? new Date(row.dutyEndsAt) : null } : null;
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

  /**
   * One page of network ids. `mine`: the networks the person is in; `public` (Ontdek): public
   * networks they are not in. Search matches the network's own words (its generated `search`
   * column), its partners' and its themes' names, all with the Dutch configuration, and ranks by
   * relevance; every order ends on the id, so pages never overlap.
   */
  async page(filter: ListFilter): Promise<{ ids: string[]; total: number }> {
    const mine = this.db.select({ id: memberships.networkId }).from(memberships).where(eq(memberships.userId, filter.userId));
    const conditions: SQL[] = [filter.scope === 'mine' ? inArray(networks.id, mine) : and(eq(networks.visibility, 'public'), notInArray(networks.id, mine))!];
    if (!filter.includeArchived) conditions.push(isNull(networks.archivedAt));
    if (filter.province) conditions.push(eq(networks.province, filter.province));
    if (filter.type) conditions.push(eq(networks.type, filter.type));
    if (filter.status) conditions.push(eq(networks.status, filter.status));
    if (filter.theme) {
      conditions.push(sql`exists (select 1 from network_themes nt where nt.network_id = networks.id and nt.theme_id = ${filter.theme})`);
    }
    const words = prefixQuery(filter.q);
    const query = words ? sql`to_tsquery('dutch', ${words})` : null;
    // Plain SQL with `networks.id` written out: drizzle leaves columns unqualified inside sql templates,
    // and `id` inside these subqueries would be the partner's.
    const partnerNames = sql`coalesce((select string_agg(p.name, ' ') from network_partners np join partners p on p.id = np.partner_id where np.network_id = networks.id), '')`;
    const themeNames = sql`coalesce((select string_agg(t.nl || ' ' || t.en, ' ') from network_themes nt join themes t on t.id = nt.theme_id where nt.network_id = networks.id), '')`;
    const relatedVector = sql`setweight(to_tsvector('dutch', ${partnerNames} || ' ' || ${themeNames}), 'B')`;
    if (query) {
      conditions.push(sql`(networks.search @@ ${query}
        or exists (select 1 from network_partners np join partners p on p.id = np.partner_id where np.network_id = networks.id and to_tsvector('dutch', p.name) @@ ${query})
        or exists (select 1 from network_themes nt join themes t on t.id = nt.theme_id where nt.network_id = networks.id and to_tsvector('dutch', t.nl || ' ' || t.en) @@ ${query}))`);
    }
    const where = and(...conditions);
    const sort = filter.sort ?? (query ? 'relevance' : filter.scope === 'mine' ? 'updated' : 'name');
    const order: SQL[] =
      sort === 'relevance' && query
        ? [desc(sql`ts_rank(networks.search || ${relatedVector}, ${query})`), asc(networks.name)]
        : sort === 'updated'
          ? [desc(networks.updatedAt)]
          : [asc(sql`lower(${networks.name})`)];
    const [{ total }] = await this.db.select({ total: count() }).from(networks).where(where);
    const rows = await this.db
      .select({ id: networks.id })
      .from(networks)
      .where(where)
      .orderBy(...order, asc(networks.id))
      .limit(filter.pageSize)
      .offset((filter.page - 1) * filter.pageSize);
    return { ids: rows.map((r) => r.id), total };
  }

  /**
   * Full profiles (partners, themes, member count, the viewer's role, and for members the welcome) for the given networks, in order.
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
        // Per viewer and per moment: the service fills it in from the access check.
        onDuty: null,
        // The welcome is for members only: public profiles and outsiders never get it.
        ...(myRole ? { welcome: row.welcome } : {}),
        createdAt: row.createdAt.toISOString(),
        updatedAt: row.updatedAt.toISOString(),
      };
    });
  }

  private viewQuery(db: Db | Tx) {
    return db
      .select({
        network: profileColumns,
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
