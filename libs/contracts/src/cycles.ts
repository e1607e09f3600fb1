import { z } from 'zod';
import { Id, Timestamp, multiline } from './common';
import { AgendaPerson, DateOnly } from './agenda';
import { ParticipantCategory } from './networks';

/**
 * Action-learning cycles (actieleren): owners take a question from practice, plan, act, observe and
 * reflect in iterations, log try-outs in two minutes, and follow indicators over time.
 */

/** One turn of the loop; reflect → plan starts the next iteration. */
import { CyclePhase } from './cycle-phase';

export { CyclePhase };
export const CycleStatus = z.enum(['running', 'closed']);
export type CycleStatus = z.infer<typeof CycleStatus>;
/** `private`: its owners (and a coach they added); `facilitators`: also the network's facilitators; `network`: every member. */
export const CycleVisibility = z.enum(['private', 'network', 'facilitators']);
export type CycleVisibility = z.infer<typeof CycleVisibility>;
export const IndicatorDirection = z.enum(['higher', 'lower']);
export type IndicatorDirection = z.infer<typeof IndicatorDirection>;

/** What changed about a cycle, in its live event. */
export const CycleChange = z.enum(['started', 'updated', 'phase', 'iteration', 'logged', 'measured', 'commented', 'closed', 'owners']);
export type CycleChange = z.infer<typeof CycleChange>;

export const CYCLE_TITLE_MAX = 160;
export const CYCLE_TEXT_MAX = 4000;
export const STALE_DAYS_DEFAULT = 21;
export const CYCLE_OWNERS_MAX = 8;

const line = (max: number) => z.string().trim().min(1).max(max);
const text = multiline(CYCLE_TEXT_MAX);
const lines = (max: number) => z.array(line(500)).max(max);
/** A measured value; finite, and small enough to show. */
const Value = z.number().finite().min(-1e12).max(1e12);

export const IndicatorInput = z.object({
  /** Keep an existing indicator (and its measurements) by passing its id; without one it is new. */
  id: Id.optional(),
  name: line(160),
  /** Unit or scale: "dagen", "aantal", "1–5". */
  unit: z.string().trim().max(60).default(''),
  direction: IndicatorDirection,
  baseline: Value,
  target: Value,
});
export const OutcomeInput = z.object({ id: Id.optional(), text: line(1000), indicators: z.array(IndicatorInput).max(10).default([]) });
export const ActionInput = z.object({
  id: Id.optional(),
  what: line(500),
  /** Who does it, in words (a name, "het hele team"). */
  who: z.string().trim().max(160).default(''),
  when: DateOnly.nullable().default(null),
  done: z.boolean().default(false),
});

const cycleFields = {
  title: z.string().trim().min(3).max(CYCLE_TITLE_MAX),
  learningQuestion: text.pipe(z.string().min(1, 'Write the learning question')),
  /** A knowledge question on this network's agenda the cycle works on. */
  questionId: Id.nullable(),
  visibility: CycleVisibility,
  /** A facilitator of the network who coaches the owners. */
  coachId: Id.nullable(),
  bottlenecks: lines(20),
  changeGoals: lines(20),
  outcomes: z.array(OutcomeInput).max(10),
  actions: z.array(ActionInput).max(50),
};

const uniqueIds = (ids: string[]) => new Set(ids).size === ids.length;

/** The starter is an owner; `coOwnerIds` are the other owners (members of the network). */
export const StartCycleBody = z.object({
  ...cycleFields,
  questionId: cycleFields.questionId.default(null),
  visibility: cycleFields.visibility.default('network'),
  coachId: cycleFields.coachId.default(null),
  bottlenecks: cycleFields.bottlenecks.default([]),
  changeGoals: cycleFields.changeGoals.default([]),
  outcomes: cycleFields.outcomes.default([]),
  actions: cycleFields.actions.default([]),
  coOwnerIds: z.array(Id).max(CYCLE_OWNERS_MAX - 1).refine(uniqueIds, 'Each person once').default([]),
});
export type StartCycleBody = z.input<typeof StartCycleBody>;

/** Partial edit by an owner; `ownerIds` is the whole new list (at least one, members of the network). */
export const UpdateCycleBody = z
  .object({ ...cycleFields, ownerIds: z.array(Id).min(1).max(CYCLE_OWNERS_MAX).refine(uniqueIds, 'Each person once') })
  .partial()
  .refine((body) => Object.keys(body).length > 0, { message: 'Nothing to change' });
export type UpdateCycleBody = z.input<typeof UpdateCycleBody>;

/** `from` is the phase the owner saw: if it moved meanwhile, the change is refused (409 status_changed). */
export const ChangePhaseBody = z.object({ from: CyclePhase, to: CyclePhase });
export type ChangePhaseBody = z.input<typeof ChangePhaseBody>;

export const IterationBody = z
  .object({ plan: text, done: text, observed: text, reflection: text })
  .partial()
  .refine((body) => Object.keys(body).length > 0, { message: 'Nothing to change' });
export type IterationBody = z.input<typeof IterationBody>;

export const Conclusion = z.object({
  learned: text.pipe(z.string().min(1, 'Say what was learned')),
  changesInPractice: text.default(''),
  recommendations: text.default(''),
});
export type Conclusion = z.infer<typeof Conclusion>;
/** Close with a conclusion; `followUp` starts a new cycle that carries the question and indicators over. */
export const CloseCycleBody = z.object({
  conclusion: Conclusion,
  followUp: z.object({ title: cycleFields.title }).nullable().default(null),
});
export type CloseCycleBody = z.input<typeof CloseCycleBody>;

export const MeasurementValueInput = z.object({ indicatorId: Id, value: Value });
/**
 * A try-out, logged in two minutes. `clientId` is made by the client once per log: sending it again
 * (a retry, or an offline log replayed) returns the log already stored, never a second one.
 */
export const SessionLogBody = z.object({
  clientId: Id,
  did: multiline(2000).pipe(z.string().min(1, 'Say what you did')),
  happened: multiline(2000).default(''),
  learned: multiline(2000).default(''),
  next: multiline(2000).default(''),
  /** Confidence or mood, 1 (low) to 5 (high). */
  mood: z.number().int().min(1).max(5).nullable().default(null),
  /** The day of the try-out (Europe/Amsterdam); today when left out; never in the future. */
  date: DateOnly.optional(),
  measurements: z.array(MeasurementValueInput).max(10).refine((m) => uniqueIds(m.map((x) => x.indicatorId)), 'Each indicator once').default([]),
});
export type SessionLogBody = z.input<typeof SessionLogBody>;

export const MeasurementBody = z.object({ indicatorId: Id, value: Value, date: DateOnly.optional(), note: multiline(500).default('') });
export type MeasurementBody = z.input<typeof MeasurementBody>;

export const CycleCommentBody = z.object({ text: multiline(4000).pipe(z.string().min(1, 'Write something')) });
export type CycleCommentBody = z.input<typeof CycleCommentBody>;

export const CycleSettingsBody = z.object({ staleDays: z.number().int().min(1).max(365) });
export type CycleSettingsBody = z.input<typeof CycleSettingsBody>;
export const CycleSettings = z.object({ networkId: Id, staleDays: z.number().int() });
export type CycleSettings = z.infer<typeof CycleSettings>;

export const Indicator = z.object({ id: Id, name: z.string(), unit: z.string(), direction: IndicatorDirection, baseline: z.number(), target: z.number() });
export type Indicator = z.infer<typeof Indicator>;
export const IntendedOutcome = z.object({ id: Id, text: z.string(), indicators: z.array(Indicator) });
export type IntendedOutcome = z.infer<typeof IntendedOutcome>;
export const PlannedAction = z.object({ id: Id, what: z.string(), who: z.string(), when: DateOnly.nullable(), done: z.boolean() });
export type PlannedAction = z.infer<typeof PlannedAction>;

export const Iteration = z.object({
  id: Id,
  number: z.number().int().min(1),
  plan: z.string(),
  done: z.string(),
  observed: z.string(),
  reflection: z.string(),
  startedAt: Timestamp,
  /** Set when the next iteration started (or the cycle closed). */
  endedAt: Timestamp.nullable(),
});
export type Iteration = z.infer<typeof Iteration>;

export const Measurement = z.object({
  id: Id,
  indicatorId: Id,
  value: z.number(),
  date: DateOnly,
  note: z.string(),
  /** The session log it came with; null when entered directly. */
  logId: Id.nullable(),
  /** The iteration it was taken in, for the chart's iteration boundaries. */
  iteration: z.number().int(),
  by: AgendaPerson.nullable(),
  createdAt: Timestamp,
});
export type Measurement = z.infer<typeof Measurement>;

export const SessionLog = z.object({
  id: Id,
  clientId: Id,
  cycleId: Id,
  iteration: z.number().int(),
  phase: CyclePhase,
  author: AgendaPerson.nullable(),
  date: DateOnly,
  did: z.string(),
  happened: z.string(),
  learned: z.string(),
  next: z.string(),
  mood: z.number().int().nullable(),
  measurements: z.array(z.object({ indicatorId: Id, value: z.number() })),
  createdAt: Timestamp,
});
export type SessionLog = z.infer<typeof SessionLog>;
export const SessionLogList = z.array(SessionLog);

export const CycleComment = z.object({ id: Id, cycleId: Id, author: AgendaPerson.nullable(), text: z.string(), createdAt: Timestamp });
export type CycleComment = z.infer<typeof CycleComment>;
export const CycleCommentList = z.array(CycleComment);

/** A cycle in lists and the facilitator overview. */
export const CycleSummary = z.object({
  id: Id,
  networkId: Id,
  title: z.string(),
  visibility: CycleVisibility,
  status: CycleStatus,
  phase: CyclePhase,
  /** The current iteration's number (how many there were). */
  iteration: z.number().int().min(1),
  owners: z.array(AgendaPerson),
  coach: AgendaPerson.nullable(),
  lastLogDate: DateOnly.nullable(),
  logCount: z.number().int().min(0),
  /** Running, and no log for `staleDays` days (counted from the start when there is none). */
  stale: z.boolean(),
  createdAt: Timestamp,
  closedAt: Timestamp.nullable(),
});
export type CycleSummary = z.infer<typeof CycleSummary>;

export const CycleDetail = CycleSummary.extend({
  learningQuestion: z.string(),
  question: z.object({ id: Id, title: z.string() }).nullable(),
  bottlenecks: z.array(z.string()),
  changeGoals: z.array(z.string()),
  outcomes: z.array(IntendedOutcome),
  actions: z.array(PlannedAction),
  iterations: z.array(Iteration),
  measurements: z.array(Measurement),
  conclusion: Conclusion.nullable(),
  followUpOf: Id.nullable(),
  followUpId: Id.nullable(),
  /** The last owner left and the facilitators took the cycle over: who left, and when. */
  handedOver: z.object({ from: AgendaPerson.nullable(), at: Timestamp }).nullable(),
  /** What the reader may do (the web shows its controls by it). */
  may: z.object({ edit: z.boolean(), comment: z.boolean() }),
  updatedAt: Timestamp,
});
export type CycleDetail = z.infer<typeof CycleDetail>;

export const CloseCycleResult = z.object({ cycle: CycleDetail, followUp: CycleDetail.nullable() });
export type CloseCycleResult = z.infer<typeof CloseCycleResult>;

const flag = z.enum(['true', 'false']).transform((v) => v === 'true');
export const CycleSort = z.enum(['recent', 'stale', 'phase', 'iterations', 'title', 'created']);
export type CycleSort = z.infer<typeof CycleSort>;
/** `recent`: last log newest first; `stale`: longest without a log first. */
export const CycleListQuery = z.object({
  sort: CycleSort.default('recent'),
  phase: CyclePhase.optional(),
  status: CycleStatus.optional(),
  visibility: CycleVisibility.optional(),
  stale: flag.optional(),
  /** Cycles with an owner of this participant category. */
  category: ParticipantCategory.optional(),
  ownerId: Id.optional(),
  /** Overrides the network's stale threshold for this answer. */
  staleDays: z.coerce.number().int().min(1).max(365).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type CycleListQuery = z.input<typeof CycleListQuery>;

/** Per participant category: members of the network, and how many of them own a cycle the reader may see. */
export const CycleParticipation = z.object({ category: ParticipantCategory, members: z.number().int(), takingPart: z.number().int() });
export const CyclePage = z.object({
  items: z.array(CycleSummary),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  staleDays: z.number().int(),
  participation: z.array(CycleParticipation),
});
export type CyclePage = z.infer<typeof CyclePage>;

/** A cycle of mine, in any network, also one I left (read-only then). */
export const MyCycle = CycleSummary.extend({ networkName: z.string(), formerOwner: z.boolean() });
export type MyCycle = z.infer<typeof MyCycle>;
export const MyCycleList = z.array(MyCycle);

/** Everything of one of my cycles, to read or keep; a former owner gets logs, measurements and comments up to their leaving. */
export const MyCycleExport = z.object({ cycle: CycleDetail, logs: SessionLogList, comments: CycleCommentList, formerOwner: z.boolean() });
export type MyCycleExport = z.infer<typeof MyCycleExport>;

/** For a facilitator of several networks: per network, how its cycles are doing. */
export const NetworkCycleStats = z.object({
  networkId: Id,
  networkName: z.string(),
  staleDays: z.number().int(),
  running: z.number().int(),
  stale: z.number().int(),
  closed: z.number().int(),
  participants: z.number().int(),
  /** The stalest running cycles first, at most five. */
  needAttention: z.array(CycleSummary),
});
export const CyclesOverview = z.array(NetworkCycleStats);
export type CyclesOverview = z.infer<typeof CyclesOverview>;

/** `from`/`to` are calendar days; the default period is the last six months up to today. */
export const CycleReportQuery = z
  .object({ from: DateOnly.optional(), to: DateOnly.optional() })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: 'The period ends before it starts', path: ['to'] });
export type CycleReportQuery = z.input<typeof CycleReportQuery>;

export const ReportIndicator = Indicator.extend({
  points: z.array(z.object({ date: DateOnly, value: z.number(), iteration: z.number().int() })),
  latest: z.number().nullable(),
});
export const ReportCycle = z.object({
  id: Id,
  title: z.string(),
  learningQuestion: z.string(),
  owners: z.array(z.string()),
  status: CycleStatus,
  phase: CyclePhase,
  changeGoals: z.array(z.string()),
  iterations: z.array(Iteration.pick({ number: true, plan: true, reflection: true })),
  logsInPeriod: z.number().int(),
  indicators: z.array(ReportIndicator),
  conclusion: Conclusion.nullable(),
});
/**
 * A network's cycles over a period, for the funder: cycles shared with the network in full;
 * facilitators-only cycles are counted, never described; private ones are not there at all.
 */
export const CycleReport = z.object({
  networkId: Id,
  networkName: z.string(),
  from: DateOnly,
  to: DateOnly,
  generatedAt: Timestamp,
  totals: z.object({ cycles: z.number().int(), running: z.number().int(), closed: z.number().int(), logs: z.number().int(), participants: z.number().int() }),
  notDescribed: z.number().int(),
  cycles: z.array(ReportCycle),
});
export type CycleReport = z.infer<typeof CycleReport>;
