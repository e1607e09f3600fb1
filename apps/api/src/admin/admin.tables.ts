import { bigint, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { AuditAction } from '@broedplaats/contracts';
import { users } from '../auth/auth.tables';

const at = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/** A person a platform admin stopped from logging in; the row goes when they are reactivated. */
export const userDeactivations = pgTable('user_deactivations', {
  userId: uuid('user_id').primaryKey().references(() => users.id, { onDelete: 'cascade' }),
  deactivatedBy: uuid('deactivated_by').notNull().references(() => users.id),
  deactivatedAt: at('deactivated_at').notNull(),
});

/** Every platform-admin action: who, what, to whom, when. Kept when people change; never edited. */
export const adminAudit = pgTable(
  'admin_audit',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    actorId: uuid('actor_id').notNull().references(() => users.id),
    action: text('action').$type<AuditAction>().notNull(),
    targetUserId: uuid('target_user_id').notNull().references(() => users.id),
    at: at('at').notNull(),
    /** Breaks ties between actions in the same millisecond: newest first stays the order they happened. */
    seq: bigint('seq', { mode: 'number' }).generatedAlwaysAsIdentity(),
  },
  (t) => [index('admin_audit_at_idx').on(t.at)],
);
