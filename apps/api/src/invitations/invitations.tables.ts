import { boolean, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { NetworkRole, ParticipantCategory } from '@broedplaats/contracts';
import { users } from '../auth/auth.tables';
import { networks } from '../networks/networks.tables';

const at = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/** The token is kept readable: facilitators copy the link again from the list (it is a capability, not a password). */
export const invitations = pgTable(
  'invitations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    networkId: uuid('network_id').notNull().references(() => networks.id, { onDelete: 'cascade' }),
    token: text('token').notNull().unique(),
    role: text('role').$type<NetworkRole>().notNull(),
    category: text('category').$type<ParticipantCategory>().notNull(),
    reusable: boolean('reusable').notNull(),
    expiresAt: at('expires_at').notNull(),
    revokedAt: at('revoked_at'),
    useCount: integer('use_count').notNull().default(0),
    createdBy: uuid('created_by').notNull().references(() => users.id),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [index('invitations_network_idx').on(t.networkId)],
);
