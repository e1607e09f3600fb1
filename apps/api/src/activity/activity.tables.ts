import { bigint, index, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from '../auth/auth.tables';
import { networks } from '../networks/networks.tables';

const at = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/**
 * What happened in a network, for its Overzicht and for "new since your last visit". Each capability
 * records its own kinds; `permission` is the access rule of the thing an entry is about, and
 * `restrictedTo` (when set) names the only people who may see it, so every reader gets only what the
 * thing itself would show them.
 */
export const activities = pgTable(
  'activities',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    networkId: uuid('network_id').notNull().references(() => networks.id, { onDelete: 'cascade' }),
    /** Increasing over all networks: the order entries happened, and a cursor for "seen up to". */
    seq: bigint('seq', { mode: 'number' }).generatedAlwaysAsIdentity(),
    kind: text('kind').notNull(),
    actorId: uuid('actor_id').references(() => users.id, { onDelete: 'set null' }),
    /** The thing the entry is about (a person, a question, a meeting), for links and for filtering. */
    subjectId: text('subject_id'),
    permission: text('permission').notNull(),
    restrictedTo: uuid('restricted_to').array(),
    /** Kind-specific facts shown in the entry (a title, the fields that changed); never secrets. */
    data: jsonb('data').$type<Record<string, unknown>>().notNull().default({}),
    at: at('at').notNull(),
  },
  (t) => [index('activities_network_seq_idx').on(t.networkId, t.seq)],
);

/** How far each member has seen a network's activity: entries after `seenSeq` are "new since your last visit". */
export const networkVisits = pgTable(
  'network_visits',
  {
    userId: uuid('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
    networkId: uuid('network_id').notNull().references(() => networks.id, { onDelete: 'cascade' }),
    seenSeq: bigint('seen_seq', { mode: 'number' }).notNull(),
    seenAt: at('seen_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.networkId] })],
);
