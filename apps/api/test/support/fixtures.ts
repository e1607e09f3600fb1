import { randomBytes, randomUUID } from 'node:crypto';
import type { NetworkRole, ParticipantCategory, Visibility } from '@broedplaats/contracts';
import { sessions, users } from '../../src/auth/auth.tables';
import { hashPassword } from '../../src/auth/passwords';
import { hashToken } from '../../src/auth/sessions.service';
import type { Database } from '../../src/core/database/database';
import { memberships, networks } from '../../src/networks/networks.tables';
import type { Account } from './app';

export const FIXTURE_PASSWORD = 'lang-genoeg-wachtwoord';
let passwordHash: Promise<string> | undefined;

/**
 * Builds people, networks and memberships straight in the database: a test sets up its scene in a
 * few inserts and goes through HTTP only for what it is about. Changes made here publish no events.
 */
export class Fixtures {
  constructor(private readonly database: Database) {}

  /** A person with a live session; `cookie` logs them in like a signed-up account. */
  async person(displayName = 'Tester', extra: { isPlatformAdmin?: boolean } = {}): Promise<Account> {
    const email = `${displayName.toLowerCase().replace(/\W+/g, '-')}-${randomUUID().slice(0, 8)}@example.nl`;
    const [user] = await this.database.db
      .insert(users)
      .values({ email, passwordHash: await (passwordHash ??= hashPassword(FIXTURE_PASSWORD)), displayName, isPlatformAdmin: extra.isPlatformAdmin ?? false })
      .returning();
    const cookie = randomBytes(32).toString('base64url');
    await this.database.db.insert(sessions).values({ userId: user.id, tokenHash: hashToken(cookie), userAgent: 'fixture', expiresAt: new Date(Date.now() + 86_400_000) });
    return { id: user.id, email, cookie, displayName, joinedNetworkId: null };
  }

  /** A network with its facilitator(s) and members already in it. */
  async network(
    people: { facilitators: Account[]; members?: Account[] },
    profile: { name?: string; visibility?: Visibility; archived?: boolean } = {},
  ): Promise<string> {
    const [row] = await this.database.db
      .insert(networks)
      .values({
        name: profile.name ?? `Leernetwerk ${randomUUID().slice(0, 6)}`,
        province: 'Utrecht',
        type: 'learning-network',
        status: 'active',
        visibility: profile.visibility ?? 'members',
        archivedAt: profile.archived ? new Date() : null,
      })
      .returning({ id: networks.id });
    for (const who of people.facilitators) await this.member(row.id, who, 'facilitator');
    for (const who of people.members ?? []) await this.member(row.id, who, 'member');
    return row.id;
  }

  async member(networkId: string, who: Account, role: NetworkRole = 'member', category: ParticipantCategory = 'professional'): Promise<void> {
    await this.database.db.insert(memberships).values({ networkId, userId: who.id, role, category });
  }
}
