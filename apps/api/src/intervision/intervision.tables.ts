import { boolean, index, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { ContributionKind, MethodTemplate, SessionRole, SessionStatus } from '@broedplaats/contracts';
import { users } from '../auth/auth.tables';
import { networks } from '../networks/networks.tables';

const at = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/** A network's own methods; the built-ins are seed data in code (`methods.seed.ts`), not rows. */
export const intervisionMethods = pgTable(
  'intervision_methods',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    networkId: uuid('network_id').notNull().references(() => networks.id, { onDelete: 'cascade' }),
    basedOn: uuid('based_on'),
    template: jsonb('template').$type<MethodTemplate>().notNull(),
    createdById: uuid('created_by_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: at('created_at').notNull(),
    updatedAt: at('updated_at').notNull(),
  },
  (t) => [index('intervision_methods_network_idx').on(t.networkId)],
);

/** The method as the session uses it: copied at planning, so editing the method later changes no session; each phase a step id. */
export type SessionMethod = { name: MethodTemplate['name']; phases: Array<MethodTemplate['phases'][number] & { stepId: string }> };

/**
 * A session. Content columns (`case_text`, `take_aways`) hold AES-256-GCM ciphertext, never plain
 * text; they are null before writing and after erasure.
 */
export const intervisionSessions = pgTable(
  'intervision_sessions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    networkId: uuid('network_id').notNull().references(() => networks.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    startsAt: at('starts_at').notNull(),
    methodId: uuid('method_id').notNull(),
    method: jsonb('method').$type<SessionMethod>().notNull(),
    status: text('status').$type<SessionStatus>().notNull().default('planned'),
    plannedById: uuid('planned_by_id').references(() => users.id, { onDelete: 'set null' }),
    caseText: text('case_text'),
    caseUpdatedAt: at('case_updated_at'),
    takeAways: text('take_aways'),
    createdAt: at('created_at').notNull(),
    endedAt: at('ended_at'),
    erasedAt: at('erased_at'),
  },
  (t) => [index('intervision_sessions_network_idx').on(t.networkId, t.startsAt)],
);

export const intervisionParticipants = pgTable(
  'intervision_participants',
  {
    sessionId: uuid('session_id').notNull().references(() => intervisionSessions.id, { onDelete: 'cascade' }),
    userId: uuid('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
    role: text('role').$type<SessionRole>().notNull(),
  },
  (t) => [primaryKey({ columns: [t.sessionId, t.userId] }), index('intervision_participants_user_idx').on(t.userId)],
);

/** `text` is ciphertext. Deleted (not blanked) at erasure. */
export const intervisionContributions = pgTable(
  'intervision_contributions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    sessionId: uuid('session_id').notNull().references(() => intervisionSessions.id, { onDelete: 'cascade' }),
    phaseKey: text('phase_key').notNull(),
    kind: text('kind').$type<ContributionKind>().notNull(),
    authorId: uuid('author_id').references(() => users.id, { onDelete: 'set null' }),
    text: text('text').notNull(),
    takenAway: boolean('taken_away').notNull().default(false),
    createdAt: at('created_at').notNull(),
  },
  (t) => [index('intervision_contributions_session_idx').on(t.sessionId, t.createdAt)],
);

/** Who opened a session's content and when; its participants read it. */
export const intervisionAudit = pgTable(
  'intervision_audit',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    sessionId: uuid('session_id').notNull().references(() => intervisionSessions.id, { onDelete: 'cascade' }),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'set null' }),
    openedAt: at('opened_at').notNull(),
  },
  (t) => [index('intervision_audit_session_idx').on(t.sessionId, t.openedAt)],
);
