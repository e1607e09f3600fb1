import { accessRules, judgeAccess, networkPermissions, type NetworkPermission, type NetworkSubject } from './network-access';

const who = (role: NetworkSubject['role'], extra: Partial<NetworkSubject> = {}): NetworkSubject => ({
  role,
  isPlatformAdmin: false,
  onDuty: false,
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
    ['a member reads the agenda', 'agenda.read', who('member'), 'allowed'],
    ['an outsider does not read a public network’s agenda', 'agenda.read', who(null, { visibility: 'public' }), 'forbidden'],
    ['a member proposes a question', 'agenda.propose', who('member'), 'allowed'],
    ['nobody proposes in an archived network', 'agenda.propose', who('member', { archived: true }), 'network_archived'],
    ['a member does not manage the agenda', 'agenda.manage', who('member'), 'forbidden'],
    ['a facilitator manages it', 'agenda.manage', who('facilitator'), 'allowed'],
    ['but not in an archived network', 'agenda.manage', who('facilitator', { archived: true }), 'network_archived'],
    ['an on-duty admin does not read the agenda', 'agenda.read', who(null, { isPlatformAdmin: true, onDuty: true }), 'forbidden'],
    ['a member reads the practice pages', 'documents.read', who('member'), 'allowed'],
    ['an outsider does not read a public network’s documents', 'documents.read', who(null, { visibility: 'public' }), 'forbidden'],
    ['a member writes a practice page', 'documents.write', who('member'), 'allowed'],
    ['nobody writes in an archived network', 'documents.write', who('member', { archived: true }), 'network_archived'],
    ['a member does not order the pages', 'documents.manage', who('member'), 'forbidden'],
    ['a facilitator orders them', 'documents.manage', who('facilitator'), 'allowed'],
    ['an on-duty admin does not read documents', 'documents.read', who(null, { isPlatformAdmin: true, onDuty: true }), 'forbidden'],
    ['a member reaches intervision', 'intervision.read', who('member'), 'allowed'],
    ['an on-duty admin never reaches intervision', 'intervision.read', who(null, { isPlatformAdmin: true, onDuty: true }), 'forbidden'],
    ['an on-duty admin never takes part in intervision', 'intervision.write', who(null, { isPlatformAdmin: true, onDuty: true }), 'forbidden'],
    ['an on-duty admin does not plan intervision', 'intervision.plan', who(null, { isPlatformAdmin: true, onDuty: true }), 'forbidden'],
    ['a member does not plan intervision', 'intervision.plan', who('member'), 'forbidden'],
    ['a facilitator plans intervision', 'intervision.plan', who('facilitator'), 'allowed'],
    ['nobody takes part in an archived network', 'intervision.write', who('member', { archived: true }), 'network_archived'],
    ['an on-duty admin does not read shared reflections', 'reflection.read', who(null, { isPlatformAdmin: true, onDuty: true }), 'forbidden'],
    ['an outsider does not read a public network’s reflections', 'reflection.read', who(null, { visibility: 'public' }), 'forbidden'],
  ])('%s', (_case, permission, subject, verdict) => {
    expect(judgeAccess(permission, subject)).toBe(verdict);
  });
});

describe('facilitator-on-duty', () => {
  const admin = (extra: Partial<NetworkSubject> = {}) => who(null, { isPlatformAdmin: true, ...extra });
  const onDuty = (extra: Partial<NetworkSubject> = {}) => admin({ onDuty: true, ...extra });

  it.each<[string, NetworkPermission, NetworkSubject, string]>([
    ['an on-duty admin reads a members-only network', 'network.read', onDuty(), 'allowed'],
    ['an on-duty admin changes the profile', 'network.change', onDuty(), 'allowed'],
    ['an on-duty admin sees the invitations', 'invitations.read', onDuty(), 'allowed'],
    ['an on-duty admin invites', 'invitations.manage', onDuty(), 'allowed'],
    ['an on-duty admin manages members', 'members.manage', onDuty(), 'allowed'],
    ['an on-duty admin restores an archived network', 'network.restore', onDuty({ archived: true }), 'allowed'],
    ['an archived network stays read-only on duty too', 'network.change', onDuty({ archived: true }), 'network_archived'],
    ['no invitations for an archived network on duty either', 'invitations.manage', onDuty({ archived: true }), 'network_archived'],
    ['an admin without a shift may not change the network', 'network.change', admin(), 'forbidden'],
    ['an admin without a shift may not manage members', 'members.manage', admin(), 'forbidden'],
    ['a shift counts only for platform admins', 'members.manage', who(null, { onDuty: true }), 'hidden'],
    ['a member on a shift flag is still only a member', 'network.change', who('member', { onDuty: true }), 'forbidden'],
  ])('%s', (_case, permission, subject, verdict) => {
    expect(judgeAccess(permission, subject)).toBe(verdict);
  });

  it('the rules content permissions are built from refuse an on-duty admin', () => {
    // What a capability writes for its content, e.g. `'agenda.read': member`.
    const contentRead = accessRules.member;
    const contentChange = accessRules.changing(accessRules.facilitator);
    expect(contentRead(onDuty())).toBe('forbidden');
    expect(contentRead(onDuty({ visibility: 'public' }))).toBe('forbidden');
    expect(contentChange(onDuty())).toBe('forbidden');
    expect(accessRules.facilitator(onDuty())).toBe('forbidden');
    // …while a member still reads it.
    expect(contentRead(who('member'))).toBe('allowed');
  });

  it('only the network’s own management honours a shift: a new permission must not by accident', () => {
    const honoursDuty = (Object.keys(networkPermissions) as NetworkPermission[]).filter(
      (permission) => judgeAccess(permission, onDuty()) !== judgeAccess(permission, admin()) || judgeAccess(permission, onDuty({ archived: true })) !== judgeAccess(permission, admin({ archived: true })),
    );
    expect(honoursDuty.sort()).toEqual(['invitations.manage', 'invitations.read', 'members.manage', 'network.change', 'network.read', 'network.restore']);
  });
});
