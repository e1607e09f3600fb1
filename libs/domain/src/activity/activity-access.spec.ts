import type { NetworkPermission, NetworkSubject } from '../access/network-access';
import { entryAudience, isNewEntry, maySeeEntry, readablePermissions, type Reader } from './activity-access';
import { changedFields } from './changed-fields';

const reader = (role: NetworkSubject['role'], extra: Partial<Reader> = {}): Reader => ({
  userId: 'mira',
  role,
  isPlatformAdmin: false,
  onDuty: false,
  visibility: 'members',
  archived: false,
  ...extra,
});

describe('maySeeEntry', () => {
  it.each<[string, Reader, NetworkPermission, string[] | null, boolean]>([
    ['a member sees what members may read', reader('member'), 'network.read', null, true],
    ['a member does not see a facilitator-only entry', reader('member'), 'invitations.read', null, false],
    ['a facilitator sees a facilitator-only entry', reader('facilitator'), 'invitations.read', null, true],
    ['a facilitator still sees a change entry when the network is archived', reader('facilitator', { archived: true }), 'network.change', null, true],
    ['a member still reads an archived network’s entries', reader('member', { archived: true }), 'network.read', null, true],
    ['an outsider of a public network sees no member entry', reader(null, { visibility: 'public' }), 'network.read', null, false],
    ['an outsider of a members-only network sees nothing', reader(null), 'network.read', null, false],
    ['a platform admin who is not a member sees no member entry', reader(null, { isPlatformAdmin: true }), 'network.read', null, false],
    ['a named person sees an entry restricted to them', reader('member'), 'network.read', ['mira', 'kees'], true],
    ['a facilitator does not see an entry restricted to others', reader('facilitator'), 'network.read', ['kees'], false],
    ['being named does not lift the permission', reader('member'), 'invitations.read', ['mira'], false],
    ['an empty list names nobody', reader('facilitator'), 'network.read', [], false],
  ])('%s', (_case, who, permission, restrictedTo, sees) => {
    expect(maySeeEntry(who, { permission, restrictedTo })).toBe(sees);
  });

  it('filters in a query with the same answer as entry by entry', () => {
    for (const role of ['member', 'facilitator', null] as const) {
      for (const archived of [false, true]) {
        const who = reader(role, { archived, visibility: 'public' });
        const one = (Object.keys(readablePermissionsTable) as NetworkPermission[]).filter((p) => maySeeEntry(who, { permission: p, restrictedTo: null }));
        expect(readablePermissions(who)).toEqual(one);
      }
    }
  });

  it('gives members the same readable permissions whatever the network’s visibility or state', () => {
    for (const role of ['member', 'facilitator'] as const) {
      const plain = readablePermissions(reader(role));
      expect(readablePermissions(reader(role, { visibility: 'public' }))).toEqual(plain);
      expect(readablePermissions(reader(role, { archived: true }))).toEqual(plain);
    }
  });
});

// Every permission, so the comparison above covers new ones too.
const readablePermissionsTable: Record<NetworkPermission, true> = {
  'network.view': true,
  'network.read': true,
  'network.change': true,
  'network.restore': true,
  'invitations.read': true,
  'invitations.manage': true,
  'members.manage': true,
  'agenda.read': true,
  'agenda.propose': true,
  'agenda.manage': true,
  'meetings.read': true,
  'meetings.respond': true,
  'meetings.manage': true,
  'documents.read': true,
  'documents.write': true,
  'documents.manage': true,
  'cycles.read': true,
  'cycles.write': true,
  'cycles.manage': true,
  'cycles.report': true,
  'intervision.read': true,
  'intervision.write': true,
  'intervision.plan': true,
  'reflection.read': true,
  'reflection.write': true,
};

describe('isNewEntry', () => {
  it.each([
    ['someone else’s entry after my last visit', { seq: 8, actorId: 'kees' }, 7, true],
    ['my own entry is never new to me', { seq: 8, actorId: 'mira' }, 7, false],
    ['an entry I have seen', { seq: 7, actorId: 'kees' }, 7, false],
    ['an entry by a deleted account, never seen', { seq: 1, actorId: null }, 0, true],
  ])('%s', (_case, entry, seenSeq, isNew) => {
    expect(isNewEntry(entry, { userId: 'mira', seenSeq })).toBe(isNew);
  });
});

describe('entryAudience', () => {
  it.each<[NetworkPermission, string]>([
    ['network.read', 'members'],
    ['network.view', 'members'],
    ['invitations.read', 'facilitators'],
    ['members.manage', 'facilitators'],
    ['network.change', 'facilitators'],
  ])('%s goes to %s', (permission, audience) => {
    expect(entryAudience(permission)).toBe(audience);
  });
});

describe('changedFields', () => {
  const before = { name: 'A', themeIds: ['x', 'y'], partners: [{ name: 'Gemeente', kind: 'municipality' }], startYear: null as number | null };
  it('names only what differs, lists by content', () => {
    expect(changedFields(before, { ...before, themeIds: ['x', 'y'], partners: [{ name: 'Gemeente', kind: 'municipality' }] }, ['name', 'themeIds', 'partners', 'startYear'])).toEqual([]);
    expect(changedFields(before, { ...before, name: 'B', startYear: 2020, themeIds: ['x'] }, ['name', 'themeIds', 'partners', 'startYear'])).toEqual(['name', 'themeIds', 'startYear']);
  });
  it('looks only at the fields it is asked about', () => {
    expect(changedFields(before, { ...before, name: 'B' }, ['themeIds'])).toEqual([]);
  });
});
