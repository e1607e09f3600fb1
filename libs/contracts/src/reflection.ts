import { z } from 'zod';
import { Id, Timestamp, multiline } from './common';
import { AgendaPerson } from './agenda';

/**
 * Reflection: a personal journal (private to its writer, admins included) from which the writer may
 * share a chosen part with a network, and value stories that walk Wenger-Trayner's value cycles.
 */

/** Biesta's three sides of learning. */
export const LearningDomain = z.enum(['qualification', 'socialisation', 'subjectification']);
export type LearningDomain = z.infer<typeof LearningDomain>;
/** Wenger-Trayner's value-creation cycles. */
export const ValueCycle = z.enum(['immediate', 'potential', 'applied', 'realised', 'reframing']);
export type ValueCycle = z.infer<typeof ValueCycle>;

export const REFLECTION_TEXT_MAX = 8000;
export const SHARED_PART_MAX = 2000;
/** A cell of the aggregates (a side or cycle in a period) is shown only when this many different people wrote in it. */
export const AGGREGATE_MIN_PEOPLE = 5;

const unique = <T>(xs: T[]) => new Set(xs).size === xs.length;
const domains = z.array(LearningDomain).max(3).refine(unique, 'Each side once');
const cycles = z.array(ValueCycle).max(5).refine(unique, 'Each cycle once');

/**
 * What a reflection is about. `intervision`: a session where the writer was the case owner (their own
 * copy, written by them, is the consent; it outlives the session's erasure).
 */
export const ReflectionLink = z.object({ kind: z.enum(['meeting', 'cycle', 'intervision']), id: Id });
export type ReflectionLink = z.infer<typeof ReflectionLink>;

const reflectionFields = {
  text: multiline(REFLECTION_TEXT_MAX).pipe(z.string().min(1, 'Write something')),
  domains,
  cycles,
  /** The network the reflection is about (needed to share, or to link). */
  networkId: Id.nullable(),
  link: ReflectionLink.nullable(),
  /** The part shared with the network's members; null keeps it all private. */
  sharedPart: multiline(SHARED_PART_MAX).pipe(z.string().min(1, 'Choose what to share')).nullable(),
};
export const WriteReflectionBody = z
  .object({
    ...reflectionFields,
    domains: domains.default([]),
    cycles: cycles.default([]),
    networkId: reflectionFields.networkId.default(null),
    link: reflectionFields.link.default(null),
    sharedPart: reflectionFields.sharedPart.default(null),
  })
  .superRefine((b, ctx) => {
    // Zod still runs this when a field failed its own check: judge only a share that is itself valid.
    if (typeof b.sharedPart === 'string' && b.sharedPart.length <= SHARED_PART_MAX && !b.networkId) ctx.addIssue({ code: 'custom', path: ['networkId'], message: 'Choose the network to share with' });
    if (b.link && typeof b.link === 'object' && 'kind' in b.link && !b.networkId) ctx.addIssue({ code: 'custom', path: ['networkId'], message: 'Choose the network it is about' });
  });
export type WriteReflectionBody = z.input<typeof WriteReflectionBody>;
/** Partial edit by the writer; sharing rules are checked against the result. */
export const UpdateReflectionBody = z
  .object(reflectionFields)
  .partial()
  .refine((b) => Object.keys(b).length > 0, { message: 'Nothing to change' });
export type UpdateReflectionBody = z.input<typeof UpdateReflectionBody>;

/** My own reflection, whole. */
export const Reflection = z.object({
  id: Id,
  text: z.string(),
  domains: z.array(LearningDomain),
  cycles: z.array(ValueCycle),
  networkId: Id.nullable(),
  link: ReflectionLink.nullable(),
  sharedPart: z.string().nullable(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Reflection = z.infer<typeof Reflection>;
export const ReflectionList = z.array(Reflection);

/** What a network's members see of a shared reflection: the shared part only, never the rest. */
export const SharedReflection = z.object({
  id: Id,
  networkId: Id,
  author: AgendaPerson.nullable(),
  sharedPart: z.string(),
  domains: z.array(LearningDomain),
  cycles: z.array(ValueCycle),
  link: ReflectionLink.nullable(),
  createdAt: Timestamp,
});
export type SharedReflection = z.infer<typeof SharedReflection>;
export const SharedReflectionList = z.array(SharedReflection);

/**
 * How shared reflections spread over the sides and cycles per quarter. A cell counting fewer than
 * `AGGREGATE_MIN_PEOPLE` different people is merged into its whole period's `other` or, failing
 * that, hidden (`hidden` counts those cells, so the view can say why). `prompt` is the side the
 * network writes least about, only when every side reaches the threshold over all time.
 */
export const AggregateCell = z.object({ key: z.union([LearningDomain, ValueCycle]), reflections: z.number().int(), people: z.number().int() });
export const ReflectionAggregates = z.object({
  networkId: Id,
  minPeople: z.number().int(),
  periods: z.array(
    z.object({
      /** `2026-Q1` (Europe/Amsterdam). */
      period: z.string(),
      domains: z.array(AggregateCell),
      cycles: z.array(AggregateCell),
      /** Cells left out because fewer people wrote in them. */
      hidden: z.number().int(),
    }),
  ),
  prompt: LearningDomain.nullable(),
});
export type ReflectionAggregates = z.infer<typeof ReflectionAggregates>;
export const AggregatesQuery = z.object({ from: z.iso.date().optional(), to: z.iso.date().optional() });
export type AggregatesQuery = z.input<typeof AggregatesQuery>;

/** A value story walks the cycles: what happened, what it gave me, what I did differently, what difference it made, what changed in how we judge success. */
const storyText = multiline(4000);
export const ValueStoryBody = z.object({
  title: z.string().trim().min(3).max(160),
  immediate: storyText.pipe(z.string().min(1, 'Tell what happened')),
  potential: storyText.default(''),
  applied: storyText.default(''),
  realised: storyText.default(''),
  reframing: storyText.default(''),
  /** Shared stories are read by the network's members; unshared ones by their writer alone. */
  shared: z.boolean().default(false),
});
export type ValueStoryBody = z.input<typeof ValueStoryBody>;
export const UpdateValueStoryBody = z
  .object({ title: ValueStoryBody.shape.title, immediate: storyText.pipe(z.string().min(1)), potential: storyText, applied: storyText, realised: storyText, reframing: storyText, shared: z.boolean() })
  .partial()
  .refine((b) => Object.keys(b).length > 0, { message: 'Nothing to change' });
export type UpdateValueStoryBody = z.input<typeof UpdateValueStoryBody>;
export const ValueStory = z.object({
  id: Id,
  networkId: Id,
  author: AgendaPerson.nullable(),
  title: z.string(),
  immediate: z.string(),
  potential: z.string(),
  applied: z.string(),
  realised: z.string(),
  reframing: z.string(),
  shared: z.boolean(),
  /** I wrote it (and may edit it). */
  mine: z.boolean(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type ValueStory = z.infer<typeof ValueStory>;
export const ValueStoryList = z.array(ValueStory);

export const ReflectionChange = z.enum(['reflection', 'value-story']);
export type ReflectionChange = z.infer<typeof ReflectionChange>;
