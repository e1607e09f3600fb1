import { Inject, Injectable } from '@nestjs/common';
import { aliasedTable, and, asc, desc, eq, getTableColumns, ilike, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { AdminMembership, AdminNetwork, AdminUser, AuditAction, AuditEntry, AuditTarget, Page } from '@broedplaats/contracts';
import { users } from '../auth/auth.tables';
import { DATABASE, type Database, type Db, type Tx } from '../core/database/database';
import { memberships, networks } from '../networks/networks.tables';
import { adminAudit, userDeactivations } from './admin.tables';

function auditTarget(entry: { targetUserId: string | null; targetNetworkId: string | null }, personName: string | null, networkName: string | null): AuditTarget | null {
  if (entry.targetUserId) return { kind: 'person', id: entry.targetUserId, displayName: personName ?? '' };
  if (entry.targetNetworkId) return { kind: 'network', id: entry.targetNetworkId, name: networkName };
  return null;
}

/** `%` and `_` typed by an admin are letters, not wildcards. */
const containing = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

@Injectable()
export class AdminRepository {
  private readonly db: Db;
  constructor(@Inject(DATABASE) database: Database) {
    this.db = database.db;
  }

  /** Accounts that were not deleted, by name; `q` matches part of the name or the e-mail address. */
  async users(q: string | undefined, page: number, pageSize: number, tx: Db | Tx = this.db): Promise<Page<AdminUser>> {
    const where: SQL | undefined = and(isNull(users.deletedAt), q ? or(ilike(users.displayName, containing(q)), ilike(users.email, containing(q))) : undefined);
    const [rows, total] = await Promise.all([
      tx
        .select({ user: users, deactivatedAt: userDeactivations.deactivatedAt })
        .from(users)
        .leftJoin(userDeactivations, eq(userDeactivations.userId, users.id))
        .where(where)
        .orderBy(asc(users.displayName), asc(users.id))
        .limit(pageSize)
        .offset((page - 1) * pageSize),
      tx.$count(users, where),
    ]);
    const byUser = await this.memberships(rows.map((r) => r.user.id), tx);
    const items = rows.map(({ user, deactivatedAt }) => ({
      id: user.id,
      email: user.email,
      displayName: user.displayName,
      isPlatformAdmin: user.isPlatformAdmin,
      createdAt: user.createdAt.toISOString(),
      deactivatedAt: deactivatedAt?.toISOString() ?? null,
      memberships: byUser.get(user.id) ?? [],
    }));
    return { items, total, page, pageSize };
  }

  async user(tx: Db | Tx, userId: string): Promise<AdminUser | null> {
    const [row] = await tx
      .select({ user: users, deactivatedAt: userDeactivations.deactivatedAt })
      .from(users)
      .leftJoin(userDeactivations, eq(userDeactivations.userId, users.id))
      .where(and(eq(users.id, userId), isNull(users.deletedAt)))
      .limit(1);
    if (!row) return null;
    const byUser = await this.memberships([userId], tx);
    const { user, deactivatedAt } = row;
    return {
      id: user.id,
      email: user.email,
      displayName: user.displayName,
      isPlatformAdmin: user.isPlatformAdmin,
      createdAt: user.createdAt.toISOString(),
      deactivatedAt: deactivatedAt?.toISOString() ?? null,
      memberships: byUser.get(userId) ?? [],
    };
  }

  /** Locks the person's row, so a sign-in and a deactivation of the same person take turns. */
  async lockUser(tx: Tx, userId: string): Promise<boolean> {
    const rows = await tx.select({ id: users.id }).from(users).where(and(eq(users.id, userId), isNull(users.deletedAt))).for('update');
    return rows.length > 0;
  }

  async isDeactivated(tx: Db | Tx, userId: string): Promise<boolean> {
    return (await tx.$count(userDeactivations, eq(userDeactivations.userId, userId))) > 0;
  }

  /** False when the person was deactivated already. */
  async deactivate(tx: Tx, userId: string, by: string, at: Date): Promise<boolean> {
    const rows = await tx.insert(userDeactivations).values({ userId, deactivatedBy: by, deactivatedAt: at }).onConflictDoNothing().returning({ userId: userDeactivations.userId });
    return rows.length > 0;
  }

  /** False when the person was not deactivated. */
  async reactivate(tx: Tx, userId: string): Promise<boolean> {
    const rows = await tx.delete(userDeactivations).where(eq(userDeactivations.userId, userId)).returning({ userId: userDeactivations.userId });
    return rows.length > 0;
  }

  /** One admin action; `targetUserId` or `targetNetworkId` says to whom, neither for the instance itself. */
  async audit(tx: Tx, entry: { actorId: string; action: AuditAction; targetUserId?: string; targetNetworkId?: string; reason?: string; at: Date }): Promise<void> {
    await tx.insert(adminAudit).values(entry);
  }

  /** Newest first; a target is a person, a network, or nothing (the instance's own settings). */
  async auditPage(page: number, pageSize: number): Promise<Page<AuditEntry>> {
    const actor = aliasedTable(users, 'actor');
    // Plain SQL with aliases (drizzle's left join of an aliased table types as never); either target may be gone.
    const targetName = sql<string | null>`(select u.display_name from users u where u.id = admin_audit.target_user_id)`;
    const networkName = sql<string | null>`(select n.name from networks n where n.id = admin_audit.target_network_id)`;
    const [rows, total] = await Promise.all([
      this.db
        .select({ ...getTableColumns(adminAudit), actorName: actor.displayName, targetName, networkName })
        .from(adminAudit)
        .innerJoin(actor, eq(actor.id, adminAudit.actorId))
        .orderBy(desc(adminAudit.at), desc(adminAudit.seq))
        .limit(pageSize)
        .offset((page - 1) * pageSize),
      this.db.$count(adminAudit),
    ]);
    const items = rows.map(({ actorName, targetName, networkName, ...entry }) => ({
      id: entry.id,
      actor: { id: entry.actorId, displayName: actorName },
      action: entry.action,
      target: auditTarget(entry, targetName, networkName),
      reason: entry.reason,
      at: entry.at.toISOString(),
    }));
    return { items, total, page, pageSize };
  }

  /** Every network, archived and members-only too, by name; `q` matches part of the name. With the asking admin's shift there, running `at`. */
  async networks(q: string | undefined, page: number, pageSize: number, adminId: string, at: Date): Promise<Page<AdminNetwork>> {
    const where = q ? ilike(networks.name, containing(q)) : undefined;
    const memberCount = sql<number>`(select count(*) from ${memberships} where ${memberships.networkId} = ${networks.id})`.mapWith(Number);
    // Plain SQL with an alias: drizzle leaves columns unqualified inside sql templates, and `id` would be the shift's.
    const dutyEndsAt = sql<string | Date | null>`(select max(d.ends_at) from duty_shifts d where d.network_id = networks.id and d.admin_id = ${adminId} and d.ended_at is null and d.ends_at > ${at.toISOString()}::timestamptz)`;
    const [rows, total] = await Promise.all([
      this.db
        .select({ network: networks, memberCount, dutyEndsAt })
        .from(networks)
        .where(where)
        .orderBy(asc(networks.name), asc(networks.id))
        .limit(pageSize)
        .offset((page - 1) * pageSize),
      this.db.$count(networks, where),
    ]);
    const ids = rows.map((r) => r.network.id);
    const facilitators = ids.length
      ? await this.db
          .select({ networkId: memberships.networkId, id: users.id, displayName: users.displayName })
          .from(memberships)
          .innerJoin(users, eq(users.id, memberships.userId))
          .where(and(inArray(memberships.networkId, ids), eq(memberships.role, 'facilitator')))
          .orderBy(asc(users.displayName))
      : [];
    const items = rows.map(({ network, memberCount: count, dutyEndsAt: endsAt }) => ({
      id: network.id,
      name: network.name,
      visibility: network.visibility,
      archivedAt: network.archivedAt?.toISOString() ?? null,
      createdAt: network.createdAt.toISOString(),
      memberCount: count,
      facilitators: facilitators.filter((f) => f.networkId === network.id).map(({ id, displayName }) => ({ id, displayName })),
      myDuty: endsAt ? { endsAt: new Date(endsAt).toISOString() } : null,
    }));
    return { items, total, page, pageSize };
  }

  private async memberships(userIds: string[], tx: Db | Tx): Promise<Map<string, AdminMembership[]>> {
    const byUser = new Map<string, AdminMembership[]>();
    if (userIds.length === 0) return byUser;
    const rows = await tx
      .select({ userId: memberships.userId, networkId: networks.id, networkName: networks.name, role: memberships.role })
      .from(memberships)
      .innerJoin(networks, eq(networks.id, memberships.networkId))
      .where(inArray(memberships.userId, userIds))
      .orderBy(asc(networks.name));
    for (const { userId, ...membership } of rows) byUser.set(userId, [...(byUser.get(userId) ?? []), membership]);
    return byUser;
  }
}
