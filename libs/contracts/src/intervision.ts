import { z } from 'zod';
import { Id, Timestamp, multiline } from './common';
import { AgendaPerson } from './agenda';
import { LiveState } from './live-steps';

/**
 * Intervision (intervisie): structured peer consultation. A member brings a case, the group follows a
 * method phase by phase. Everything written in a session (the case, contributions, take-aways) is
 * readable by its participants only: not other members, not facilitators outside it, not platform
 * admins. Lists, events and notifications carry title, time and method, never content.
 */

/** Who speaks in a phase. In question rounds the group speaks and the case owner answers. */
export const PhaseSpeaker = z.enum(['case-owner', 'group', 'lead', 'everyone']);
export type PhaseSpeaker = z.infer<typeof PhaseSpeaker>;
/** What a phase collects; `case` is the case owner's case text (exactly one phase of a method). */
export const PhaseCollects = z.enum(['none', 'case', 'clarifying-questions', 'hypotheses', 'advice', 'take-aways', 'notes']);
export type PhaseCollects = z.infer<typeof PhaseCollects>;
/** What participants add as contributions (the case and the case owner's take-aways have their own routes). */
export const ContributionKind = z.enum(['clarifying-questions', 'hypotheses', 'advice', 'notes']);
export type ContributionKind = z.infer<typeof ContributionKind>;
export const SessionRole = z.enum(['case-owner', 'lead', 'timekeeper', 'participant']);
export type SessionRole = z.infer<typeof SessionRole>;
/** planned: not started; running: a phase is current; ended: the lead ended it. */
export const SessionStatus = z.enum(['planned', 'running', 'ended']);
export type SessionStatus = z.infer<typeof SessionStatus>;

export const INTERVISION_TITLE_MAX = 160;
export const CASE_TEXT_MAX = 8000;
export const CONTRIBUTION_MAX = 2000;
export const METHOD_PHASES_MAX = 20;
export const SESSION_PEOPLE_MAX = 16;
export const RETENTION_DAYS_DEFAULT = 30;

const Text = (max: number) => z.object({ nl: z.string().trim().min(1).max(max), en: z.string().trim().min(1).max(max) });
const Slug = z.string().trim().min(1).max(60).regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Use lower-case letters, digits and dashes');

/** One phase of a method: Dutch (B1) and English, a typical duration, who speaks, what is collected. */
export const MethodPhase = z.object({
  /** Unique within the method (`sketch-incident`). */
  key: Slug,
  name: Text(120),
  instructions: Text(1500),
  minutes: z.number().int().min(1).max(240),
  speaker: PhaseSpeaker,
  collects: PhaseCollects,
  /** The case owner only listens (gossip round, the incident method's analysis): they cannot contribute in it. */
  caseOwnerListensOnly: z.boolean(),
});
export type MethodPhase = z.infer<typeof MethodPhase>;

/**
 * A method as a template: validated here (refused with fields when bad) and again by the domain's
 * `checkMethod`. Exactly one phase collects the case; phase keys are unique.
 */
export const MethodTemplate = z
  .object({
    name: Text(120),
    purpose: Text(1000),
    groupSize: z.object({ min: z.number().int().min(2).max(SESSION_PEOPLE_MAX), max: z.number().int().min(2).max(SESSION_PEOPLE_MAX) }),
    phases: z.array(MethodPhase).min(2).max(METHOD_PHASES_MAX),
  })
  .superRefine((m, ctx) => {
    if (m.groupSize.min > m.groupSize.max) ctx.addIssue({ code: 'custom', path: ['groupSize', 'max'], message: 'At least the minimum' });
    const cases = m.phases.filter((p) => p.collects === 'case').length;
    if (cases !== 1) ctx.addIssue({ code: 'custom', path: ['phases'], message: 'Exactly one phase collects the case' });
    const seen = new Set<string>();
    m.phases.forEach((p, i) => {
      if (seen.has(p.key)) ctx.addIssue({ code: 'custom', path: ['phases', i, 'key'], message: 'Each phase key once' });
      seen.add(p.key);
    });
  });
export type MethodTemplate = z.infer<typeof MethodTemplate>;
/** Make a network's own method: from scratch, or `basedOn` a built-in or network method it adapts. */
export const CreateMethodBody = z.intersection(MethodTemplate, z.object({ basedOn: Id.nullable().default(null) }));
export type CreateMethodBody = z.input<typeof CreateMethodBody>;

export const IntervisionMethod = z.object({
  id: Id,
  /** null for the built-in methods every network may use. */
  networkId: Id.nullable(),
  /** The built-in's slug (`incident-method`), null for a network's own. */
  slug: z.string().nullable(),
  builtIn: z.boolean(),
  basedOn: Id.nullable(),
  name: z.object({ nl: z.string(), en: z.string() }),
  purpose: z.object({ nl: z.string(), en: z.string() }),
  groupSize: z.object({ min: z.number().int(), max: z.number().int() }),
  phases: z.array(MethodPhase),
  /** The sum of the phases' minutes. */
  totalMinutes: z.number().int(),
});
export type IntervisionMethod = z.infer<typeof IntervisionMethod>;
export const IntervisionMethodList = z.array(IntervisionMethod);

const uniquePeople = (people: { userId: string }[]) => new Set(people.map((p) => p.userId)).size === people.length;
/**
 * Who takes part and in which role: one case owner, one lead (not the case owner), at most one
 * timekeeper, every one a member of the network. The planner need not be among them.
 */
export const SessionPeople = z
  .array(z.object({ userId: Id, role: SessionRole }))
  .min(2)
  .max(SESSION_PEOPLE_MAX)
  .refine(uniquePeople, 'Each person once')
  .refine((p) => p.filter((x) => x.role === 'case-owner').length === 1, 'Exactly one case owner')
  .refine((p) => p.filter((x) => x.role === 'lead').length === 1, 'Exactly one lead')
  .refine((p) => p.filter((x) => x.role === 'timekeeper').length <= 1, 'At most one timekeeper');

/** A facilitator plans a session: title, time, method and people (all changeable until it starts). */
export const PlanSessionBody = z.object({
  title: z.string().trim().min(3).max(INTERVISION_TITLE_MAX),
  startsAt: Timestamp,
  methodId: Id,
  people: SessionPeople,
});
export type PlanSessionBody = z.input<typeof PlanSessionBody>;
export const UpdateSessionBody = z
  .object({ title: PlanSessionBody.shape.title, startsAt: Timestamp, methodId: Id, people: SessionPeople })
  .partial()
  .refine((b) => Object.keys(b).length > 0, { message: 'Nothing to change' });
export type UpdateSessionBody = z.input<typeof UpdateSessionBody>;

export const SessionPerson = z.object({ person: AgendaPerson, role: SessionRole });
export type SessionPerson = z.infer<typeof SessionPerson>;

/** What may be shown outside the content: to participants and the planner (lists, home page, calendar). */
export const IntervisionSessionSummary = z.object({
  id: Id,
  networkId: Id,
  title: z.string(),
  startsAt: Timestamp,
  method: z.object({ id: Id, name: z.object({ nl: z.string(), en: z.string() }) }),
  status: SessionStatus,
  people: z.array(SessionPerson),
  plannedBy: AgendaPerson.nullable(),
  /** My role in it; `planner` for a facilitator who planned it without taking part (no content for them). */
  myRole: z.union([SessionRole, z.literal('planner')]),
  /** When the case and contributions were erased (retention, or the case owner); null while kept. */
  erasedAt: Timestamp.nullable(),
  endedAt: Timestamp.nullable(),
});
export type IntervisionSessionSummary = z.infer<typeof IntervisionSessionSummary>;
export const IntervisionSessionList = z.array(IntervisionSessionSummary);

/** A pseudonymisation hit: where in the text, what kind, and a suggested replacement. The owner decides. */
export const PseudonymKind = z.enum(['bsn', 'phone', 'email', 'postcode-address', 'date-of-birth', 'person-name']);
export type PseudonymKind = z.infer<typeof PseudonymKind>;
export const PseudonymHit = z.object({ kind: PseudonymKind, text: z.string(), start: z.number().int().min(0), end: z.number().int().min(0), suggestion: z.string() });
export type PseudonymHit = z.infer<typeof PseudonymHit>;

export const Contribution = z.object({
  id: Id,
  phaseKey: z.string(),
  kind: ContributionKind,
  author: AgendaPerson.nullable(),
  text: z.string(),
  /** The case owner takes this advice away. */
  takenAway: z.boolean(),
  createdAt: Timestamp,
});
export type Contribution = z.infer<typeof Contribution>;

export const CaseText = z.object({ text: z.string(), updatedAt: Timestamp, hits: z.array(PseudonymHit) });
export type CaseText = z.infer<typeof CaseText>;

/** The whole session for a participant: method, live position, case, contributions, take-aways. */
export const IntervisionSessionDetail = IntervisionSessionSummary.extend({
  phases: z.array(MethodPhase),
  live: LiveState,
  /** The current phase's key while running. */
  currentPhaseKey: z.string().nullable(),
  /** null before the case owner wrote it, or once erased. */
  case: CaseText.nullable(),
  contributions: z.array(Contribution),
  /** The case owner's own take-aways (kept after erasure, for the case owner alone). */
  takeAways: z.string().nullable(),
});
export type IntervisionSessionDetail = z.infer<typeof IntervisionSessionDetail>;

/** The case owner writes the case; the server runs the pseudonymisation check again and answers the hits. */
export const CaseBody = z.object({ text: multiline(CASE_TEXT_MAX).pipe(z.string().min(1, 'Write the case')) });
export type CaseBody = z.input<typeof CaseBody>;
export const PseudonymCheckBody = z.object({ text: multiline(CASE_TEXT_MAX) });
export type PseudonymCheckBody = z.input<typeof PseudonymCheckBody>;
export const PseudonymCheckResult = z.object({ hits: z.array(PseudonymHit) });
export type PseudonymCheckResult = z.infer<typeof PseudonymCheckResult>;

/** A contribution goes to the current phase, which must collect one (not while the case owner only listens, for them). */
export const ContributionBody = z.object({ text: multiline(CONTRIBUTION_MAX).pipe(z.string().min(1, 'Write something')) });
export type ContributionBody = z.input<typeof ContributionBody>;
/** The case owner marks an advice they take away (or unmarks it). */
export const TakeAwayMarkBody = z.object({ takenAway: z.boolean() });
export type TakeAwayMarkBody = z.input<typeof TakeAwayMarkBody>;
export const TakeAwaysBody = z.object({ text: multiline(CASE_TEXT_MAX).pipe(z.string().min(1, 'Write your take-aways')) });
export type TakeAwaysBody = z.input<typeof TakeAwaysBody>;

/** Who opened the session's content and when: visible to its participants. */
export const ContentAudit = z.array(z.object({ person: AgendaPerson.nullable(), openedAt: Timestamp }));
export type ContentAudit = z.infer<typeof ContentAudit>;

/** What changed about a session, in its live event (never the content itself: the page refetches it). */
export const IntervisionChange = z.enum(['planned', 'updated', 'case', 'contribution', 'take-aways', 'erased', 'cancelled']);
export type IntervisionChange = z.infer<typeof IntervisionChange>;
