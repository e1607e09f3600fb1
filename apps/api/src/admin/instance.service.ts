import { Inject, Injectable } from '@nestjs/common';
import type { InstanceSettings, Me, UpdateInstanceSettingsBody } from '@broedplaats/contracts';
import type { z } from 'zod';
import { CLOCK, type Clock } from '../core/clock';
import { DATABASE, type Database } from '../core/database/database';
import { forbidden } from '../core/errors';
import { inTransaction } from '../core/transaction';
import { AdminRepository } from './admin.repository';
import { InstanceRepository } from './instance.repository';

/** What the front door says until a platform admin changes it. */
export const defaultInstanceSettings: InstanceSettings = {
  name: 'Broedplaats',
  welcome:
    'Broedplaats is de werkplek voor lerende netwerken in het sociaal domein. Professionals, inwoners, studenten en onderzoekers werken hier samen aan vragen uit de praktijk: ze plannen bijeenkomsten, delen wat ze leren en houden bij wat werkt.',
};

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
