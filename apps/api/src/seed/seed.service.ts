import { Inject, Injectable, Logger } from '@nestjs/common';
import { count } from 'drizzle-orm';
import { hashPassword } from '../auth/passwords';
import { UsersRepository } from '../auth/users.repository';
import { CONFIG, type Config } from '../core/config';
import { DATABASE, type Database } from '../core/database/database';
import { MembersRepository } from '../networks/members.repository';
import { networks } from '../networks/networks.tables';
import { NetworksRepository } from '../networks/networks.repository';
import { PartnersRepository } from '../networks/partners.repository';
import { DEMO_PASSWORD, demoAccounts, demoNetworks } from './demo';

/** Loads the demo (50 networks from the source documents, one account per role) into an empty database. */
@Injectable()
export class SeedService {
  private readonly logger = new Logger(SeedService.name);

  constructor(
    @Inject(DATABASE) private readonly database: Database,
    @Inject(CONFIG) private readonly config: Config,
    private readonly networks: NetworksRepository,
    private readonly partners: PartnersRepository,
    private readonly members: MembersRepository,
    private readonly users: UsersRepository,
  ) {}

  async seedIfEmpty(): Promise<boolean> {
    if (!this.config.SEED_DEMO) return false;
    const [{ n }] = await this.database.db.select({ n: count() }).from(networks);
    if (n > 0) return false;
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    await this.database.db.transaction(async (tx) => {
      const ids = new Map<string, string>();
      for (const { slug, partners, themeIds, ...profile } of demoNetworks) {
        const id = await this.networks.insert(tx, profile);
        await this.networks.replacePartners(tx, id, await this.partners.resolve(tx, partners));
        await this.networks.replaceThemes(tx, id, themeIds);
        ids.set(slug, id);
      }
      for (const account of demoAccounts) {
        const existing = await this.users.findByEmail(account.email, tx);
        const user =
          existing ??
          (await this.users.insert(tx, { email: account.email, passwordHash, displayName: account.displayName, language: 'nl', isPlatformAdmin: account.isPlatformAdmin }));
        for (const m of account.memberships) {
          await this.members.insert(tx, ids.get(m.network)!, { userId: user.id, role: m.role, category: m.category, engagement: m.engagement });
        }
      }
    });
    this.logger.log({ networks: demoNetworks.length, accounts: demoAccounts.length }, 'demo data loaded');
    return true;
  }
}
