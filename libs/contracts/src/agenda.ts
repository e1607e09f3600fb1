import { z } from 'zod';
import { Id, Timestamp, multiline, page } from './common';
import { QuestionStatus } from './question-status';

/** From proposed to disseminated; withdrawn (by the proposer) and disseminated are final. */
export { QuestionStatus };

/** From practice (the open agenda) or commissioned by a party (the closed agenda). */
export const QuestionOrigin = z.enum(['practice', 'commissioned']);
export type QuestionOrigin = z.infer<typeof QuestionOrigin>;

export const QUESTION_TITLE_MAX = 160;
export const QUESTION_SITUATION_MAX = 5000;
export const COMMENT_MAX = 4000;

/** A person as the agenda names them; a deleted account reads as its scrubbed name. */
export const AgendaPerson = z.object({ id: Id, displayName: z.string() });
export type AgendaPerson = z.infer<typeof AgendaPerson>;

const ThemeId = z.string().trim().min(1).max(80).regex(/^[a-z0-9-]+$/, 'Not a theme');
const themeIds = z.array(ThemeId).max(6).refine((ids) => new Set(ids).size === ids.length, 'Each theme once');
/** A calendar day, `2026-03-01`. */
export const DateOnly = z.iso.date();

const questionFields = {
  title: z.string().trim().min(3).max(QUESTION_TITLE_MAX),
  situation: multiline(QUESTION_SITUATION_MAX).pipe(z.string().min(1, 'Tell a little about the situation')),
  themeIds,
  origin: QuestionOrigin,
  /** Who commissioned it; required for a commissioned question. */
  commissionedBy: z.string().trim().max(160),
  /** Who it matters to, in the resident's words; optional. */
  residentPerspective: multiline(2000),
};

const commissionedNeedsParty = (body: { origin?: QuestionOrigin; commissionedBy?: string }, ctx: z.RefinementCtx) => {
  if (body.origin === 'commissioned' && !body.commissionedBy) ctx.addIssue({ code: 'custom', path: ['commissionedBy'], message: 'Say who commissioned it' });
};

export const ProposeQuestionBody = z
  .object({
    ...questionFields,
    themeIds: questionFields.themeIds.default([]),
    origin: questionFields.origin.default('practice'),
    commissionedBy: questionFields.commissionedBy.default(''),
    residentPerspective: questionFields.residentPerspective.default(''),
    /** The proposer agrees to be named if a facilitator makes the question public. */
    showProposer: z.boolean().default(false),
  })
  .superRefine(commissionedNeedsParty);
export type ProposeQuestionBody = z.input<typeof ProposeQuestionBody>;

/** Partial edit; `public` is the facilitators', `showProposer` the proposer's own consent. */
export const UpdateQuestionBody = z
  .object({ ...questionFields, public: z.boolean(), showProposer: z.boolean() })
  .partial()
  .refine((body) => Object.keys(body).length > 0, { message: 'Nothing to change' });
export type UpdateQuestionBody = z.input<typeof UpdateQuestionBody>;

/** `from` is the status the person saw: if someone changed it meanwhile, the change is refused (409). */
export const ChangeQuestionStatusBody = z.object({ from: QuestionStatus, to: QuestionStatus, reason: multiline(1000).default('') });
export type ChangeQuestionStatusBody = z.input<typeof ChangeQuestionStatusBody>;

export const TakeOnQuestionBody = z.object({ dueDate: DateOnly });
export type TakeOnQuestionBody = z.input<typeof TakeOnQuestionBody>;

export const OutcomeBody = z
  .object({ url: z.url({ protocol: /^https?$/ }).max(2000).nullable().default(null), text: multiline(5000).default('') })
  .refine((o) => o.url !== null || o.text !== '', { message: 'Give a link or a text', path: ['text'] });
export type OutcomeBody = z.input<typeof OutcomeBody>;

export const StatusChange = z.object({ from: QuestionStatus.nullable(), to: QuestionStatus, reason: z.string(), by: AgendaPerson.nullable(), at: Timestamp });
export type StatusChange = z.infer<typeof StatusChange>;

export const Assignment = z.object({ taker: AgendaPerson, dueDate: DateOnly, takenAt: Timestamp });
export const Outcome = z.object({ url: z.string().nullable(), text: z.string(), by: AgendaPerson.nullable(), at: Timestamp });

/** A question as every member sees it (also the live payload); `supportedByMe` is each reader's own. */
export const SharedQuestion = z.object({
  id: Id,
  networkId: Id,
  title: z.string(),
  situation: z.string(),
  themeIds: z.array(z.string()),
  origin: QuestionOrigin,
  commissionedBy: z.string(),
  residentPerspective: z.string(),
  status: QuestionStatus,
  proposer: AgendaPerson.nullable(),
  showProposer: z.boolean(),
  public: z.boolean(),
  supportCount: z.number().int().min(0),
  commentCount: z.number().int().min(0),
  /** Dots in the last closed round, null when it was not in one. */
  roundDots: z.number().int().nullable(),
  assignment: Assignment.nullable(),
  outcome: Outcome.nullable(),
  createdAt: Timestamp,
  statusChangedAt: Timestamp,
});
export type SharedQuestion = z.infer<typeof SharedQuestion>;
export const Question = SharedQuestion.extend({ supportedByMe: z.boolean() });
export type Question = z.infer<typeof Question>;
export const QuestionDetail = Question.extend({ history: z.array(StatusChange) });
export type QuestionDetail = z.infer<typeof QuestionDetail>;

export const QuestionSort = z.enum(['support', 'round', 'status', 'recent', 'theme']);
export type QuestionSort = z.infer<typeof QuestionSort>;
export const QuestionListQuery = z.object({
  sort: QuestionSort.default('recent'),
  status: QuestionStatus.optional(),
  theme: ThemeId.optional(),
  origin: QuestionOrigin.optional(),
  /** Withdrawn questions are hidden unless asked for (or filtered on). */
  includeWithdrawn: z.enum(['true', 'false']).default('false').transform((v) => v === 'true'),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type QuestionListQuery = z.input<typeof QuestionListQuery>;
export const QuestionPage = page(Question);
export type QuestionPage = z.infer<typeof QuestionPage>;

export const SupportState = z.object({ questionId: Id, supportCount: z.number().int().min(0), supportedByMe: z.boolean() });
export type SupportState = z.infer<typeof SupportState>;

/** Questions I proposed, across my networks, for the start page. */
export const MyQuestion = z.object({ id: Id, networkId: Id, networkName: z.string(), title: z.string(), status: QuestionStatus, supportCount: z.number().int(), statusChangedAt: Timestamp });
export const MyQuestionList = z.array(MyQuestion);
export type MyQuestion = z.infer<typeof MyQuestion>;

/** What a visitor sees of a public question: never comments, the proposer only when they agreed. */
export const PublicQuestion = SharedQuestion.pick({ id: true, title: true, situation: true, themeIds: true, status: true, proposer: true, supportCount: true, createdAt: true });
export const PublicQuestionList = z.array(PublicQuestion);
export type PublicQuestion = z.infer<typeof PublicQuestion>;

export const Comment = z.object({
  id: Id,
  questionId: Id,
  /** Replies hang under one comment; one level deep. */
  parentId: Id.nullable(),
  author: AgendaPerson.nullable(),
  /** Empty once removed: the marker stays so replies keep their place. */
  text: z.string(),
  mentions: z.array(AgendaPerson),
  deleted: z.boolean(),
  createdAt: Timestamp,
  editedAt: Timestamp.nullable(),
});
export type Comment = z.infer<typeof Comment>;
export const CommentList = z.array(Comment);

const mentionedUserIds = z.array(Id).max(20).refine((ids) => new Set(ids).size === ids.length, 'Each person once');
export const CommentBody = z.object({ text: multiline(COMMENT_MAX).pipe(z.string().min(1)), parentId: Id.nullable().default(null), mentionedUserIds: mentionedUserIds.default([]) });
export type CommentBody = z.input<typeof CommentBody>;
export const EditCommentBody = z.object({ text: multiline(COMMENT_MAX).pipe(z.string().min(1)), mentionedUserIds: mentionedUserIds.default([]) });
export type EditCommentBody = z.input<typeof EditCommentBody>;

export const ROUND_BUDGET_MAX = 20;
export const OpenRoundBody = z.object({ budget: z.number().int().min(1).max(ROUND_BUDGET_MAX) });
export type OpenRoundBody = z.input<typeof OpenRoundBody>;
export const DotsBody = z.object({ dots: z.number().int().min(0).max(ROUND_BUDGET_MAX) });
export type DotsBody = z.input<typeof DotsBody>;

export const RankedQuestion = z.object({ questionId: Id, title: z.string(), dots: z.number().int(), rank: z.number().int() });
export const Round = z.object({
  id: Id,
  networkId: Id,
  budget: z.number().int(),
  openedAt: Timestamp,
  closedAt: Timestamp.nullable(),
  /** Frozen when the round closes; empty while it is open. */
  ranking: z.array(RankedQuestion),
});
export type Round = z.infer<typeof Round>;
/** The open round (or the last closed one) with my own dots, by question id. */
export const RoundState = z.object({ round: Round.nullable(), myDots: z.record(z.string(), z.number().int()), dotsLeft: z.number().int() });
export type RoundState = z.infer<typeof RoundState>;
