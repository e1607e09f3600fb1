import { z } from 'zod';
import { DateOnly } from './agenda';
import { Id, multiline, page, PageQuery, Timestamp } from './common';
import { LiveState } from './live-steps';
import { ParticipantCategory } from './networks';

export const MeetingType = z.enum(['learning-circle', 'knowledge-cafe', 'workshop', 'workplace-visit', 'symposium', 'training', 'other']);
export type MeetingType = z.infer<typeof MeetingType>;
export const MeetingStatus = z.enum(['scheduled', 'cancelled']);
export type MeetingStatus = z.infer<typeof MeetingStatus>;
export const RsvpAnswer = z.enum(['yes', 'no', 'maybe']);
export type RsvpAnswer = z.infer<typeof RsvpAnswer>;
export const AgendaItemStatus = z.enum(['proposed', 'accepted', 'declined']);
export type AgendaItemStatus = z.infer<typeof AgendaItemStatus>;
export const ActionItemStatus = z.enum(['open', 'done']);
export type ActionItemStatus = z.infer<typeof ActionItemStatus>;

/** `2026-10-06T19:00`: a wall-clock time in Europe/Amsterdam, as a `datetime-local` input gives it. */
export const LocalDateTime = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'Expected YYYY-MM-DDTHH:mm');
/** A calendar day, `2026-10-20`. */
const Title = z.string().trim().min(1).max(200);
const Place = z.string().trim().max(300);
const OnlineUrl = z.union([z.literal(''), z.url({ protocol: /^https?$/ }).max(500)]);

const Person = z.object({ id: Id, displayName: z.string() });

/** What a list shows of a meeting. Times are instants (UTC); the web shows them in Amsterdam. */
export const MeetingSummary = z.object({
  id: Id,
  networkId: Id,
  title: z.string(),
  type: MeetingType,
  startsAt: Timestamp,
  endsAt: Timestamp,
  place: z.string(),
  onlineUrl: z.string(),
  status: MeetingStatus,
  seriesId: Id.nullable(),
  /** My own answer, null when I gave none. */
  myRsvp: RsvpAnswer.nullable(),
  live: z.boolean(),
});
export type MeetingSummary = z.infer<typeof MeetingSummary>;

export const AgendaItem = z.object({
  id: Id,
  title: z.string(),
  timeboxMinutes: z.number().int(),
  owner: Person.nullable(),
  /** A knowledge question on the network's agenda this item discusses (linked by id only). */
  questionId: Id.nullable(),
  status: AgendaItemStatus,
  proposedBy: Person.nullable(),
  position: z.number().int(),
});
export type AgendaItem = z.infer<typeof AgendaItem>;

export const Rsvp = z.object({ person: Person, answer: RsvpAnswer, note: z.string(), category: ParticipantCategory.nullable() });
export type Rsvp = z.infer<typeof Rsvp>;
export const Decision = z.object({ id: Id, text: z.string(), itemId: Id.nullable(), decidedBy: Person.nullable(), at: Timestamp });
export type Decision = z.infer<typeof Decision>;
export const ActionItem = z.object({
  id: Id,
  meetingId: Id,
  networkId: Id,
  text: z.string(),
  assignee: Person.nullable(),
  dueOn: DateOnly.nullable(),
  status: ActionItemStatus,
  /** For lists across meetings (home page). */
  meetingTitle: z.string(),
});
export type ActionItem = z.infer<typeof ActionItem>;

/** Per participant category: how many said yes, no, maybe, and came (facilitators only). */
export const CategoryCount = z.object({ category: ParticipantCategory, yes: z.number().int(), no: z.number().int(), maybe: z.number().int(), attended: z.number().int() });
export type CategoryCount = z.infer<typeof CategoryCount>;

export const MeetingDetail = MeetingSummary.extend({
  description: z.string(),
  /** Plain text for now; co-edited minutes come with the documents capability and take this place. */
  minutes: z.string(),
  /** Raised with every change that calendar apps must see (RFC 5545 SEQUENCE). */
  sequence: z.number().int(),
  myRsvpNote: z.string(),
  items: z.array(AgendaItem),
  rsvps: z.array(Rsvp),
  /** Who came (ids); facilitators record it, members check in during live mode. */
  attendance: z.array(Person),
  decisions: z.array(Decision),
  actions: z.array(ActionItem),
  /** Only for facilitators; null for others. */
  counts: z.array(CategoryCount).nullable(),
  liveState: LiveState,
});
export type MeetingDetail = z.infer<typeof MeetingDetail>;

export const MeetingListQuery = PageQuery.extend({ when: z.enum(['upcoming', 'past']).default('upcoming') });
export type MeetingListQuery = z.input<typeof MeetingListQuery>;
export const MeetingPage = page(MeetingSummary);
export type MeetingPage = z.infer<typeof MeetingPage>;

const meetingFields = {
  title: Title,
  type: MeetingType,
  place: Place.default(''),
  onlineUrl: OnlineUrl.default(''),
  description: multiline(5000).default(''),
};

/** One meeting: start and end as wall-clock times in Amsterdam (daylight saving is the server's job). */
export const ScheduleMeetingBody = z.object({ ...meetingFields, start: LocalDateTime, end: LocalDateTime });
export type ScheduleMeetingBody = z.input<typeof ScheduleMeetingBody>;

export const MAX_SERIES = 52;
/** "Four meetings of two hours, every three weeks": each at the same wall-clock time. */
export const ScheduleSeriesBody = z.object({
  ...meetingFields,
  firstStart: LocalDateTime,
  durationMinutes: z.number().int().min(15).max(24 * 60),
  count: z.number().int().min(2).max(MAX_SERIES),
  intervalWeeks: z.number().int().min(1).max(12),
});
export type ScheduleSeriesBody = z.input<typeof ScheduleSeriesBody>;
export const MeetingSeriesResult = z.object({ seriesId: Id, meetings: z.array(MeetingSummary) });
export type MeetingSeriesResult = z.infer<typeof MeetingSeriesResult>;

/** Edit or reschedule; `scope: following` carries the change to the later meetings of its series. */
export const UpdateMeetingBody = z.object({
  title: Title.optional(),
  type: MeetingType.optional(),
  place: Place.optional(),
  onlineUrl: OnlineUrl.optional(),
  description: multiline(5000).optional(),
  start: LocalDateTime.optional(),
  end: LocalDateTime.optional(),
  scope: z.enum(['this', 'following']).default('this'),
}).refine((body) => Object.keys(body).some((k) => k !== 'scope'), { message: 'Nothing to change' });
export type UpdateMeetingBody = z.input<typeof UpdateMeetingBody>;

export const AgendaItemBody = z.object({
  title: Title,
  timeboxMinutes: z.number().int().min(1).max(480).default(15),
  ownerId: Id.nullable().default(null),
  questionId: Id.nullable().default(null),
});
export type AgendaItemBody = z.input<typeof AgendaItemBody>;
export const UpdateAgendaItemBody = z.object({
  title: Title.optional(),
  timeboxMinutes: z.number().int().min(1).max(480).optional(),
  ownerId: Id.nullable().optional(),
  questionId: Id.nullable().optional(),
  status: AgendaItemStatus.optional(),
}).refine((body) => Object.keys(body).length > 0, { message: 'Nothing to change' });
export type UpdateAgendaItemBody = z.input<typeof UpdateAgendaItemBody>;
/** The accepted items in their new order, every one exactly once. */
export const ReorderItemsBody = z.object({ itemIds: z.array(Id).min(1).max(200) });
export type ReorderItemsBody = z.input<typeof ReorderItemsBody>;

export const RsvpBody = z.object({ answer: RsvpAnswer, note: z.string().trim().max(500).default('') });
export type RsvpBody = z.input<typeof RsvpBody>;
export const AttendanceBody = z.object({ userId: Id, present: z.boolean() });
export type AttendanceBody = z.input<typeof AttendanceBody>;
export const DecisionBody = z.object({ text: multiline(2000).pipe(z.string().min(1)), itemId: Id.nullable().default(null) });
export type DecisionBody = z.input<typeof DecisionBody>;
export const ActionItemBody = z.object({ text: multiline(1000).pipe(z.string().min(1)), assigneeId: Id.nullable().default(null), dueOn: DateOnly.nullable().default(null) });
export type ActionItemBody = z.input<typeof ActionItemBody>;
export const UpdateActionItemBody = z.object({ status: ActionItemStatus });
export type UpdateActionItemBody = z.input<typeof UpdateActionItemBody>;
export const MinutesBody = z.object({ minutes: multiline(50_000) });
export type MinutesBody = z.input<typeof MinutesBody>;

/** The meetings whose agenda discusses a knowledge question ("Besproken in"), latest first. */
export const QuestionMeetings = z.array(MeetingSummary);
export type QuestionMeetings = z.infer<typeof QuestionMeetings>;

/** For the home page: across all my networks. */
export const MyMeetings = z.array(MeetingSummary.extend({ networkName: z.string() }));
export type MyMeetings = z.infer<typeof MyMeetings>;
export const MyActionItems = z.array(ActionItem.extend({ networkName: z.string() }));
export type MyActionItems = z.infer<typeof MyActionItems>;

/**
 * My personal calendar feed. Only a hash of its secret is kept, so the address is shown once, when
 * made (`url`); afterwards `active` says one exists, and making a new one stops the old.
 */
export const CalendarFeed = z.object({ active: z.boolean(), url: z.string().nullable() });
export type CalendarFeed = z.infer<typeof CalendarFeed>;
export const CalendarFeedParams = z.object({ token: z.string().regex(/^[A-Za-z0-9_-]{20,100}$/, 'Not a valid feed address') });
