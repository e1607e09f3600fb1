import { Inject, Injectable } from '@nestjs/common';
import { asc, ilike, inArray } from 'drizzle-orm';
import type { Partner, PartnerInput } from '@broedplaats/contracts';
import { DATABASE, type Database, type Db, type Tx } from '../core/database/database';
import { partners } from './networks.tables';

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

  search(q: string, limit = 20): Promise<Partner[]> {
    const query = this.db.select({ id: partners.id, name: partners.name, kind: partners.kind }).from(partners);
    return (q ? query.where(ilike(partners.name, likePattern(q))) : query).orderBy(asc(partners.name)).limit(limit);
  }
}
