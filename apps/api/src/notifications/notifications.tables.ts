import { sql } from 'drizzle-orm';
import { bigint, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from '../auth/auth.tables';
import { networks } from '../networks/networks.tables';

const at = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/**
 * What concerns one person, one row per recipient: who did what (`kind`, `actorId`, `data`) about
 * what (`subjectId`), in which network. Rows are written in the transaction of the change they
 * tell of. A row is only ever read by its recipient, and only while they are a member of its network.
 */
export const notifications = pgTable(
  'notifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Increasing: newest first, and the cursor for paging. */
    seq: bigint('seq', { mode: 'number' }).generatedAlwaysAsIdentity(),
    userId: uuid('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
    /** Null for what concerns a person outside any network. */
    networkId: uuid('network_id').references(() => networks.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    /** The thing it is about (a person, a question, a meeting), for the link. */
    subjectId: text('subject_id'),
    actorId: uuid('actor_id').references(() => users.id, { onDelete: 'set null' }),
    /** Kind-specific facts the line shows (a title, a new role); never more than the recipient may read. */
    data: jsonb('data').$type<Record<string, unknown>>().notNull().default({}),
    createdAt: at('created_at').notNull(),
    readAt: at('read_at'),
    /**
     * When an e-mail digest told the person of it (digests come later): a digest takes the unread
     * rows with no `digestedAt`, sends them, and stamps them, so nothing is mailed twice.
     */
    digestedAt: at('digested_at'),
  },
  (t) => [
    // My list, newest first (also per network), and "my unread" (the bell, and later the digest).
    index('notifications_user_seq_idx').on(t.userId, t.seq),
    index('notifications_user_network_seq_idx').on(t.userId, t.networkId, t.seq),
    index('notifications_user_unread_idx').on(t.userId, t.seq).where(sql`${t.readAt} is null`),
  ],
);
