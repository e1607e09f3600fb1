import type { Member } from '@broedplaats/contracts';
import { memberAsSeenBy, seesEngagement } from './engagement';

const kees: Member = { userId: 'kees', displayName: 'Kees', organisation: '', bio: '', role: 'member', category: 'citizen', engagement: 4, joinedAt: '2026-11-22T10:00:00.000Z' };

describe('engagement visibility', () => {
  it.each([
    ['a facilitator', { userId: 'fenna', role: 'facilitator' as const }, true],
    ['the member themselves', { userId: 'kees', role: 'member' as const }, true],
    ['another member', { userId: 'mira', role: 'member' as const }, false],
    ['an outsider', { userId: 'otto', role: null }, false],
  ])('%s: %s', (_who, viewer, sees) => {
    expect(seesEngagement(viewer, kees.userId)).toBe(sees);
    const seen = memberAsSeenBy(viewer, kees);
    expect('engagement' in seen).toBe(sees);
    expect(seen.displayName).toBe('Kees');
  });
});
