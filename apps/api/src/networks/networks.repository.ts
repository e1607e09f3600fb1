import { Inject, Injectable } from '@nestjs/common';
import { and, asc, count, desc, eq, ilike, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { Network, NetworkInput, NetworkRole, NetworkStatus } from '@broedplaats/contracts';
import { DATABASE, type Database, type Db, type Tx } from '../core/database/database';
import { memberships, networkPartners, networks, networkThemes, partners } from './networks.tables';
import { likePattern } from './partners.repository';

export type NetworkRow = typeof networks.$inferSelect;
type Profile = Omit<NetworkInput, 'partners' | 'themeIds' | 'status'> & { status: NetworkStatus };
export type ListFilter = { scope: 'mine' | 'public'; userId: string; q: string; includeArchived: boolean; page: number; pageSize: number };

@Injectable()
export class NetworksRepository {
  private readonly db: Db;
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

  /** Full profiles (partners, themes, member count, the viewer's role) for the given networks, in order. */
  async views(networkIds: string[], viewerId: string, tx: Db | Tx = this.db): Promise<Network[]> {
    if (networkIds.length === 0) return [];
    const [rows, partnerRows, themeRows, counts, roles] = await Promise.all([
      tx.select().from(networks).where(inArray(networks.id, networkIds)),
      tx
        .select({ networkId: networkPartners.networkId, id: partners.id, name: partners.name, kind: partners.kind })
        .from(networkPartners)
        .innerJoin(partners, eq(partners.id, networkPartners.partnerId))
        .where(inArray(networkPartners.networkId, networkIds))
        .orderBy(asc(networkPartners.position)),
      tx.select().from(networkThemes).where(inArray(networkThemes.networkId, networkIds)).orderBy(asc(networkThemes.themeId)),
      tx
        .select({ networkId: memberships.networkId, n: sql<number>`count(*)::int` })
        .from(memberships)
        .where(inArray(memberships.networkId, networkIds))
        .groupBy(memberships.networkId),
      tx
        .select({ networkId: memberships.networkId, role: memberships.role })
        .from(memberships)
        .where(and(inArray(memberships.networkId, networkIds), eq(memberships.userId, viewerId))),
    ]);
    const byId = new Map(rows.map((r) => [r.id, r]));
    const group = <T extends { networkId: string }>(list: T[]) => {
      const map = new Map<string, T[]>();
      for (const item of list) map.set(item.networkId, [...(map.get(item.networkId) ?? []), item]);
      return map;
    };
    const partnersBy = group(partnerRows);
    const themesBy = group(themeRows);
    const countBy = new Map(counts.map((c) => [c.networkId, Number(c.n)]));
    const roleBy = new Map<string, NetworkRole>(roles.map((r) => [r.networkId, r.role]));
    return networkIds.filter((id) => byId.has(id)).map((id) => {
      const row = byId.get(id)!;
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
        themeIds: (themesBy.get(id) ?? []).map((t) => t.themeId),
        partners: (partnersBy.get(id) ?? []).map(({ id: pid, name, kind }) => ({ id: pid, name, kind })),
        visibility: row.visibility,
        archived: row.archivedAt !== null,
        memberCount: countBy.get(id) ?? 0,
        myRole: roleBy.get(id) ?? null,
        createdAt: row.createdAt.toISOString(),
        updatedAt: row.updatedAt.toISOString(),
      };
    });
  }
}
