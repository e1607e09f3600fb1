import { Inject, Injectable } from '@nestjs/common';
import { and, desc, eq, sql } from 'drizzle-orm';
import type { NetworkRole, ParticipantCategory } from '@broedplaats/contracts';
import { users } from '../auth/auth.tables';
import { DATABASE, type Database, type Db, type Tx } from '../core/database/database';
import { invitations } from './invitations.tables';

export type InvitationRow = typeof invitations.$inferSelect & { createdByName: string };
type NewInvitation = { token: string; role: NetworkRole; category: ParticipantCategory; reusable: boolean; expiresAt: Date; createdBy: string };

const columns = { invitation: invitations, createdByName: users.displayName };
const flatten = (row: { invitation: typeof invitations.$inferSelect; createdByName: string }): InvitationRow => ({
  ...row.invitation,
  createdByName: row.createdByName,
});

@Injectable()
export class InvitationsRepository {
  private readonly db: Db;
  constructor(@Inject(DATABASE) database: Database) {
    this.db = database.db;
  }

  async insert(tx: Db | Tx, networkId: string, invitation: NewInvitation): Promise<string> {
    const [row] = await tx.insert(invitations).values({ networkId, ...invitation }).returning({ id: invitations.id });
    return row.id;
  }

  async list(networkId: string): Promise<InvitationRow[]> {
    const rows = await this.db
      .select(columns)
      .from(invitations)
      .innerJoin(users, eq(users.id, invitations.createdBy))
      .where(eq(invitations.networkId, networkId))
      .orderBy(desc(invitations.createdAt));
    return rows.map(flatten);
  }

  async find(networkId: string, invitationId: string, tx: Db | Tx = this.db): Promise<InvitationRow | null> {
    const [row] = await tx
      .select(columns)
      .from(invitations)
      .innerJoin(users, eq(users.id, invitations.createdBy))
      .where(and(eq(invitations.networkId, networkId), eq(invitations.id, invitationId)))
      .limit(1);
    return row ? flatten(row) : null;
  }

  /**
   * The one lookup without a network id: the token is what tells us the network. Locked when
   * redeeming, so a one-off link cannot be used twice by two people at the same moment.
   */
  async findByToken(token: string, tx: Db | Tx = this.db, lock = false): Promise<InvitationRow | null> {
    const query = tx
      .select(columns)
      .from(invitations)
      .innerJoin(users, eq(users.id, invitations.createdBy))
      .where(eq(invitations.token, token))
      .limit(1);
    const [row] = lock ? await query.for('update', { of: invitations }) : await query;
    return row ? flatten(row) : null;
  }

  async revoke(tx: Tx, networkId: string, invitationId: string, at: Date): Promise<void> {
    await tx
      .update(invitations)
      .set({ revokedAt: at })
      .where(and(eq(invitations.networkId, networkId), eq(invitations.id, invitationId)));
  }

  async countUse(tx: Tx, networkId: string, invitationId: string): Promise<void> {
    await tx
      .update(invitations)
      .set({ useCount: sql`${invitations.useCount} + 1` })
      .where(and(eq(invitations.networkId, networkId), eq(invitations.id, invitationId)));
  }
}
