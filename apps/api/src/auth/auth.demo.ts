import { Injectable, OnModuleInit } from '@nestjs/common';
import { DemoSeeds } from '../core/demo-seeds';
import { DEMO_PASSWORD, demoAccounts } from '../seed/demo';
import { hashPassword } from './passwords';
import { UsersRepository } from './users.repository';

/** One demo account per kind of user, all with the demo password (an admin from ADMIN_EMAIL is kept). */
@Injectable()
export class AuthDemo implements OnModuleInit {
  constructor(
    private readonly seeds: DemoSeeds,
    private readonly users: UsersRepository,
  ) {}

  onModuleInit(): void {
    this.seeds.add({
      name: 'accounts',
      order: 20,
      run: async ({ tx, people }) => {
        const passwordHash = await hashPassword(DEMO_PASSWORD);
        for (const account of demoAccounts) {
          const user =
            (await this.users.findByEmail(account.email, tx)) ??
            (await this.users.insert(tx, {
              email: account.email,
              passwordHash,
              displayName: account.displayName,
              language: 'nl',
              isPlatformAdmin: account.isPlatformAdmin,
              organisation: account.organisation,
              bio: account.bio,
            }));
          people.set(account.email, user.id);
        }
      },
    });
  }
}
