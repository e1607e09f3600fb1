import { judgeAccess, type NetworkPermission, type NetworkSubject } from './network-access';

const who = (role: NetworkSubject['role'], extra: Partial<NetworkSubject> = {}): NetworkSubject => ({
  role,
  isPlatformAdmin: false,
  visibility: 'members',
  archived: false,
  ...extra,
});

describe('judgeAccess', () => {
  it.each<[string, NetworkPermission, NetworkSubject, string]>([
    ['an outsider of a members-only network does not learn it exists', 'network.view', who(null), 'hidden'],
    ['an outsider sees a public network’s profile', 'network.view', who(null, { visibility: 'public' }), 'allowed'],
    ['a platform admin sees any profile', 'network.view', who(null, { isPlatformAdmin: true }), 'allowed'],
    ['an outsider may not read inside a public network', 'network.read', who(null, { visibility: 'public' }), 'forbidden'],
    ['an outsider may not read inside a members-only one, and does not learn it exists', 'network.read', who(null), 'hidden'],
    ['a platform admin is not a member', 'network.read', who(null, { isPlatformAdmin: true }), 'forbidden'],
    ['a member reads', 'network.read', who('member'), 'allowed'],
    ['a member reads an archived network', 'network.read', who('member', { archived: true }), 'allowed'],
    ['a member may not change the network', 'network.change', who('member'), 'forbidden'],
    ['a facilitator changes it', 'network.change', who('facilitator'), 'allowed'],
    ['nobody changes an archived network', 'network.change', who('facilitator', { archived: true }), 'network_archived'],
    ['a member still may not change an archived one', 'network.change', who('member', { archived: true }), 'forbidden'],
    ['a facilitator restores an archived network', 'network.restore', who('facilitator', { archived: true }), 'allowed'],
    ['there is nothing to restore on an active one', 'network.restore', who('facilitator'), 'not_archived'],
    ['a member may not restore', 'network.restore', who('member', { archived: true }), 'forbidden'],
    ['no invitations for an archived network', 'invitations.manage', who('facilitator', { archived: true }), 'network_archived'],
    ['a member does not see invitations', 'invitations.read', who('member'), 'forbidden'],
    ['a facilitator looks back on an archived network’s invitations', 'invitations.read', who('facilitator', { archived: true }), 'allowed'],
    ['a member makes no invitations', 'invitations.manage', who('member'), 'forbidden'],
    ['a facilitator manages members', 'members.manage', who('facilitator'), 'allowed'],
    ['an outsider of a members-only network learns nothing of its members', 'members.manage', who(null), 'hidden'],
  ])('%s', (_case, permission, subject, verdict) => {
    expect(judgeAccess(permission, subject)).toBe(verdict);
  });
});
