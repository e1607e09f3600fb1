import { z } from 'zod';
import { Id, Timestamp } from './common';
import { QuestionStatus } from './question-status';
import { NetworkRole } from './networks';

/**
 * What a person is told about, because it concerns them (unlike the network's activity, which is
 * everything that happened there). A capability adds a kind here: a name in `NotificationKind`, the
 * facts it carries in `notificationData`, and a line in `variants` below (tsc says when one is
 * missing); the web says it in words in `features/notifications/notification-text.ts`. Facts are
 * what the line shows (a title, a new role), never something only some recipients may read.
 */
export const NotificationKind = z.enum([
  'member.roleChanged', 'network.archived', 'network.restored', 'invitation.accepted',
  'question.proposed', 'question.statusChanged', 'comment.mentioned',
  'meeting.scheduled', 'meeting.rescheduled', 'meeting.cancelled', 'actionItem.assigned',
  'cycle.commented', 'intervision.invited',
]);
export type NotificationKind = z.infer<typeof NotificationKind>;

const nothing = z.object({});
export const notificationData = {
  /** Someone gave me another role in a network. */
  'member.roleChanged': z.object({ from: NetworkRole, to: NetworkRole }),
  /** A network of mine was archived or brought back. */
  'network.archived': nothing,
  'network.restored': nothing,
  /** Someone joined with an invitation I made; the subject is the newcomer. */
  'invitation.accepted': z.object({ role: NetworkRole }),
  /** A new question on the agenda of a network of mine; the subject is the question. */
  'question.proposed': z.object({ title: z.string() }),
  /** A question I proposed or support moved on. */
  'question.statusChanged': z.object({ title: z.string(), to: QuestionStatus }),
  /** Someone mentioned me in a comment on a question (the subject). */
  'comment.mentioned': z.object({ title: z.string() }),
  /** New meetings in a network of mine (`count` > 1 for a series); the subject is the first. */
  'meeting.scheduled': z.object({ title: z.string(), startsAt: Timestamp, count: z.number().int().min(1) }),
  /** A meeting I answered the invitation of has a new time (`startsAt`). */
  'meeting.rescheduled': z.object({ title: z.string(), startsAt: Timestamp }),
  /** A meeting I answered the invitation of does not take place. */
  'meeting.cancelled': z.object({ title: z.string(), startsAt: Timestamp }),
  /** An action item of a meeting (the subject) is mine now. */
  'actionItem.assigned': z.object({ text: z.string(), meetingTitle: z.string() }),
  /** Someone commented on a cycle (the subject) I own or coach. */
  'cycle.commented': z.object({ title: z.string() }),
  /** I take part in an intervision session (the subject): its title and time, never its case. */
  'intervision.invited': z.object({ title: z.string(), startsAt: Timestamp }),
} satisfies Record<NotificationKind, z.ZodObject>;
export type NotificationData<K extends NotificationKind> = z.infer<(typeof notificationData)[K]>;

export const NotificationPerson = z.object({ id: Id, displayName: z.string() });
export const NotificationNetwork = z.object({ id: Id, name: z.string() });

const variant = <K extends NotificationKind>(kind: K) =>
  z.object({
    id: Id,
    /** Increasing: newest first, and the cursor for paging. */
    seq: z.number().int().positive(),
    kind: z.literal(kind),
    /** The network it happened in; null for what concerns me outside any network. */
    network: NotificationNetwork.nullable(),
    /** Who did it; null for what the system did, or once their account is gone. */
    actor: NotificationPerson.nullable(),
    /** What it is about (a person, a question, a meeting): the web links to it. */
    subjectId: z.string().nullable(),
    data: notificationData[kind],
    createdAt: Timestamp,
    readAt: Timestamp.nullable(),
  });

export const Notification = z.discriminatedUnion('kind', [
  variant('member.roleChanged'),
  variant('network.archived'),
  variant('network.restored'),
  variant('invitation.accepted'),
  variant('question.proposed'),
  variant('question.statusChanged'),
  variant('comment.mentioned'),
  variant('meeting.scheduled'),
  variant('meeting.rescheduled'),
  variant('meeting.cancelled'),
  variant('actionItem.assigned'),
  variant('cycle.commented'),
  variant('intervision.invited'),
]);
export type Notification = z.infer<typeof Notification>;

// tsc stops here when a kind has no variant above.
const everyKindListed: Exclude<NotificationKind, Notification['kind']> extends never ? true : never = true;
void everyKindListed;

export const NOTIFICATION_PAGE_MAX = 50;
/** Newest first; `before` is the `seq` of the last one already shown; `unread=true` leaves out what I read. */
export const NotificationsQuery = z.object({
  before: z.coerce.number().int().min(1).max(Number.MAX_SAFE_INTEGER).optional(),
  limit: z.coerce.number().int().min(1).max(NOTIFICATION_PAGE_MAX).default(20),
  networkId: Id.optional(),
  unread: z.enum(['true', 'false']).optional(),
});
export type NotificationsQuery = z.input<typeof NotificationsQuery>;

export const NotificationPage = z.object({ items: z.array(Notification), nextBefore: z.number().int().nullable() });
export type NotificationPage = z.infer<typeof NotificationPage>;

/** How many I have not read: in all, and per network (networks with none are left out). */
export const UnreadCounts = z.object({
  total: z.number().int().min(0),
  byNetwork: z.array(z.object({ networkId: Id, count: z.number().int().min(1) })),
});
export type UnreadCounts = z.infer<typeof UnreadCounts>;

export const NotificationParams = z.object({ notificationId: Id });
/** Mark all of one network read, or (`networkId: null`) everything; said out loud so an empty body is not "all". */
export const MarkAllReadBody = z.object({ networkId: Id.nullable() });
export type MarkAllReadBody = z.infer<typeof MarkAllReadBody>;
