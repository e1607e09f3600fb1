import { date, doublePrecision, index, integer, jsonb, pgTable, primaryKey, smallint, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { Conclusion, CyclePhase, CycleStatus, CycleVisibility, IntendedOutcome, PlannedAction } from '@broedplaats/contracts';
import { questions } from '../agenda/agenda.tables';
import { users } from '../auth/auth.tables';
import { networks } from '../networks/networks.tables';

const at = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
const day = (name: string) => date(name, { mode: 'string' });

/**
 * Action-learning cycles. Outcomes with their indicators and the action plan are edited as a whole
 * by the owners, so they are kept as JSON on the row; indicator ids stay stable across edits, and
 * measurements point at them. `last_log_date` and `log_count` are kept in the log's transaction, so
 * the overview sorts and flags stale cycles without counting logs.
 */
export const cycles = pgTable(
  'cycles',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    networkId: uuid('network_id').notNull().references(() => networks.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    learningQuestion: text('learning_question').notNull(),
    questionId: uuid('question_id').references(() => questions.id, { onDelete: 'set null' }),
    visibility: text('visibility').$type<CycleVisibility>().notNull().default('network'),
    status: text('status').$type<CycleStatus>().notNull().default('running'),
    phase: text('phase').$type<CyclePhase>().notNull().default('plan'),
    iteration: integer('iteration').notNull().default(1),
    coachId: uuid('coach_id').references(() => users.id, { onDelete: 'set null' }),
    bottlenecks: text('bottlenecks').array().notNull().default([]),
    changeGoals: text('change_goals').array().notNull().default([]),
    outcomes: jsonb('outcomes').$type<IntendedOutcome[]>().notNull().default([]),
    actions: jsonb('actions').$type<PlannedAction[]>().notNull().default([]),
    conclusion: jsonb('conclusion').$type<Conclusion>(),
    followUpOf: uuid('follow_up_of'),
    followUpId: uuid('follow_up_id'),
    /** The last owner left and the facilitators took it over: who left, when. */
    handedOverFromId: uuid('handed_over_from_id').references(() => users.id, { onDelete: 'set null' }),
    handedOverAt: at('handed_over_at'),
    lastLogDate: day('last_log_date'),
    logCount: integer('log_count').notNull().default(0),
    createdById: uuid('created_by_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: at('created_at').notNull(),
    updatedAt: at('updated_at').notNull(),
    closedAt: at('closed_at'),
  },
  (t) => [index('cycles_network_idx').on(t.networkId, t.createdAt)],
);

/** Owners; `left_at` is set when one leaves (the network or the cycle): they still read it under their own data. */
export const cycleOwners = pgTable(
  'cycle_owners',
  {
    cycleId: uuid('cycle_id').notNull().references(() => cycles.id, { onDelete: 'cascade' }),
    userId: uuid('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
    addedAt: at('added_at').notNull(),
    leftAt: at('left_at'),
  },
  (t) => [primaryKey({ columns: [t.cycleId, t.userId] }), index('cycle_owners_user_idx').on(t.userId)],
);

export const cycleIterations = pgTable(
  'cycle_iterations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    cycleId: uuid('cycle_id').notNull().references(() => cycles.id, { onDelete: 'cascade' }),
    number: integer('number').notNull(),
    plan: text('plan').notNull().default(''),
    done: text('done').notNull().default(''),
    observed: text('observed').notNull().default(''),
    reflection: text('reflection').notNull().default(''),
    startedAt: at('started_at').notNull(),
    endedAt: at('ended_at'),
  },
  (t) => [uniqueIndex('cycle_iterations_number_idx').on(t.cycleId, t.number)],
);

/** Session logs. The unique client id makes a retried or replayed offline log one row. */
export const cycleLogs = pgTable(
  'cycle_logs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    cycleId: uuid('cycle_id').notNull().references(() => cycles.id, { onDelete: 'cascade' }),
    clientId: uuid('client_id').notNull(),
    authorId: uuid('author_id').references(() => users.id, { onDelete: 'set null' }),
    iteration: integer('iteration').notNull(),
    phase: text('phase').$type<CyclePhase>().notNull(),
    date: day('date').notNull(),
    did: text('did').notNull(),
    happened: text('happened').notNull().default(''),
    learned: text('learned').notNull().default(''),
    next: text('next').notNull().default(''),
    mood: smallint('mood'),
    createdAt: at('created_at').notNull(),
  },
  (t) => [uniqueIndex('cycle_logs_client_idx').on(t.cycleId, t.clientId), index('cycle_logs_cycle_idx').on(t.cycleId, t.date)],
);

/** Values of a cycle's indicators, from a log (`log_id`) or entered directly. */
export const cycleMeasurements = pgTable(
  'cycle_measurements',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    cycleId: uuid('cycle_id').notNull().references(() => cycles.id, { onDelete: 'cascade' }),
    indicatorId: uuid('indicator_id').notNull(),
    value: doublePrecision('value').notNull(),
    date: day('date').notNull(),
    note: text('note').notNull().default(''),
    logId: uuid('log_id').references(() => cycleLogs.id, { onDelete: 'cascade' }),
    iteration: integer('iteration').notNull(),
    byId: uuid('by_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: at('created_at').notNull(),
  },
  (t) => [index('cycle_measurements_cycle_idx').on(t.cycleId, t.indicatorId, t.date)],
);

export const cycleComments = pgTable(
  'cycle_comments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    cycleId: uuid('cycle_id').notNull().references(() => cycles.id, { onDelete: 'cascade' }),
    authorId: uuid('author_id').references(() => users.id, { onDelete: 'set null' }),
    text: text('text').notNull(),
    createdAt: at('created_at').notNull(),
  },
  (t) => [index('cycle_comments_cycle_idx').on(t.cycleId, t.createdAt)],
);

/** A network's own stale threshold; without a row the default (21 days) holds. */
export const cycleSettings = pgTable('cycle_settings', {
  networkId: uuid('network_id').primaryKey().references(() => networks.id, { onDelete: 'cascade' }),
  staleDays: integer('stale_days').notNull(),
});
