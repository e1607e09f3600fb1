import { invitationState } from './invitation-state';
import { canManageNetwork, judgeMembershipChange, networkAccess } from './permissions';

describe('networkAccess', () => {
  it.each([
    [{ role: 'member', isPlatformAdmin: false }, 'members', 'full'],
    [{ role: 'facilitator', isPlatformAdmin: false }, 'public', 'full'],
    [{ role: null, isPlatformAdmin: false }, 'public', 'profile'],
    [{ role: null, isPlatformAdmin: false }, 'members', 'none'],
    [{ role: null, isPlatformAdmin: true }, 'members', 'profile'],
  ] as const)('%o on a %s network gets %s', (viewer, visibility, expected) => {
    expect(networkAccess(viewer, visibility)).toBe(expected);
  });

  it('lets only facilitators manage', () => {
    expect(canManageNetwork({ role: 'facilitator', isPlatformAdmin: false })).toBe(true);
    expect(canManageNetwork({ role: 'member', isPlatformAdmin: true })).toBe(false);
    // A platform admin on a facilitator-on-duty shift manages; a shift means nothing to anyone else.
    expect(canManageNetwork({ role: null, isPlatformAdmin: true, onDuty: true })).toBe(true);
    expect(canManageNetwork({ role: null, isPlatformAdmin: true, onDuty: false })).toBe(false);
    expect(canManageNetwork({ role: null, isPlatformAdmin: false, onDuty: true })).toBe(false);
  });
});

describe('judgeMembershipChange', () => {
  const remove = (actorId: string, targetId: string, targetRole: 'facilitator' | 'member') =>
    ({ kind: 'remove', actorId, targetId, targetRole }) as const;

  it.each([
    ['a member leaves', 'member', remove('a', 'a', 'member'), 1, 'allowed'],
    ['a member removes someone else', 'member', remove('a', 'b', 'member'), 1, 'forbidden'],
    ['a non-member removes someone', null, remove('x', 'b', 'member'), 1, 'forbidden'],
    ['the last facilitator leaves', 'facilitator', remove('f', 'f', 'facilitator'), 1, 'last_facilitator'],
    ['one of two facilitators leaves', 'facilitator', remove('f', 'f', 'facilitator'), 2, 'allowed'],
    ['a facilitator removes the other facilitator', 'facilitator', remove('f', 'g', 'facilitator'), 2, 'allowed'],
    ['a facilitator removes a member', 'facilitator', remove('f', 'b', 'member'), 1, 'allowed'],
  ] as const)('%s: %s', (_label, actorRole, change, facilitators, verdict) => {
    expect(judgeMembershipChange(actorRole, change, facilitators)).toBe(verdict);
  });

  it('refuses to demote the last facilitator but allows promoting a member', () => {
    const demote = { kind: 'change-role', actorId: 'f', targetId: 'f', targetRole: 'facilitator', newRole: 'member' } as const;
    expect(judgeMembershipChange('facilitator', demote, 1)).toBe('last_facilitator');
    const promote = { kind: 'change-role', actorId: 'f', targetId: 'b', targetRole: 'member', newRole: 'facilitator' } as const;
    expect(judgeMembershipChange('facilitator', promote, 1)).toBe('allowed');
    expect(judgeMembershipChange('member', { ...promote, actorId: 'b' }, 1)).toBe('forbidden');
  });
});

describe('invitationState', () => {
  const now = new Date('2026-11-22T12:00:00Z');
  const base = { reusable: false, expiresAt: new Date('2026-11-23T12:00:00Z'), revokedAt: null, useCount: 0 };
  it.each([
    ['fresh', base, 'open'],
    ['used once, one-off', { ...base, useCount: 1 }, 'used'],
    ['used once, reusable', { ...base, reusable: true, useCount: 3 }, 'open'],
    ['past expiry', { ...base, expiresAt: now }, 'expired'],
    ['revoked and expired', { ...base, expiresAt: now, revokedAt: now }, 'revoked'],
  ])('%s is %s', (_label, facts, state) => {
    expect(invitationState(facts, now)).toBe(state);
  });
});
