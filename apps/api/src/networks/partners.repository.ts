import { Inject, Injectable } from '@nestjs/common';
import { and, asc, eq, exists, ilike, inArray, or, type SQL } from 'drizzle-orm';
import type { Partner, PartnerInput } from '@broedplaats/contracts';
import { DATABASE, type Database, type Db, type Tx } from '../core/database/database';
import { memberships, networkPartners, networks, partners } from './networks.tables';

export const partnerKey = (name: string) => name.trim().replace(/\s+/g, ' ').toLowerCase();
export const likePattern = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** Organisations are not owned by a network, so no networkId here: they are shared reference data. */
@Injectable()
export class PartnersRepository {
  private readonly db: Db;
  constructor(@Inject(DATABASE) database: Database) {
    this.db = database.db;
  }

  /** Finds each organisation by name (any case) or creates it; returns ids in input order. */
  async resolve(tx: Db | Tx, inputs: PartnerInput[]): Promise<string[]> {
    if (inputs.length === 0) return [];
    const rows = inputs.map((p) => ({ name: p.name.trim().replace(/\s+/g, ' '), nameKey: partnerKey(p.name), kind: p.kind }));
    await tx.insert(partners).values(rows).onConflictDoNothing({ target: partners.nameKey });
    const keys = rows.map((r) => r.nameKey);
    const found = await tx.select({ id: partners.id, nameKey: partners.nameKey }).from(partners).where(inArray(partners.nameKey, keys));
    const byKey = new Map(found.map((f) => [f.nameKey, f.id]));
    return [...new Set(keys)].map((key) => byKey.get(key)!);
  }

  /**
   * Organisations the person may already see: partners of a public network or of one of their own.
   * A members-only network's partners are part of what only its members see. `userId` null: all.
   */
  search(q: string, userId: string | null, limit = 20): Promise<Partner[]> {
    const conditions: SQL[] = [];
    if (q) conditions.push(ilike(partners.name, likePattern(q)));
    if (userId) {
      const mine = this.db.select({ one: memberships.networkId }).from(memberships).where(and(eq(memberships.networkId, networkPartners.networkId), eq(memberships.userId, userId)));
      const visible = this.db
        .select({ one: networkPartners.partnerId })
        .from(networkPartners)
        .innerJoin(networks, eq(networks.id, networkPartners.networkId))
        .where(and(eq(networkPartners.partnerId, partners.id), or(eq(networks.visibility, 'public'), exists(mine))));
      conditions.push(exists(visible));
    }
    return this.db
      .select({ id: partners.id, name: partners.name, kind: partners.kind })
      .from(partners)
      .where(and(...conditions))
      .orderBy(asc(partners.name))
      .limit(limit);
  }
}
