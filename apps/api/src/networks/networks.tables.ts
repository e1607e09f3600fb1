import { sql } from 'drizzle-orm';
import { customType, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { Focus, NetworkRole, NetworkStatus, NetworkType, ParticipantCategory, PartnerKind, Province, Visibility } from '@broedplaats/contracts';
import { users } from '../auth/auth.tables';
import { themes } from '../themes/themes.tables';

const at = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

export const networks = pgTable(
  'networks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    domain: text('domain').notNull().default(''),
    community: text('community').notNull().default(''),
    practice: text('practice').notNull().default(''),
    province: text('province').$type<Province>().notNull(),
    region: text('region').notNull().default(''),
    type: text('type').$type<NetworkType>().notNull(),
    status: text('status').$type<NetworkStatus>().notNull(),
    startYear: integer('start_year'),
    focus: text('focus').array().$type<Focus[]>().notNull().default([]),
    visibility: text('visibility').$type<Visibility>().notNull(),
    /** The facilitator's welcome to members, shown first on Overzicht; members only. */
    welcome: text('welcome').notNull().default(''),
    archivedAt: at('archived_at'),
    createdAt: at('created_at').notNull().defaultNow(),
    updatedAt: at('updated_at').notNull().defaultNow(),
    /**
     * Dutch full-text search over the network's own words, kept by PostgreSQL itself; partner and
     * theme names are matched through their own expression indexes (see NetworksRepository.page).
     */
    search: tsvector('search').generatedAlwaysAs(
      sql`setweight(to_tsvector('dutch', name), 'A') || setweight(to_tsvector('dutch', region || ' ' || province), 'B') || setweight(to_tsvector('dutch', domain || ' ' || community || ' ' || practice), 'C')`,
    ),
  },
  (t) => [index('networks_search_idx').using('gin', t.search)],
);

/** Organisations are shared by all networks; `nameKey` (lower-cased name) makes reuse case-insensitive. */
export const partners = pgTable(
  'partners',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    nameKey: text('name_key').notNull(),
    kind: text('kind').$type<PartnerKind>().notNull(),
  },
  (t) => [uniqueIndex('partners_name_key_idx').on(t.nameKey), index('partners_search_idx').using('gin', sql`to_tsvector('dutch', ${t.name})`)],
);

export const networkPartners = pgTable(
  'network_partners',
  {
    networkId: uuid('network_id').notNull().references(() => networks.id, { onDelete: 'cascade' }),
    partnerId: uuid('partner_id').notNull().references(() => partners.id),
    position: integer('position').notNull(),
  },
  (t) => [primaryKey({ columns: [t.networkId, t.partnerId] })],
);

export const networkThemes = pgTable(
  'network_themes',
  {
    networkId: uuid('network_id').notNull().references(() => networks.id, { onDelete: 'cascade' }),
    themeId: text('theme_id').notNull().references(() => themes.id),
  },
  (t) => [primaryKey({ columns: [t.networkId, t.themeId] })],
);

export const memberships = pgTable(
  'memberships',
  {
    networkId: uuid('network_id').notNull().references(() => networks.id, { onDelete: 'cascade' }),
    userId: uuid('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
    role: text('role').$type<NetworkRole>().notNull(),
    category: text('category').$type<ParticipantCategory>().notNull(),
    engagement: integer('engagement').notNull().default(3),
    joinedAt: at('joined_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.networkId, t.userId] }), index('memberships_user_idx').on(t.userId)],
);
