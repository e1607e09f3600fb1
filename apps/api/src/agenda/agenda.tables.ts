import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { QuestionOrigin, QuestionStatus } from '@broedplaats/contracts';
import type { RankedQuestion } from '@broedplaats/domain';
import { users } from '../auth/auth.tables';
import { networks } from '../networks/networks.tables';

const at = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/**
 * Knowledge questions on a network's shared agenda. Authors stay attributed after they leave
 * (`set null` only when the account itself is gone). `support_count` is kept in the same
 * transaction as the supports, so sorting a long agenda by support needs no count over supports.
 */
export const questions = pgTable(
  'questions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    networkId: uuid('network_id').notNull().references(() => networks.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    situation: text('situation').notNull(),
    themeIds: text('theme_ids').array().notNull().default([]),
    origin: text('origin').$type<QuestionOrigin>().notNull(),
    commissionedBy: text('commissioned_by').notNull().default(''),
    residentPerspective: text('resident_perspective').notNull().default(''),
    status: text('status').$type<QuestionStatus>().notNull().default('proposed'),
    proposerId: uuid('proposer_id').references(() => users.id, { onDelete: 'set null' }),
    /** The proposer's consent to be named on the public profile. */
    showProposer: boolean('show_proposer').notNull().default(false),
    public: boolean('public').notNull().default(false),
    supportCount: integer('support_count').notNull().default(0),
    takerId: uuid('taker_id').references(() => users.id, { onDelete: 'set null' }),
    takerDue: date('taker_due', { mode: 'string' }),
    takenAt: at('taken_at'),
    outcomeUrl: text('outcome_url'),
    outcomeText: text('outcome_text'),
    outcomeById: uuid('outcome_by_id').references(() => users.id, { onDelete: 'set null' }),
    outcomeAt: at('outcome_at'),
    createdAt: at('created_at').notNull().defaultNow(),
    statusChangedAt: at('status_changed_at').notNull().defaultNow(),
  },
  (t) => [
    index('questions_network_created_idx').on(t.networkId, t.createdAt),
    index('questions_network_support_idx').on(t.networkId, t.supportCount),
    index('questions_proposer_idx').on(t.proposerId),
    index('questions_public_idx').on(t.networkId).where(sql`${t.public}`),
  ],
);

/** Every status change, never edited: who, when, from, to and why. */
export const questionStatusChanges = pgTable(
  'question_status_changes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    questionId: uuid('question_id').notNull().references(() => questions.id, { onDelete: 'cascade' }),
    fromStatus: text('from_status').$type<QuestionStatus>(),
    toStatus: text('to_status').$type<QuestionStatus>().notNull(),
    reason: text('reason').notNull().default(''),
    byId: uuid('by_id').references(() => users.id, { onDelete: 'set null' }),
    at: at('at').notNull(),
  },
  (t) => [index('question_status_changes_question_idx').on(t.questionId, t.at)],
);

/** One support per person per question: the primary key makes a double click one row. */
export const questionSupports = pgTable(
  'question_supports',
  {
    questionId: uuid('question_id').notNull().references(() => questions.id, { onDelete: 'cascade' }),
    userId: uuid('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
    at: at('at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.questionId, t.userId] }), index('question_supports_user_idx').on(t.userId)],
);

/** Comments, one level of replies; a removed one keeps its row (and place) without its text. */
export const questionComments = pgTable(
  'question_comments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    questionId: uuid('question_id').notNull().references(() => questions.id, { onDelete: 'cascade' }),
    parentId: uuid('parent_id'),
    authorId: uuid('author_id').references(() => users.id, { onDelete: 'set null' }),
    text: text('text').notNull(),
    mentionedUserIds: uuid('mentioned_user_ids').array().notNull().default([]),
    createdAt: at('created_at').notNull(),
    editedAt: at('edited_at'),
    deletedAt: at('deleted_at'),
    deletedById: uuid('deleted_by_id').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [index('question_comments_question_idx').on(t.questionId, t.createdAt)],
);

/** Dot-voting rounds; at most one open per network. Closing freezes the ranking into the row. */
export const agendaRounds = pgTable(
  'agenda_rounds',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    networkId: uuid('network_id').notNull().references(() => networks.id, { onDelete: 'cascade' }),
    budget: integer('budget').notNull(),
    openedById: uuid('opened_by_id').references(() => users.id, { onDelete: 'set null' }),
    openedAt: at('opened_at').notNull(),
    closedAt: at('closed_at'),
    ranking: jsonb('ranking').$type<RankedQuestion[]>().notNull().default([]),
  },
  (t) => [uniqueIndex('agenda_rounds_one_open_idx').on(t.networkId).where(sql`${t.closedAt} is null`), index('agenda_rounds_network_idx').on(t.networkId, t.openedAt)],
);

/** A member's dots on one question in one round. */
export const roundDots = pgTable(
  'agenda_round_dots',
  {
    roundId: uuid('round_id').notNull().references(() => agendaRounds.id, { onDelete: 'cascade' }),
    userId: uuid('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
    questionId: uuid('question_id').notNull().references(() => questions.id, { onDelete: 'cascade' }),
    dots: integer('dots').notNull(),
  },
  (t) => [primaryKey({ columns: [t.roundId, t.userId, t.questionId] })],
);
