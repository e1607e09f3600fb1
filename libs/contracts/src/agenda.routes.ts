import { z } from 'zod';
import {
  ChangeQuestionStatusBody, Comment, CommentBody, CommentList, DotsBody, EditCommentBody, MyQuestionList, OpenRoundBody, OutcomeBody, ProposeQuestionBody,
  PublicQuestionList, Question, QuestionDetail, QuestionListQuery, QuestionPage, RoundState, SupportState, TakeOnQuestionBody, UpdateQuestionBody,
} from './agenda';
import { Id } from './common';
import type { RouteSpec } from './routes';

const route = <const R extends RouteSpec>(spec: R): R => spec;

const NetworkParams = z.object({ networkId: Id });
const QuestionParams = z.object({ networkId: Id, questionId: Id });
const CommentParams = z.object({ networkId: Id, questionId: Id, commentId: Id });
const RoundParams = z.object({ networkId: Id, roundId: Id });
const RoundDotsParams = z.object({ networkId: Id, roundId: Id, questionId: Id });
const Q = '/api/networks/:networkId/questions';

/** The knowledge agenda's HTTP operations. Kept apart so the agenda's web chunk imports only these; `routes` spreads them in. */
export const agendaRoutes = {
  questions: route({
    method: 'GET', path: Q, tag: 'agenda', summary: 'The shared agenda: questions, sorted and filtered, a page at a time (members)', access: 'session',
    params: NetworkParams, query: QuestionListQuery, response: QuestionPage, status: 200, errors: ['forbidden'],
  }),
  proposeQuestion: route({
    method: 'POST', path: Q, tag: 'agenda', summary: 'Propose a knowledge question (members)', access: 'session',
    params: NetworkParams, body: ProposeQuestionBody, response: Question, status: 201, errors: ['forbidden', 'network_archived'],
  }),
  question: route({
    method: 'GET', path: `${Q}/:questionId`, tag: 'agenda', summary: 'A question with its status history (members)', access: 'session',
    params: QuestionParams, response: QuestionDetail, status: 200, errors: ['forbidden'],
  }),
  updateQuestion: route({
    method: 'PATCH', path: `${Q}/:questionId`, tag: 'agenda', summary: 'Edit a question (proposer, facilitators); make it public (facilitators); agree to be named (proposer)', access: 'session',
    params: QuestionParams, body: UpdateQuestionBody, response: Question, status: 200, errors: ['forbidden', 'network_archived'],
  }),
  changeQuestionStatus: route({
    method: 'POST', path: `${Q}/:questionId/status`, tag: 'agenda', summary: 'Move a question to another status (facilitators; the proposer withdraws)', access: 'session',
    params: QuestionParams, body: ChangeQuestionStatusBody, response: QuestionDetail, status: 200, errors: ['forbidden', 'network_archived', 'invalid_transition', 'status_changed'],
  }),
  supportQuestion: route({
    method: 'PUT', path: `${Q}/:questionId/support`, tag: 'agenda', summary: 'Support a question (once per person; again changes nothing)', access: 'session',
    params: QuestionParams, response: SupportState, status: 200, errors: ['forbidden', 'network_archived'],
  }),
  unsupportQuestion: route({
    method: 'DELETE', path: `${Q}/:questionId/support`, tag: 'agenda', summary: 'Withdraw my support', access: 'session',
    params: QuestionParams, response: SupportState, status: 200, errors: ['forbidden', 'network_archived'],
  }),
  takeOnQuestion: route({
    method: 'PUT', path: `${Q}/:questionId/assignment`, tag: 'agenda', summary: 'Take a question on as a research assignment, with a due date (one taker at a time)', access: 'session',
    params: QuestionParams, body: TakeOnQuestionBody, response: Question, status: 200, errors: ['forbidden', 'network_archived', 'already_taken'],
  }),
  giveBackQuestion: route({
    method: 'DELETE', path: `${Q}/:questionId/assignment`, tag: 'agenda', summary: 'Give a taken-on question back (the taker or a facilitator)', access: 'session',
    params: QuestionParams, response: Question, status: 200, errors: ['forbidden', 'network_archived'],
  }),
  questionOutcome: route({
    method: 'PUT', path: `${Q}/:questionId/outcome`, tag: 'agenda', summary: 'Attach the outcome, a link or a text (proposer, taker, facilitators)', access: 'session',
    params: QuestionParams, body: OutcomeBody, response: Question, status: 200, errors: ['forbidden', 'network_archived'],
  }),
  questionComments: route({
    method: 'GET', path: `${Q}/:questionId/comments`, tag: 'agenda', summary: 'Comments on a question, oldest first (members)', access: 'session',
    params: QuestionParams, response: CommentList, status: 200, errors: ['forbidden'],
  }),
  postComment: route({
    method: 'POST', path: `${Q}/:questionId/comments`, tag: 'agenda', summary: 'Comment or reply, mentioning members', access: 'session',
    params: QuestionParams, body: CommentBody, response: Comment, status: 201, errors: ['forbidden', 'network_archived'],
  }),
  editComment: route({
    method: 'PATCH', path: `${Q}/:questionId/comments/:commentId`, tag: 'agenda', summary: 'Edit my comment (within 15 minutes)', access: 'session',
    params: CommentParams, body: EditCommentBody, response: Comment, status: 200, errors: ['forbidden', 'network_archived', 'edit_window_closed'],
  }),
  deleteComment: route({
    method: 'DELETE', path: `${Q}/:questionId/comments/:commentId`, tag: 'agenda', summary: 'Remove a comment (author or facilitators); a marker stays', access: 'session',
    params: CommentParams, status: 204, errors: ['forbidden', 'network_archived'],
  }),
  agendaRound: route({
    method: 'GET', path: '/api/networks/:networkId/rounds/current', tag: 'agenda', summary: 'The open dot-voting round (or the last closed one) with my dots', access: 'session',
    params: NetworkParams, response: RoundState, status: 200, errors: ['forbidden'],
  }),
  openRound: route({
    method: 'POST', path: '/api/networks/:networkId/rounds', tag: 'agenda', summary: 'Open a dot-voting round with a budget of dots per member (facilitators; one at a time)', access: 'session',
    params: NetworkParams, body: OpenRoundBody, response: RoundState, status: 201, errors: ['forbidden', 'network_archived', 'round_conflict'],
  }),
  closeRound: route({
    method: 'POST', path: '/api/networks/:networkId/rounds/:roundId/close', tag: 'agenda', summary: 'Close a round and freeze its ranking (facilitators)', access: 'session',
    params: RoundParams, response: RoundState, status: 200, errors: ['forbidden', 'network_archived', 'round_conflict'],
  }),
  setRoundDots: route({
    method: 'PUT', path: '/api/networks/:networkId/rounds/:roundId/dots/:questionId', tag: 'agenda', summary: 'Put my dots on a question on the agenda (within my budget)', access: 'session',
    params: RoundDotsParams, body: DotsBody, response: RoundState, status: 200, errors: ['forbidden', 'network_archived', 'round_conflict', 'budget_exceeded'],
  }),
  myQuestions: route({
    method: 'GET', path: '/api/me/questions', tag: 'agenda', summary: 'Questions I proposed, across my networks, with their status', access: 'session',
    response: MyQuestionList, status: 200, errors: [],
  }),
  publicQuestions: route({
    method: 'GET', path: '/api/public/networks/:networkId/questions', tag: 'agenda', summary: 'A public network’s public questions (no comments; the proposer only when they agreed)', access: 'public',
    params: NetworkParams, response: PublicQuestionList, status: 200, errors: [],
  }),
} as const;
