import { date, index, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { ActionItemStatus, AgendaItemStatus, MeetingStatus, MeetingType, RsvpAnswer } from '@broedplaats/contracts';
import { users } from '../auth/auth.tables';
import { networks } from '../networks/networks.tables';

const at = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/** Meetings scheduled together ("four of two hours, every three weeks"), so a change can carry to the following ones. */
export const meetingSeries = pgTable('meeting_series', {
  id: uuid('id').primaryKey().defaultRandom(),
  networkId: uuid('network_id').notNull().references(() => networks.id, { onDelete: 'cascade' }),
  createdAt: at('created_at').notNull(),
});

/** Start and end are instants (UTC); Amsterdam's wall clock is a matter of showing them. */
export const meetings = pgTable(
  'meetings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    networkId: uuid('network_id').notNull().references(() => networks.id, { onDelete: 'cascade' }),
    seriesId: uuid('series_id').references(() => meetingSeries.id, { onDelete: 'set null' }),
    title: text('title').notNull(),
    type: text('type').$type<MeetingType>().notNull(),
    startsAt: at('starts_at').notNull(),
    endsAt: at('ends_at').notNull(),
    place: text('place').notNull().default(''),
    onlineUrl: text('online_url').notNull().default(''),
    description: text('description').notNull().default(''),
    /** Plain text; co-edited minutes (documents capability) will take this place. */
    minutes: text('minutes').notNull().default(''),
    status: text('status').$type<MeetingStatus>().notNull().default('scheduled'),
    /** RFC 5545 SEQUENCE: raised on every change a calendar app must pick up (time, place, cancellation). */
    sequence: integer('sequence').notNull().default(0),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: at('created_at').notNull(),
    updatedAt: at('updated_at').notNull(),
  },
  (t) => [index('meetings_network_starts_idx').on(t.networkId, t.startsAt), index('meetings_series_idx').on(t.seriesId, t.startsAt)],
);

/** `questionId` names a knowledge question on the agenda capability's side; kept as an id only. */
export const meetingItems = pgTable(
  'meeting_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    meetingId: uuid('meeting_id').notNull().references(() => meetings.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    timeboxMinutes: integer('timebox_minutes').notNull(),
    ownerId: uuid('owner_id').references(() => users.id, { onDelete: 'set null' }),
    questionId: uuid('question_id'),
    status: text('status').$type<AgendaItemStatus>().notNull(),
    proposedBy: uuid('proposed_by').references(() => users.id, { onDelete: 'set null' }),
    /** Order among the meeting's items; rewritten whole, under the meeting's row lock. */
    position: integer('position').notNull(),
    createdAt: at('created_at').notNull(),
  },
  (t) => [index('meeting_items_meeting_idx').on(t.meetingId, t.position)],
);

export const meetingRsvps = pgTable(
  'meeting_rsvps',
  {
    meetingId: uuid('meeting_id').notNull().references(() => meetings.id, { onDelete: 'cascade' }),
    userId: uuid('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
    answer: text('answer').$type<RsvpAnswer>().notNull(),
    note: text('note').notNull().default(''),
    answeredAt: at('answered_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.meetingId, t.userId] }), index('meeting_rsvps_user_idx').on(t.userId)],
);

export const meetingAttendance = pgTable(
  'meeting_attendance',
  {
    meetingId: uuid('meeting_id').notNull().references(() => meetings.id, { onDelete: 'cascade' }),
    userId: uuid('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
    /** The facilitator who recorded it, or the person themself when they checked in. */
    recordedBy: uuid('recorded_by').references(() => users.id, { onDelete: 'set null' }),
    at: at('at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.meetingId, t.userId] })],
);

/** Decisions stay when their author leaves, attributed. */
export const meetingDecisions = pgTable(
  'meeting_decisions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    meetingId: uuid('meeting_id').notNull().references(() => meetings.id, { onDelete: 'cascade' }),
    itemId: uuid('item_id').references(() => meetingItems.id, { onDelete: 'set null' }),
    text: text('text').notNull(),
    decidedBy: uuid('decided_by').references(() => users.id, { onDelete: 'set null' }),
    at: at('at').notNull(),
  },
  (t) => [index('meeting_decisions_meeting_idx').on(t.meetingId, t.at)],
);

export const meetingActions = pgTable(
  'meeting_actions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    meetingId: uuid('meeting_id').notNull().references(() => meetings.id, { onDelete: 'cascade' }),
    networkId: uuid('network_id').notNull().references(() => networks.id, { onDelete: 'cascade' }),
    text: text('text').notNull(),
    /** Null when nobody has it (never given, or its person left the network). */
    assigneeId: uuid('assignee_id').references(() => users.id, { onDelete: 'set null' }),
    dueOn: date('due_on', { mode: 'string' }),
    status: text('status').$type<ActionItemStatus>().notNull().default('open'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: at('created_at').notNull(),
    doneAt: at('done_at'),
  },
  (t) => [index('meeting_actions_meeting_idx').on(t.meetingId, t.createdAt), index('meeting_actions_assignee_idx').on(t.assigneeId, t.status)],
);

/** A person's secret calendar feed: only a hash of the token is kept; one per person. */
export const calendarFeeds = pgTable('calendar_feeds', {
  userId: uuid('user_id').primaryKey().references(() => users.id, { onDelete: 'cascade' }),
  tokenHash: text('token_hash').notNull().unique(),
  createdAt: at('created_at').notNull(),
});
