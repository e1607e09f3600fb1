import { judgeJoin, judgeNetworkChange, judgeNetworkRestore } from './joining';

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

describe('judgeNetworkChange', () => {
  it.each([
    ['facilitator', false, 'allowed'],
    ['facilitator', true, 'network_archived'],
    ['member', false, 'forbidden'],
    ['member', true, 'forbidden'],
    [null, false, 'forbidden'],
  ] as const)('a %s on an archived=%s network: %s', (role, archived, verdict) => {
    expect(judgeNetworkChange(role, archived)).toBe(verdict);
  });
});

describe('judgeNetworkRestore', () => {
  it.each([
    ['facilitator', true, 'allowed'],
    ['facilitator', false, 'not_archived'],
    ['member', true, 'forbidden'],
    ['member', false, 'forbidden'],
    [null, true, 'forbidden'],
    [null, false, 'forbidden'],
  ] as const)('a %s on an archived=%s network: %s', (role, archived, verdict) => {
    expect(judgeNetworkRestore(role, archived)).toBe(verdict);
  });
});
