import { Inject, Injectable } from '@nestjs/common';
import type { InstanceSettings, Me, UpdateInstanceSettingsBody } from '@broedplaats/contracts';
import type { z } from 'zod';
import { CLOCK, type Clock } from '../core/clock';
import { DATABASE, type Database } from '../core/database/database';
import { forbidden } from '../core/errors';
import { inTransaction } from '../core/transaction';
import { AdminRepository } from './admin.repository';
import { InstanceRepository } from './instance.repository';

/** Until a platform admin changes them: the product's name, and no welcome text of the instance's own (the front door then says what Broedplaats is, in the visitor's language). */
export const defaultInstanceSettings: InstanceSettings = { name: 'Broedplaats', welcome: '' };

/** The instance's name and welcome text: everyone reads them on the front door, platform admins change them. */
@Injectable()
export class InstanceService {
  constructor(
    @Inject(DATABASE) private readonly database: Database,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly settings: InstanceRepository,
    private readonly audit: AdminRepository,
  ) {}

  async read(): Promise<InstanceSettings> {
    return (await this.settings.find()) ?? defaultInstanceSettings;
  }

  update(admin: Me, changes: z.output<typeof UpdateInstanceSettingsBody>): Promise<InstanceSettings> {
    if (!admin.isPlatformAdmin) throw forbidden('Only platform admins change the instance settings');
    return inTransaction(this.database.db, async (tx) => {
      const at = this.clock.now();
      await this.settings.save(tx, { ...changes, updatedBy: admin.id, updatedAt: at });
      await this.audit.audit(tx, { actorId: admin.id, action: 'instance.settings_changed', at });
      return (await this.settings.find(tx))!;
    });
  }
}
