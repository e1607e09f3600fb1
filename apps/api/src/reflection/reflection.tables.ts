import { boolean, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { LearningDomain, ReflectionLink, ValueCycle } from '@broedplaats/contracts';
import { users } from '../auth/auth.tables';
import { networks } from '../networks/networks.tables';

const at = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/**
 * A reflection: `text` is its writer's alone; `shared_part` (with `network_id`) is what the network's
 * members read. Removing a network keeps the writer's reflection (the network link goes).
 */
export const reflections = pgTable(
  'reflections',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    authorId: uuid('author_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
    networkId: uuid('network_id').references(() => networks.id, { onDelete: 'set null' }),
    text: text('text').notNull(),
    domains: text('domains').array().$type<LearningDomain[]>().notNull().default([]),
    cycles: text('cycles').array().$type<ValueCycle[]>().notNull().default([]),
    linkKind: text('link_kind').$type<ReflectionLink['kind']>(),
    linkId: uuid('link_id'),
    sharedPart: text('shared_part'),
    createdAt: at('created_at').notNull(),
    updatedAt: at('updated_at').notNull(),
  },
  (t) => [index('reflections_author_idx').on(t.authorId, t.createdAt), index('reflections_network_idx').on(t.networkId, t.createdAt)],
);

export const valueStories = pgTable(
  'value_stories',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    networkId: uuid('network_id').notNull().references(() => networks.id, { onDelete: 'cascade' }),
    authorId: uuid('author_id').references(() => users.id, { onDelete: 'set null' }),
    title: text('title').notNull(),
    immediate: text('immediate').notNull(),
    potential: text('potential').notNull().default(''),
    applied: text('applied').notNull().default(''),
    realised: text('realised').notNull().default(''),
    reframing: text('reframing').notNull().default(''),
    shared: boolean('shared').notNull().default(false),
    createdAt: at('created_at').notNull(),
    updatedAt: at('updated_at').notNull(),
  },
  (t) => [index('value_stories_network_idx').on(t.networkId, t.createdAt)],
);
