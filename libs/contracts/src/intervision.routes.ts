import { z } from 'zod';
import { Id } from './common';
import {
  CaseBody, CaseText, ContentAudit, Contribution, ContributionBody, CreateMethodBody, IntervisionMethod, IntervisionMethodList, IntervisionSessionDetail, IntervisionSessionList,
  IntervisionSessionSummary, PlanSessionBody, PseudonymCheckBody, PseudonymCheckResult, TakeAwayMarkBody, TakeAwaysBody, UpdateSessionBody,
} from './intervision';
import { LiveMoveBody, LiveState } from './live-steps';
import type { RouteSpec } from './routes';

// Kept apart from routes.ts so a web chunk for intervision imports only these (routes.ts spreads them in).
const route = <const R extends RouteSpec>(spec: R): R => spec;

const NetworkParams = z.object({ networkId: Id });
const MethodParams = z.object({ networkId: Id, methodId: Id });
const SessionParams = z.object({ networkId: Id, sessionId: Id });
const ContributionParams = z.object({ networkId: Id, sessionId: Id, contributionId: Id });
const M = '/api/networks/:networkId/intervision-methods';
const S = '/api/networks/:networkId/intervision-sessions';
const S1 = `${S}/:sessionId` as const;
const changing = ['forbidden', 'network_archived'] as const;

/**
 * Intervision's HTTP operations. A session's content answers 404 to everyone but its participants
 * (other members, facilitators outside it, platform admins on duty or not); its planner sees the summary.
 */
export const intervisionRoutes = {
  intervisionMethods: route({
    method: 'GET', path: M, tag: 'intervision', summary: 'The built-in methods and the network’s own (members)', access: 'session',
    params: NetworkParams, response: IntervisionMethodList, status: 200, errors: ['forbidden'],
  }),
  createIntervisionMethod: route({
    method: 'POST', path: M, tag: 'intervision', summary: 'Make a method for the network, from scratch or adapting one (`basedOn`) (facilitators)', access: 'session',
    params: NetworkParams, body: CreateMethodBody, response: IntervisionMethod, status: 201, errors: [...changing],
  }),
  updateIntervisionMethod: route({
    method: 'PUT', path: `${M}/:methodId`, tag: 'intervision', summary: 'Replace a network method’s template (facilitators; built-ins are copied, not changed)', access: 'session',
    params: MethodParams, body: CreateMethodBody, response: IntervisionMethod, status: 200, errors: [...changing],
  }),
  deleteIntervisionMethod: route({
    method: 'DELETE', path: `${M}/:methodId`, tag: 'intervision', summary: 'Remove a network method no planned session uses (facilitators)', access: 'session',
    params: MethodParams, status: 204, errors: [...changing, 'invalid_transition'],
  }),
  intervisionSessions: route({
    method: 'GET', path: S, tag: 'intervision', summary: 'Sessions in a network I take part in or planned: title, time, method, people; never content', access: 'session',
    params: NetworkParams, response: IntervisionSessionList, status: 200, errors: ['forbidden'],
  }),
  planIntervisionSession: route({
    method: 'POST', path: S, tag: 'intervision', summary: 'Plan a session: method, time, people and roles (facilitators); the people are told', access: 'session',
    params: NetworkParams, body: PlanSessionBody, response: IntervisionSessionSummary, status: 201, errors: [...changing],
  }),
  intervisionSession: route({
    method: 'GET', path: S1, tag: 'intervision', summary: 'A session with its content (participants; the opening is audited)', access: 'session',
    params: SessionParams, response: IntervisionSessionDetail, status: 200, errors: [],
  }),
  updateIntervisionSession: route({
    method: 'PATCH', path: S1, tag: 'intervision', summary: 'Change title, time, method or roles until it starts (its planner or lead)', access: 'session',
    params: SessionParams, body: UpdateSessionBody, response: IntervisionSessionSummary, status: 200, errors: [...changing, 'invalid_transition'],
  }),
  cancelIntervisionSession: route({
    method: 'DELETE', path: S1, tag: 'intervision', summary: 'Cancel a session that has not started, with everything in it (its planner or lead)', access: 'session',
    params: SessionParams, status: 204, errors: [...changing, 'invalid_transition'],
  }),
  moveIntervisionSession: route({
    method: 'POST', path: `${S1}/live`, tag: 'intervision', summary: 'Start, move between phases or end (the lead); participants follow over `steps.changed`', access: 'session',
    params: SessionParams, body: LiveMoveBody, response: LiveState, status: 200, errors: [...changing, 'live_not_running', 'invalid_transition'],
  }),
  writeIntervisionCase: route({
    method: 'PUT', path: `${S1}/case`, tag: 'intervision', summary: 'The case owner writes the case (before or in its phase); answers the pseudonymisation hits', access: 'session',
    params: SessionParams, body: CaseBody, response: CaseText, status: 200, errors: [...changing, 'invalid_transition'],
  }),
  eraseIntervisionCase: route({
    method: 'DELETE', path: `${S1}/case`, tag: 'intervision', summary: 'The case owner erases the case text', access: 'session',
    params: SessionParams, status: 204, errors: [...changing],
  }),
  contributeToIntervision: route({
    method: 'POST', path: `${S1}/contributions`, tag: 'intervision', summary: 'Add to the current phase what it collects (participants; not the case owner while they only listen)', access: 'session',
    params: SessionParams, body: ContributionBody, response: Contribution, status: 201, errors: [...changing, 'live_not_running', 'invalid_transition'],
  }),
  markIntervisionAdvice: route({
    method: 'PUT', path: `${S1}/contributions/:contributionId/take-away`, tag: 'intervision', summary: 'The case owner marks an advice they take away', access: 'session',
    params: ContributionParams, body: TakeAwayMarkBody, response: Contribution, status: 200, errors: [...changing, 'invalid_transition'],
  }),
  deleteIntervisionContribution: route({
    method: 'DELETE', path: `${S1}/contributions/:contributionId`, tag: 'intervision', summary: 'Withdraw my own contribution', access: 'session',
    params: ContributionParams, status: 204, errors: [...changing],
  }),
  writeIntervisionTakeAways: route({
    method: 'PUT', path: `${S1}/take-aways`, tag: 'intervision', summary: 'The case owner’s own take-aways (kept after erasure, for them alone)', access: 'session',
    params: SessionParams, body: TakeAwaysBody, status: 204, errors: [...changing],
  }),
  deleteIntervisionTakeAways: route({
    method: 'DELETE', path: `${S1}/take-aways`, tag: 'intervision', summary: 'The case owner deletes their take-aways', access: 'session',
    params: SessionParams, status: 204, errors: [...changing],
  }),
  intervisionAudit: route({
    method: 'GET', path: `${S1}/audit`, tag: 'intervision', summary: 'Who opened the session’s content and when (participants)', access: 'session',
    params: SessionParams, response: ContentAudit, status: 200, errors: [],
  }),
  checkPseudonyms: route({
    method: 'POST', path: '/api/intervision/pseudonym-check', tag: 'intervision', summary: 'The pseudonymisation check on a text (what identifies people, with suggestions); stores nothing', access: 'session',
    body: PseudonymCheckBody, response: PseudonymCheckResult, status: 200, errors: [],
  }),
  myIntervisionSessions: route({
    method: 'GET', path: '/api/me/intervision-sessions', tag: 'intervision', summary: 'My sessions in all my networks (home page): title, time, method, my role', access: 'session',
    response: IntervisionSessionList, status: 200, errors: [],
  }),
} as const;
