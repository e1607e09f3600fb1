import { judgeJoin } from './joining';

describe('judgeJoin', () => {
  const open = { invitation: 'open', networkArchived: false, alreadyMember: false } as const;
  it.each([
    ['an open link, a newcomer', open, 'join'],
    ['an open link, someone already in', { ...open, alreadyMember: true }, 'already_member'],
    ['a spent one-off link', { ...open, invitation: 'used' }, 'invitation_invalid'],
    ['an expired link', { ...open, invitation: 'expired' }, 'invitation_invalid'],
    ['a revoked link, even for a member', { ...open, invitation: 'revoked', alreadyMember: true }, 'invitation_invalid'],
    ['an open link to an archived network', { ...open, networkArchived: true }, 'network_archived'],
  ] as const)('%s: %s', (_label, facts, verdict) => {
    expect(judgeJoin(facts)).toBe(verdict);
  });
});
