import type { SessionRole } from '@broedplaats/contracts';
import { contributionIn, erasureDue, judgeSession, mayWriteCase, sessionAudience, type SessionAction, type SessionFacts, type SessionReader } from './session-access';

const people: { userId: string; role: SessionRole }[] = [
  { userId: 'owner', role: 'case-owner' },
  { userId: 'lead', role: 'lead' },
  { userId: 'keeper', role: 'timekeeper' },
  { userId: 'part', role: 'participant' },
];
const session = (extra: Partial<SessionFacts> = {}): SessionFacts => ({ people, plannedBy: 'planner', status: 'planned', archived: false, erased: false, ...extra });
const member = (userId: string): SessionReader => ({ userId, role: 'member' });
const fac = (userId: string): SessionReader => ({ userId, role: 'facilitator' });

describe('judgeSession', () => {
  it.each<[string, SessionAction, SessionReader, Partial<SessionFacts>, string]>([
    ['a participant reads the content', 'content', member('part'), {}, 'allowed'],
    ['the case owner reads the content', 'content', member('owner'), {}, 'allowed'],
    ['another member does not know it exists', 'summary', member('other'), {}, 'hidden'],
    ['a facilitator outside it does not know it exists', 'content', fac('other'), {}, 'hidden'],
    ['the planner sees the summary', 'summary', fac('planner'), {}, 'allowed'],
    ['the planner never reads the content', 'content', fac('planner'), {}, 'hidden'],
    ['the planner changes roles before the start', 'arrange', fac('planner'), {}, 'allowed'],
    ['nobody changes roles once it runs', 'arrange', fac('planner'), { status: 'running' }, 'invalid_transition'],
    ['the lead changes roles before the start', 'arrange', member('lead'), {}, 'allowed'],
    ['a participant does not arrange', 'arrange', member('part'), {}, 'forbidden'],
    ['the lead moves phases', 'lead', member('lead'), { status: 'running' }, 'allowed'],
    ['the timekeeper does not move phases', 'lead', member('keeper'), { status: 'running' }, 'forbidden'],
    ['the case owner writes the case', 'case', member('owner'), {}, 'allowed'],
    ['a participant does not write the case', 'case', member('part'), {}, 'forbidden'],
    ['no case after erasure', 'case', member('owner'), { erased: true }, 'invalid_transition'],
    ['a participant contributes', 'contribute', member('part'), { status: 'running' }, 'allowed'],
    ['no contributions after the end', 'contribute', member('part'), { status: 'ended' }, 'invalid_transition'],
    ['only the case owner writes take-aways', 'take-aways', member('part'), {}, 'forbidden'],
    ['the case owner writes take-aways after the end', 'take-aways', member('owner'), { status: 'ended', erased: true }, 'allowed'],
    ['an archived network is read-only', 'contribute', member('part'), { status: 'running', archived: true }, 'network_archived'],
    ['an archived network still reads', 'content', member('part'), { archived: true }, 'allowed'],
    ['a participant who left the network sees nothing', 'content', { userId: 'part', role: null }, {}, 'hidden'],
    ['a planner who left sees nothing', 'summary', { userId: 'planner', role: null }, {}, 'hidden'],
  ])('%s', (_what, action, reader, facts, verdict) => expect(judgeSession(action, reader, session(facts))).toBe(verdict));
});

describe('contributions by phase', () => {
  it.each<[string, Parameters<typeof contributionIn>[0], SessionRole, unknown]>([
    ['advice in an advice phase', { collects: 'advice', caseOwnerListensOnly: false }, 'participant', { kind: 'advice' }],
    ['questions in a question phase', { collects: 'clarifying-questions', caseOwnerListensOnly: false }, 'lead', { kind: 'clarifying-questions' }],
    ['the case owner listens only', { collects: 'hypotheses', caseOwnerListensOnly: true }, 'case-owner', 'listens_only'],
    ['others speak while the case owner listens', { collects: 'hypotheses', caseOwnerListensOnly: true }, 'participant', { kind: 'hypotheses' }],
    ['nothing collected', { collects: 'none', caseOwnerListensOnly: false }, 'participant', 'not_collecting'],
    ['the case has its own route', { collects: 'case', caseOwnerListensOnly: false }, 'case-owner', 'not_collecting'],
    ['not running', null, 'participant', 'not_running'],
  ])('%s', (_what, phase, role, expected) => expect(contributionIn(phase, role)).toEqual(expected));

  it('the case is written before the start or in its phase', () => {
    expect(mayWriteCase('planned', null)).toBe(true);
    expect(mayWriteCase('running', { collects: 'case' })).toBe(true);
    expect(mayWriteCase('running', { collects: 'advice' })).toBe(false);
    expect(mayWriteCase('ended', null)).toBe(false);
  });
});

it('erasure is due the configured days after the end, or after the planned start', () => {
  const startsAt = new Date('2026-03-01T10:00:00Z');
  expect(erasureDue({ startsAt, endedAt: new Date('2026-03-01T12:00:00Z') }, 30).toISOString()).toBe('2026-03-31T12:00:00.000Z');
  expect(erasureDue({ startsAt, endedAt: null }, 1).toISOString()).toBe('2026-03-02T10:00:00.000Z');
});

it('live news reaches the participants and the planner', () => {
  expect(sessionAudience(session()).sort()).toEqual(['keeper', 'lead', 'owner', 'part', 'planner']);
});
