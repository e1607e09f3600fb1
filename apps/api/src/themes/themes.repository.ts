import { Inject, Injectable } from '@nestjs/common';
import { asc, inArray } from 'drizzle-orm';
import type { Theme } from '@broedplaats/contracts';
import { DATABASE, type Database, type Db, type Tx } from '../core/database/database';
import { themes } from './themes.tables';

@Injectable()
export class ThemesRepository {
  private readonly db: Db;
  constructor(@Inject(DATABASE) database: Database) {
    this.db = database.db;
  }

  async list(): Promise<Theme[]> {
    const rows = await this.db.select().from(themes).orderBy(asc(themes.position));
    return rows.map(({ position: _position, ...theme }) => theme);
  }

  async existingIds(ids: string[], tx: Db | Tx = this.db): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const rows = await tx.select({ id: themes.id }).from(themes).where(inArray(themes.id, ids));
    return new Set(rows.map((r) => r.id));
  }

  /** Loads the taxonomy; existing themes keep their id and get the current labels. */
  async upsertAll(list: Array<Theme>): Promise<void> {
    await this.db.transaction(async (tx) => {
      for (const [position, theme] of list.entries()) {
        await tx
          .insert(themes)
          .values({ ...theme, position })
          .onConflictDoUpdate({ target: themes.id, set: { nl: theme.nl, en: theme.en, number: theme.number, extra: theme.extra, position } });
      }
    });
  }
}
