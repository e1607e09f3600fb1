import { CyclePhase, CycleVisibility } from '@broedplaats/contracts';
import { judgeAccess, type NetworkSubject } from '../access/network-access';
import { judgePhaseChange, mayClose } from './cycle-phases';
import { cycleAudience, judgeCycle, type CycleAction, type CycleFacts, type CycleReader } from './cycle-access';
import { daysBetween, isStale, monthsBefore } from './stale';

/** The table once more by hand: forward one step, back one step, reflect → plan is the next iteration. */
const allowed: Array<[CyclePhase, CyclePhase]> = [
  ['plan', 'act'],
  ['act', 'plan'], ['act', 'observe'],
  ['observe', 'act'], ['observe', 'reflect'],
  ['reflect', 'observe'], ['reflect', 'plan'],
];
const phases = CyclePhase.options;
const pairs = phases.flatMap((from) => phases.map((to) => [from, to] as const));

describe('cycle phases', () => {
  it.each(pairs)('%s → %s: the table decides', (from, to) => {
    const verdict = judgePhaseChange({ status: 'running', from, to, reflection: 'Huisbezoek werkte beter met de kaart' });
    const expected = !allowed.some(([f, t]) => f === from && t === to) ? 'invalid_transition' : from === 'reflect' && to === 'plan' ? 'next_iteration' : 'allowed';
    expect(verdict).toBe(expected);
  });

  it.each(pairs)('%s → %s: nothing follows a closed cycle', (from, to) => {
    expect(judgePhaseChange({ status: 'closed', from, to, reflection: 'x' })).toBe('invalid_transition');
  });

  it.each([
    ['no reflection', ''],
    ['a reflection of spaces', '  \n '],
  ])('the next iteration starts from the reflection: %s is refused', (_case, reflection) => {
    expect(judgePhaseChange({ status: 'running', from: 'reflect', to: 'plan', reflection })).toBe('reflection_required');
  });

  it('going back needs no reflection', () => {
    expect(judgePhaseChange({ status: 'running', from: 'observe', to: 'act', reflection: '' })).toBe('allowed');
  });

  it('closes a running cycle from any phase, never a closed one', () => {
    expect([mayClose('running'), mayClose('closed')]).toEqual([true, false]);
  });
});

const OWNER = 'owner';
const CO_OWNER = 'co-owner';
const COACH = 'coach';
const facts = (visibility: CycleVisibility, extra: Partial<CycleFacts> = {}): CycleFacts => ({ visibility, ownerIds: [OWNER, CO_OWNER], coachId: COACH, status: 'running', archived: false, ...extra });
const readers: Record<string, CycleReader> = {
  owner: { userId: OWNER, role: 'member' },
  'co-owner': { userId: CO_OWNER, role: 'member' },
  coach: { userId: COACH, role: 'facilitator' },
  facilitator: { userId: 'fac', role: 'facilitator' },
  member: { userId: 'mem', role: 'member' },
  // Not a member (an outsider, a platform admin, an admin on duty, someone who left): no role.
  outsider: { userId: 'out', role: null },
  'former owner': { userId: OWNER, role: null },
};

/** [reader, read, comment, edit] per visibility: the rules as a table. */
const matrix: Record<CycleVisibility, Array<[string, string, string, string]>> = {
  private: [
    ['owner', 'allowed', 'allowed', 'allowed'],
    ['co-owner', 'allowed', 'allowed', 'allowed'],
    ['coach', 'allowed', 'allowed', 'forbidden'],
    ['facilitator', 'hidden', 'hidden', 'hidden'],
    ['member', 'hidden', 'hidden', 'hidden'],
    ['outsider', 'hidden', 'hidden', 'hidden'],
    ['former owner', 'hidden', 'hidden', 'hidden'],
  ],
  facilitators: [
    ['owner', 'allowed', 'allowed', 'allowed'],
    ['co-owner', 'allowed', 'allowed', 'allowed'],
    ['coach', 'allowed', 'allowed', 'forbidden'],
    ['facilitator', 'allowed', 'allowed', 'forbidden'],
    ['member', 'hidden', 'hidden', 'hidden'],
    ['outsider', 'hidden', 'hidden', 'hidden'],
    ['former owner', 'hidden', 'hidden', 'hidden'],
  ],
  network: [
    ['owner', 'allowed', 'allowed', 'allowed'],
    ['co-owner', 'allowed', 'allowed', 'allowed'],
    ['coach', 'allowed', 'allowed', 'forbidden'],
    ['facilitator', 'allowed', 'allowed', 'forbidden'],
    ['member', 'allowed', 'forbidden', 'forbidden'],
    ['outsider', 'hidden', 'hidden', 'hidden'],
    ['former owner', 'hidden', 'hidden', 'hidden'],
  ],
};
const actions: CycleAction[] = ['read', 'comment', 'edit'];

describe('who may read, comment on and edit a cycle', () => {
  describe.each(CycleVisibility.options)('%s', (visibility) => {
    it.each(matrix[visibility])('%s: read %s, comment %s, edit %s', (who, ...expected) => {
      expect(actions.map((action) => judgeCycle(action, readers[who], facts(visibility)))).toEqual(expected);
    });
  });

  it.each(CycleVisibility.options)('a private coach is one the owners added: without it a %s cycle’s coach role gives nothing', (visibility) => {
    const withoutCoach = facts(visibility, { coachId: null });
    expect(judgeCycle('read', readers.coach, withoutCoach)).toBe(visibility === 'private' ? 'hidden' : 'allowed');
  });

  it('an archived network’s cycles are read-only for everyone', () => {
    const archived = facts('network', { archived: true });
    expect(actions.map((a) => judgeCycle(a, readers.owner, archived))).toEqual(['allowed', 'network_archived', 'network_archived']);
    expect(judgeCycle('comment', readers.member, archived)).toBe('forbidden');
  });

  it('a closed cycle takes comments, not edits', () => {
    const closed = facts('network', { status: 'closed' });
    expect(actions.map((a) => judgeCycle(a, readers.owner, closed))).toEqual(['allowed', 'allowed', 'closed']);
  });

  it('never honours a facilitator-on-duty shift or platform admin rights', () => {
    const onDuty: NetworkSubject = { role: null, isPlatformAdmin: true, onDuty: true, visibility: 'members', archived: false };
    expect(['cycles.read', 'cycles.write', 'cycles.manage', 'cycles.report'].map((p) => judgeAccess(p as never, onDuty))).toEqual(['forbidden', 'forbidden', 'forbidden', 'forbidden']);
    expect(judgeAccess('cycles.read', { ...onDuty, visibility: 'public' })).toBe('forbidden');
  });

  it('hears live and sees entries by visibility', () => {
    expect(cycleAudience(facts('network'), ['fac'])).toBe('everyone');
    expect(cycleAudience(facts('facilitators'), ['fac', COACH])).toEqual([OWNER, CO_OWNER, COACH, 'fac']);
    expect(cycleAudience(facts('private'), ['fac'])).toEqual([OWNER, CO_OWNER, COACH]);
    expect(cycleAudience(facts('private', { coachId: null }), ['fac'])).toEqual([OWNER, CO_OWNER]);
  });
});

describe('stale cycles', () => {
  it.each<[string, string | null, string, number, boolean]>([
    // 1 March → 22 March is 21 days: no log for three weeks.
    ['last log exactly 21 days ago', '2026-03-01', '2026-03-22', 21, true],
    ['last log 20 days ago', '2026-03-02', '2026-03-22', 21, false],
    ['no log: counted from the start', null, '2026-03-22', 21, true],
    ['a threshold of 7 days', '2026-03-15', '2026-03-22', 7, true],
    ['logged today', '2026-03-22', '2026-03-22', 1, false],
    // 20 March → 10 April crosses the clock change (29 March): still 21 calendar days.
    ['across the clock change', '2026-03-20', '2026-04-10', 21, true],
  ])('%s', (_case, lastLogDate, today, staleDays, stale) => {
    expect(isStale({ running: true, lastLogDate, startedOn: '2026-03-01' }, today, staleDays)).toBe(stale);
  });

  it('a closed cycle is never stale', () => {
    expect(isStale({ running: false, lastLogDate: null, startedOn: '2020-01-01' }, '2026-03-22', 21)).toBe(false);
  });

  it.each([
    ['2026-08-31', '2026-02-28'],
    ['2026-11-23', '2026-05-23'],
    ['2026-03-15', '2025-09-15'],
  ])('six months before %s is %s', (day, before) => {
    expect(monthsBefore(day, 6)).toBe(before);
    expect(daysBetween(before, day)).toBeGreaterThan(180);
  });
});
