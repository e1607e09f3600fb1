import { bigint, index, pgTable, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { AuditAction } from '@broedplaats/contracts';
import { users } from '../auth/auth.tables';
import { networks } from '../networks/networks.tables';

const at = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/** A person a platform admin stopped from logging in; the row goes when they are reactivated. */
export const userDeactivations = pgTable('user_deactivations', {
  userId: uuid('user_id').primaryKey().references(() => users.id, { onDelete: 'cascade' }),
  deactivatedBy: uuid('deactivated_by').notNull().references(() => users.id),
  deactivatedAt: at('deactivated_at').notNull(),
});

/** Every platform-admin action: who, what, to whom (a person or a network), when. Kept when people change; never edited. */
export const adminAudit = pgTable(
  'admin_audit',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    actorId: uuid('actor_id').notNull().references(() => users.id),
    action: text('action').$type<AuditAction>().notNull(),
    targetUserId: uuid('target_user_id').references(() => users.id),
    /** Kept as a plain id (no foreign key): the record outlives a deleted network. */
    targetNetworkId: uuid('target_network_id'),
    /** What the admin wrote down as the reason, where the action asks for one (facilitator-on-duty). */
    reason: text('reason').notNull().default(''),
    at: at('at').notNull(),
    /** Breaks ties between actions in the same millisecond: newest first stays the order they happened. */
    seq: bigint('seq', { mode: 'number' }).generatedAlwaysAsIdentity(),
  },
  (t) => [index('admin_audit_at_idx').on(t.at)],
);

/**
 * A platform admin acting as facilitator-on-duty in a network they are not a facilitator of: managing
 * its profile and people, never its content. Ends when they end it or at `endsAt`.
 */
export const dutyShifts = pgTable(
  'duty_shifts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    networkId: uuid('network_id').notNull().references(() => networks.id, { onDelete: 'cascade' }),
    adminId: uuid('admin_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
    startedAt: at('started_at').notNull(),
    endsAt: at('ends_at').notNull(),
    endedAt: at('ended_at'),
  },
  (t) => [index('duty_shifts_network_admin_idx').on(t.networkId, t.adminId)],
);

/** The instance's own name and welcome text on the front door; one row (id 1), set by platform admins. */
export const instanceSettings = pgTable('instance_settings', {
  id: smallint('id').primaryKey().default(1),
  name: text('name').notNull(),
  welcome: text('welcome').notNull(),
  updatedBy: uuid('updated_by').references(() => users.id, { onDelete: 'set null' }),
  updatedAt: at('updated_at').notNull().defaultNow(),
});
