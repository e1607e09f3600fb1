import { z } from 'zod';
import { Id, Timestamp } from './common';
import { NetworkRole } from './networks';
import { QuestionStatus } from './question-status';
import { CyclePhase } from './cycle-phase';

/**
 * What a network's activity list can say. A capability adds its kinds here: a name in `ActivityKind`,
 * the facts its entries carry in `activityData`, and a line in `variants` below (tsc says when one is
 * missing). Facts are what an entry shows, never secrets: a changed profile names its fields, not their values.
 */
export const ActivityKind = z.enum([
  'network.created',
  'network.profileChanged',
  'network.archived',
  'network.restored',
  'member.joined',
  'member.left',
  'member.removed',
  'member.roleChanged',
  'question.proposed',
  'question.statusChanged',
  'question.returned',
  'meeting.scheduled',
  'meeting.rescheduled',
  'meeting.cancelled',
  'actionItem.unassigned',
  'practicePage.created',
  'cycle.started',
  'cycle.logged',
  'cycle.phaseChanged',
  'cycle.closed',
  'cycle.handedOver',
]);
export type ActivityKind = z.infer<typeof ActivityKind>;

const nothing = z.object({});
export const activityData = {
  'network.created': nothing,
  /** Field names as in the network's edit body (`name`, `themeIds`...). */
  'network.profileChanged': z.object({ fields: z.array(z.string().max(60)).max(40) }),
  'network.archived': nothing,
  'network.restored': nothing,
  'member.joined': z.object({ role: NetworkRole }),
  'member.left': nothing,
  'member.removed': nothing,
  'member.roleChanged': z.object({ from: NetworkRole, to: NetworkRole }),
  'question.proposed': z.object({ title: z.string().max(200) }),
  'question.statusChanged': z.object({ title: z.string().max(200), from: QuestionStatus, to: QuestionStatus }),
  /** Someone who had taken the question on left the network; for facilitators. */
  'question.returned': z.object({ title: z.string().max(200) }),
  /** `count` is above 1 for a series; the subject is the (first) meeting. */
  'meeting.scheduled': z.object({ title: z.string().max(200), startsAt: Timestamp, count: z.number().int().min(1) }),
  'meeting.rescheduled': z.object({ title: z.string().max(200), startsAt: Timestamp }),
  'meeting.cancelled': z.object({ title: z.string().max(200), startsAt: Timestamp }),
  /** The subject is the person who left; for facilitators. */
  'actionItem.unassigned': z.object({ texts: z.array(z.string().max(1000)).max(100) }),
  /** The subject is the new page (a document). */
  'practicePage.created': z.object({ title: z.string().max(200) }),
  /** Cycle entries are seen by who may see the cycle (private: its owners; facilitators-only: also facilitators). */
  'cycle.started': z.object({ title: z.string().max(200) }),
  'cycle.logged': z.object({ title: z.string().max(200) }),
  /** `iteration` is the number after the change (reflect → plan starts the next). */
  'cycle.phaseChanged': z.object({ title: z.string().max(200), from: CyclePhase, to: CyclePhase, iteration: z.number().int().min(1) }),
  'cycle.closed': z.object({ title: z.string().max(200), followUp: z.boolean() }),
  /** The last owner (the subject) left; the facilitators took the cycle over. */
  'cycle.handedOver': z.object({ title: z.string().max(200) }),
} satisfies Record<ActivityKind, z.ZodObject>;
export type ActivityData<K extends ActivityKind> = z.infer<(typeof activityData)[K]>;

/** Kinds whose subject is a person (the member who joined, left, was removed or got another role). */
export const personSubjectKinds: readonly ActivityKind[] = ['member.joined', 'member.left', 'member.removed', 'member.roleChanged', 'actionItem.unassigned', 'cycle.handedOver'];

/** A person as an entry names them; a deleted account reads as its scrubbed name. */
export const ActivityPerson = z.object({ id: Id, displayName: z.string() });
export type ActivityPerson = z.infer<typeof ActivityPerson>;

const variant = <K extends ActivityKind, X extends z.ZodRawShape>(kind: K, extra: X) =>
  z.object({
    id: Id,
    /** Increasing: the order things happened, and the cursor for paging and "seen up to". */
    seq: z.number().int().positive(),
    kind: z.literal(kind),
    /** Who did it; null once their account is gone altogether. */
    actor: ActivityPerson.nullable(),
    /** The person it is about, for kinds about a person. */
    subject: ActivityPerson.nullable(),
    data: activityData[kind],
    at: Timestamp,
    ...extra,
  });

const variants = <X extends z.ZodRawShape>(extra: X) =>
  z.discriminatedUnion('kind', [
    variant('network.created', extra),
    variant('network.profileChanged', extra),
    variant('network.archived', extra),
    variant('network.restored', extra),
    variant('member.joined', extra),
    variant('member.left', extra),
    variant('member.removed', extra),
    variant('member.roleChanged', extra),
    variant('question.proposed', extra),
    variant('question.statusChanged', extra),
    variant('question.returned', extra),
    variant('meeting.scheduled', extra),
    variant('meeting.rescheduled', extra),
    variant('meeting.cancelled', extra),
    variant('actionItem.unassigned', extra),
    variant('practicePage.created', extra),
    variant('cycle.started', extra),
    variant('cycle.logged', extra),
    variant('cycle.phaseChanged', extra),
    variant('cycle.closed', extra),
    variant('cycle.handedOver', extra),
  ]);

/** What happened, the same for everyone who may see it (the live event). */
export const ActivityEntry = variants({});
export type ActivityEntry = z.infer<typeof ActivityEntry>;
/** An entry as one reader sees it in the list: `isNew` when someone else did it since their last visit. */
export const ActivityItem = variants({ isNew: z.boolean() });
export type ActivityItem = z.infer<typeof ActivityItem>;

// tsc stops here when a kind has no variant above.
const everyKindListed: Exclude<ActivityKind, ActivityEntry['kind']> extends never ? true : never = true;
void everyKindListed;

export const ACTIVITY_PAGE_MAX = 50;
/** Newest first; `before` is the `seq` of the last entry already shown. */
export const ActivityQuery = z.object({
  before: z.coerce.number().int().min(1).max(Number.MAX_SAFE_INTEGER).optional(),
  limit: z.coerce.number().int().min(1).max(ACTIVITY_PAGE_MAX).default(20),
});
export type ActivityQuery = z.input<typeof ActivityQuery>;

/** `nextBefore`: pass as `before` for the next (older) page; null when this was the last. */
export const ActivityPage = z.object({ items: z.array(ActivityItem), nextBefore: z.number().int().nullable() });
export type ActivityPage = z.infer<typeof ActivityPage>;

/** Per network of mine, how many entries others added that I may see and have not seen yet. */
export const NetworkNews = z.array(z.object({ networkId: Id, newCount: z.number().int().min(0) }));
export type NetworkNews = z.infer<typeof NetworkNews>;
