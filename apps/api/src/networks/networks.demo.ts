import { Injectable, OnModuleInit } from '@nestjs/common';
import { count } from 'drizzle-orm';
import { DemoSeeds } from '../core/demo-seeds';
import { demoAccounts, demoNetworks } from '../seed/demo';
import { MembersRepository } from './members.repository';
import { networks } from './networks.tables';
import { NetworksRepository } from './networks.repository';
import { PartnersRepository } from './partners.repository';

/** The inventory's 50 networks (with partners and themes) first, the demo people's memberships once they exist. */
@Injectable()
export class NetworksDemo implements OnModuleInit {
  constructor(
    private readonly seeds: DemoSeeds,
    private readonly networks: NetworksRepository,
    private readonly partners: PartnersRepository,
    private readonly members: MembersRepository,
  ) {}

  onModuleInit(): void {
    this.seeds.add({
      name: 'networks',
      order: 10,
      present: async (db) => (await db.select({ n: count() }).from(networks))[0].n > 0,
      run: async ({ tx, networks: ids }) => {
        for (const { slug, partners, themeIds, ...profile } of demoNetworks) {
          const id = await this.networks.insert(tx, profile);
          await this.networks.replacePartners(tx, id, await this.partners.resolve(tx, partners));
          await this.networks.replaceThemes(tx, id, themeIds);
          ids.set(slug, id);
        }
      },
    });
    this.seeds.add({
      name: 'memberships',
      order: 30,
      run: async ({ tx, networks: ids, people }) => {
        for (const account of demoAccounts) {
          for (const m of account.memberships) {
            await this.members.insert(tx, ids.get(m.network)!, { userId: people.get(account.email)!, role: m.role, category: m.category, engagement: m.engagement });
          }
        }
      },
    });
  }
}
