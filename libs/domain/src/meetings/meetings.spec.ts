import { judgeAccess, type NetworkSubject } from '../access/network-access';
import { amsterdamInstant, amsterdamLocal, seriesSlots, shiftWallClock, timeProblems, wallClockMinutes } from './meeting-time';
import { isSameSet, mayCheckIn, mayCompleteAction, mayRecordAttendance, mayRespond, newItemStatus } from './meeting-rules';

const who = (role: NetworkSubject['role'], extra: Partial<NetworkSubject> = {}): NetworkSubject => ({
  role, isPlatformAdmin: false, onDuty: false, visibility: 'members', archived: false, ...extra,
});

describe('meeting times in Amsterdam', () => {
  it('reads a wall-clock time in summer (UTC+2) and winter (UTC+1)', () => {
    expect(amsterdamInstant('2026-10-06T19:00')?.toISOString()).toBe('2026-10-06T17:00:00.000Z');
    expect(amsterdamInstant('2026-11-17T19:00')?.toISOString()).toBe('2026-11-17T18:00:00.000Z');
    expect(amsterdamLocal('2026-11-17T18:00:00.000Z')).toBe('2026-11-17T19:00');
  });

  it.each(['2026-02-31T19:00', '2026-03-29T02:30', '2026-10-06 19:00', '19:00', ''])('refuses %j', (local) => {
    expect(amsterdamInstant(local)).toBeNull();
  });

  it('keeps a series at 19:00 on the wall clock across the October change', () => {
    const slots = seriesSlots({ firstStart: '2026-10-06T19:00', durationMinutes: 120, count: 4, intervalWeeks: 3 });
    // 6 Oct (CEST, UTC+2), then 27 Oct, 17 Nov, 8 Dec (CET, UTC+1): the clocks went back on 25 Oct.
    expect(slots.map((s) => s.startsAt.toISOString())).toEqual(['2026-10-06T17:00:00.000Z', '2026-10-27T18:00:00.000Z', '2026-11-17T18:00:00.000Z', '2026-12-08T18:00:00.000Z']);
    expect(slots.map((s) => amsterdamLocal(s.startsAt))).toEqual(['2026-10-06T19:00', '2026-10-27T19:00', '2026-11-17T19:00', '2026-12-08T19:00']);
    expect(slots.every((s) => s.endsAt.getTime() - s.startsAt.getTime() === 2 * 3600_000)).toBe(true);
  });

  it('keeps it across the March change too', () => {
    const slots = seriesSlots({ firstStart: '2027-03-16T09:30', durationMinutes: 90, count: 3, intervalWeeks: 1 });
    expect(slots.map((s) => amsterdamLocal(s.startsAt))).toEqual(['2027-03-16T09:30', '2027-03-23T09:30', '2027-03-30T09:30']);
    expect(slots[2].startsAt.toISOString()).toBe('2027-03-30T07:30:00.000Z');
  });

  it('moves later meetings by the same wall-clock shift', () => {
    const summer = amsterdamInstant('2026-10-06T19:00')!;
    const winter = amsterdamInstant('2026-11-17T19:00')!;
    const moved = amsterdamInstant('2026-10-06T20:30')!;
    expect(wallClockMinutes(summer, moved)).toBe(90);
    expect(amsterdamLocal(shiftWallClock(winter, 90))).toBe('2026-11-17T20:30');
  });

  it('wants an end after the start, within a day', () => {
    const start = new Date('2026-10-06T17:00:00Z');
    expect(timeProblems(start, new Date('2026-10-06T19:00:00Z'))).toEqual({});
    expect(timeProblems(start, start)).toHaveProperty('end');
    expect(timeProblems(start, new Date('2026-10-07T17:00:01Z'))).toHaveProperty('end');
  });
});

describe('meeting rules', () => {
  const meeting = { status: 'scheduled' as const, startsAt: new Date('2026-10-06T17:00:00Z'), endsAt: new Date('2026-10-06T19:00:00Z') };
  const before = new Date('2026-10-01T12:00:00Z');
  const during = new Date('2026-10-06T18:00:00Z');
  const after = new Date('2026-10-07T12:00:00Z');

  it.each([
    ['answers before', meeting, before, null],
    ['answers during (on the way)', meeting, during, null],
    ['not after', meeting, after, 'meeting_over'],
    ['not to a cancelled one', { ...meeting, status: 'cancelled' as const }, before, 'meeting_cancelled'],
  ])('RSVP %s', (_case, m, now, refusal) => {
    expect(mayRespond(m, now)).toBe(refusal);
  });

  it('records attendance from the start on, a check-in only live', () => {
    expect(mayRecordAttendance(meeting, before)).toBe('meeting_not_started');
    expect(mayRecordAttendance(meeting, during)).toBeNull();
    expect(mayRecordAttendance(meeting, after)).toBeNull();
    expect(mayCheckIn(meeting, false)).toBe('meeting_not_started');
    expect(mayCheckIn(meeting, true)).toBeNull();
    expect(mayCheckIn({ ...meeting, status: 'cancelled' }, true)).toBe('meeting_cancelled');
  });

  it.each([
    ['the assignee', { assigneeId: 'a' }, { userId: 'a', role: 'member' as const }, true],
    ['a facilitator', { assigneeId: 'a' }, { userId: 'f', role: 'facilitator' as const }, true],
    ['another member', { assigneeId: 'a' }, { userId: 'b', role: 'member' as const }, false],
    ['nobody on an unassigned one but facilitators', { assigneeId: null }, { userId: 'b', role: 'member' as const }, false],
    ['an assignee who left', { assigneeId: 'a' }, { userId: 'a', role: null }, false],
  ])('an action item is completed by %s', (_case, item, person, allowed) => {
    expect(mayCompleteAction(item, person)).toBe(allowed);
  });

  it('accepts a facilitator’s agenda item at once, a member’s waits', () => {
    expect(newItemStatus('facilitator')).toBe('accepted');
    expect(newItemStatus('member')).toBe('proposed');
  });

  it('takes a new order only with exactly the current items', () => {
    expect(isSameSet(['a', 'b', 'c'], ['c', 'a', 'b'])).toBe(true);
    expect(isSameSet(['a', 'b', 'c'], ['a', 'b'])).toBe(false);
    expect(isSameSet(['a', 'b'], ['a', 'a'])).toBe(false);
    expect(isSameSet(['a', 'b'], ['a', 'x'])).toBe(false);
  });
});

describe('meeting permissions', () => {
  it.each<[string, Parameters<typeof judgeAccess>[0], NetworkSubject, string]>([
    ['a member reads meetings', 'meetings.read', who('member'), 'allowed'],
    ['an outsider of a public network does not', 'meetings.read', who(null, { visibility: 'public' }), 'forbidden'],
    ['an on-duty admin does not', 'meetings.read', who(null, { isPlatformAdmin: true, onDuty: true }), 'forbidden'],
    ['a member answers an RSVP', 'meetings.respond', who('member'), 'allowed'],
    ['nobody answers in an archived network', 'meetings.respond', who('member', { archived: true }), 'network_archived'],
    ['a member does not schedule', 'meetings.manage', who('member'), 'forbidden'],
    ['a facilitator schedules', 'meetings.manage', who('facilitator'), 'allowed'],
    ['an on-duty admin does not schedule', 'meetings.manage', who(null, { isPlatformAdmin: true, onDuty: true }), 'forbidden'],
    ['not in an archived network', 'meetings.manage', who('facilitator', { archived: true }), 'network_archived'],
  ])('%s', (_case, permission, subject, verdict) => {
    expect(judgeAccess(permission, subject)).toBe(verdict);
  });
});
