import { Inject, Injectable } from '@nestjs/common';
import type { InstanceSettings } from '@broedplaats/contracts';
import { DATABASE, type Database, type Db, type Tx } from '../core/database/database';
import { instanceSettings } from './admin.tables';

/** The instance's one settings row (id 1); absent until an admin saves it. */
@Injectable()
export class InstanceRepository {
  private readonly db: Db;
  constructor(@Inject(DATABASE) database: Database) {
    this.db = database.db;
  }

  async find(tx: Db | Tx = this.db): Promise<InstanceSettings | null> {
    const [row] = await tx.select({ name: instanceSettings.name, welcome: instanceSettings.welcome }).from(instanceSettings).limit(1);
    return row ?? null;
  }

  async save(tx: Db | Tx, settings: InstanceSettings & { updatedBy: string; updatedAt: Date }): Promise<void> {
    await tx
      .insert(instanceSettings)
      .values({ id: 1, ...settings })
      .onConflictDoUpdate({ target: instanceSettings.id, set: settings });
  }
}
