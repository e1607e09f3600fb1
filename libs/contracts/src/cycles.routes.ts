import { z } from 'zod';
import { Id } from './common';
import {
  ChangePhaseBody, CloseCycleBody, CloseCycleResult, CycleComment, CycleCommentBody, CycleCommentList, CycleDetail, CycleListQuery, CyclePage, CycleReport, CycleReportQuery,
  CycleSettings, CycleSettingsBody, CyclesOverview, IterationBody, Measurement, MeasurementBody, MyCycleExport, MyCycleList, SessionLog, SessionLogBody, SessionLogList, StartCycleBody,
  UpdateCycleBody,
} from './cycles';
import type { RouteSpec } from './routes';

// Kept apart from routes.ts so a web chunk for cycles imports only these (routes.ts spreads them in).
const route = <const R extends RouteSpec>(spec: R): R => spec;

const NetworkParams = z.object({ networkId: Id });
const CycleParams = z.object({ networkId: Id, cycleId: Id });
const IterationParams = z.object({ networkId: Id, cycleId: Id, iterationId: Id });
const MyCycleParams = z.object({ cycleId: Id });
const C = '/api/networks/:networkId/cycles';
const C1 = `${C}/:cycleId` as const;
/** Every change inside a network is refused while it is archived. */
const changing = ['forbidden', 'network_archived'] as const;

/** The action-learning cycles' HTTP operations (see `cycles.ts` for who may do what). */
export const cycleRoutes = {
  cycles: route({
    method: 'GET', path: C, tag: 'cycles', summary: 'The cycles I may see in a network, sorted, filtered and paged, with participation per category (the facilitators’ overview)', access: 'session',
    params: NetworkParams, query: CycleListQuery, response: CyclePage, status: 200, errors: ['forbidden'],
  }),
  startCycle: route({
    method: 'POST', path: C, tag: 'cycles', summary: 'Start an action-learning cycle (members; the starter is an owner)', access: 'session',
    params: NetworkParams, body: StartCycleBody, response: CycleDetail, status: 201, errors: [...changing],
  }),
  cycle: route({
    method: 'GET', path: C1, tag: 'cycles', summary: 'A cycle with its parts, iterations and measurements (who may see it by its visibility)', access: 'session',
    params: CycleParams, response: CycleDetail, status: 200, errors: ['forbidden'],
  }),
  updateCycle: route({
    method: 'PATCH', path: C1, tag: 'cycles', summary: 'Edit a running cycle: question, goals, indicators, plan, owners, coach, visibility (owners)', access: 'session',
    params: CycleParams, body: UpdateCycleBody, response: CycleDetail, status: 200, errors: [...changing, 'invalid_transition'],
  }),
  changeCyclePhase: route({
    method: 'POST', path: `${C1}/phase`, tag: 'cycles', summary: 'Move to another phase; reflect → plan starts the next iteration (owners)', access: 'session',
    params: CycleParams, body: ChangePhaseBody, response: CycleDetail, status: 200, errors: [...changing, 'invalid_transition', 'status_changed'],
  }),
  updateIteration: route({
    method: 'PATCH', path: `${C1}/iterations/:iterationId`, tag: 'cycles', summary: 'Write an iteration’s plan, what was done, observed and the reflection (owners)', access: 'session',
    params: IterationParams, body: IterationBody, response: CycleDetail, status: 200, errors: [...changing, 'invalid_transition'],
  }),
  closeCycle: route({
    method: 'POST', path: `${C1}/close`, tag: 'cycles', summary: 'Close with a conclusion, optionally starting a follow-up that carries the question and indicators (owners)', access: 'session',
    params: CycleParams, body: CloseCycleBody, response: CloseCycleResult, status: 200, errors: [...changing, 'invalid_transition'],
  }),
  cycleLogs: route({
    method: 'GET', path: `${C1}/logs`, tag: 'cycles', summary: 'A cycle’s session logs, newest first', access: 'session',
    params: CycleParams, response: SessionLogList, status: 200, errors: ['forbidden'],
  }),
  logSession: route({
    method: 'POST', path: `${C1}/logs`, tag: 'cycles', summary: 'Log a try-out (owners); idempotent by `clientId`: sending it again returns the stored log', access: 'session',
    params: CycleParams, body: SessionLogBody, response: SessionLog, status: 201, errors: [...changing, 'invalid_transition'],
  }),
  addMeasurement: route({
    method: 'POST', path: `${C1}/measurements`, tag: 'cycles', summary: 'Enter a measurement for one of the cycle’s indicators (owners)', access: 'session',
    params: CycleParams, body: MeasurementBody, response: Measurement, status: 201, errors: [...changing, 'invalid_transition'],
  }),
  cycleMeasurementsCsv: route({
    method: 'GET', path: `${C1}/measurements.csv`, tag: 'cycles', summary: 'The cycle’s measurements as CSV (text/csv)', access: 'session',
    params: CycleParams, status: 200, errors: ['forbidden'],
  }),
  cycleComments: route({
    method: 'GET', path: `${C1}/comments`, tag: 'cycles', summary: 'Comments on a cycle, oldest first', access: 'session',
    params: CycleParams, response: CycleCommentList, status: 200, errors: ['forbidden'],
  }),
  commentOnCycle: route({
    method: 'POST', path: `${C1}/comments`, tag: 'cycles', summary: 'Comment on a cycle (owners, its coach and facilitators who may see it); the owners are told', access: 'session',
    params: CycleParams, body: CycleCommentBody, response: CycleComment, status: 201, errors: [...changing],
  }),
  cycleSettings: route({
    method: 'PUT', path: '/api/networks/:networkId/cycle-settings', tag: 'cycles', summary: 'After how many days without a log a running cycle counts as stale (facilitators)', access: 'session',
    params: NetworkParams, body: CycleSettingsBody, response: CycleSettings, status: 200, errors: [...changing],
  }),
  cycleReport: route({
    method: 'GET', path: '/api/networks/:networkId/cycles-report', tag: 'cycles', summary: 'The half-year report of a network’s cycles, as data for a printable page (facilitators)', access: 'session',
    params: NetworkParams, query: CycleReportQuery, response: CycleReport, status: 200, errors: ['forbidden'],
  }),
  cycleReportMarkdown: route({
    method: 'GET', path: '/api/networks/:networkId/cycles-report.md', tag: 'cycles', summary: 'The same report as Markdown (text/markdown), for the funder (facilitators)', access: 'session',
    params: NetworkParams, query: CycleReportQuery, status: 200, errors: ['forbidden'],
  }),
  myCycles: route({
    method: 'GET', path: '/api/me/cycles', tag: 'cycles', summary: 'My cycles in all networks, also those of networks I left (read-only)', access: 'session',
    response: MyCycleList, status: 200, errors: [],
  }),
  myCycle: route({
    method: 'GET', path: '/api/me/cycles/:cycleId', tag: 'cycles', summary: 'One of my cycles with its logs and comments, to read or keep (also after leaving)', access: 'session',
    params: MyCycleParams, response: MyCycleExport, status: 200, errors: [],
  }),
  myCycleMeasurementsCsv: route({
    method: 'GET', path: '/api/me/cycles/:cycleId/measurements.csv', tag: 'cycles', summary: 'One of my cycles’ measurements as CSV (also after leaving)', access: 'session',
    params: MyCycleParams, status: 200, errors: [],
  }),
  cyclesOverview: route({
    method: 'GET', path: '/api/me/cycles-overview', tag: 'cycles', summary: 'Per network I facilitate: running, stale and closed cycles and who takes part', access: 'session',
    response: CyclesOverview, status: 200, errors: [],
  }),
} as const;
