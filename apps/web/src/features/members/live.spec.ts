import { QueryClient } from '@tanstack/react-query';
import type { Member } from '@broedplaats/contracts';
import { kees, me, member, network, networkId } from '../../../test/fixtures';
import { networkKeys } from '../networks/queries';
import { usePresenceStore } from '../presence/store';
import { memberLive } from './live';
import { memberKeys } from './queries';

function setup() {
  const client = new QueryClient();
  const onRemoved = jest.fn();
  client.setQueryData(networkKeys.detail(networkId), network());
  client.setQueryData(memberKeys.list(networkId), [member(me.id, me.displayName)]);
  const stale = (key: readonly unknown[]) => client.getQueryState(key)?.isInvalidated;
  return { client, onRemoved, stale, handlers: memberLive({ client, meId: me.id, onRemoved }) };
}

describe('members’ live events', () => {
  afterEach(() => usePresenceStore.getState().clear());

  it('adds a joining member to the open member list and updates them in place', () => {
    const { client, handlers } = setup();
    handlers['member.joined']({ networkId, member: kees });
    handlers['member.updated']({ networkId, member: { ...kees, engagement: 5 } });
    const list = client.getQueryData<Member[]>(memberKeys.list(networkId));
    expect(list?.map((m) => [m.displayName, m.engagement])).toEqual([[me.displayName, 3], ['Kees', 5]]);
  });

  it('leaves a member list that was never loaded unloaded', () => {
    const { client, handlers } = setup();
    const elsewhere = '33333333-3333-4333-8333-333333333333';
    handlers['member.joined']({ networkId: elsewhere, member: kees });
    expect(client.getQueryData(memberKeys.list(elsewhere))).toBeUndefined();
  });

  it('fetches the network again when someone joins (member count)', () => {
    const { handlers, stale } = setup();
    handlers['member.joined']({ networkId, member: kees });
    expect(stale(networkKeys.detail(networkId))).toBe(true);
  });

  it('fetches the network again after a role change only when it is mine (my rights depend on it)', () => {
    const { handlers, stale } = setup();
    handlers['member.updated']({ networkId, member: { ...kees, role: 'facilitator' } });
    expect(stale(networkKeys.detail(networkId))).toBe(false);

    handlers['member.updated']({ networkId, member: member(me.id, me.displayName, { role: 'facilitator' }) });
    expect(stale(networkKeys.detail(networkId))).toBe(true);
  });

  it('puts a member’s edited profile on their card, and fetches nothing when it is my own edit', () => {
    const { client, handlers, stale } = setup();
    handlers['member.joined']({ networkId, member: kees });
    client.setQueryData(networkKeys.detail(networkId), network({ memberCount: 2 }));
    handlers['member.updated']({ networkId, member: { ...kees, organisation: 'Gemeente Almere', bio: 'Wijkwerker.' } });
    handlers['member.updated']({ networkId, member: member(me.id, me.displayName, { organisation: 'Hogeschool Utrecht' }) });
    const list = client.getQueryData<Member[]>(memberKeys.list(networkId));
    expect(list?.map((m) => [m.displayName, m.organisation, m.bio])).toEqual([
      [me.displayName, 'Hogeschool Utrecht', ''],
      ['Kees', 'Gemeente Almere', 'Wijkwerker.'],
    ]);
    expect(stale(networkKeys.detail(networkId))).toBe(false);
    expect(stale(memberKeys.list(networkId))).toBe(false);
  });

  it('fetches the member list again when my role changes, since it decides whose engagement I see', () => {
    const { handlers, stale } = setup();
    handlers['member.updated']({ networkId, member: member(me.id, me.displayName, { engagement: 4 }) });
    expect(stale(memberKeys.list(networkId))).toBe(false);

    handlers['member.updated']({ networkId, member: member(me.id, me.displayName, { role: 'facilitator' }) });
    expect(stale(memberKeys.list(networkId))).toBe(true);
  });

  it('drops someone else who left from the list and refreshes the network', () => {
    const { client, handlers, onRemoved, stale } = setup();
    handlers['member.joined']({ networkId, member: kees });
    client.setQueryData(networkKeys.detail(networkId), network({ memberCount: 2 }));
    handlers['member.removed']({ networkId, userId: kees.userId });
    expect(client.getQueryData<Member[]>(memberKeys.list(networkId))?.map((m) => m.userId)).toEqual([me.id]);
    expect(stale(networkKeys.detail(networkId))).toBe(true);
    expect(onRemoved).not.toHaveBeenCalled();
  });

  it('tells me, with the network’s name, when I am removed, and forgets the network', () => {
    const { client, handlers, onRemoved } = setup();
    usePresenceStore.getState().apply({ networkId, online: [{ userId: me.id, displayName: me.displayName }] });

    handlers['member.removed']({ networkId, userId: me.id });
    expect(onRemoved).toHaveBeenCalledWith(networkId, 'Leernetwerk Almere');
    expect(client.getQueryData(networkKeys.detail(networkId))).toBeUndefined();
    expect(usePresenceStore.getState().online[networkId]).toBeUndefined();
  });

  it('still tells me when the network was not loaded, without a name', () => {
    const { client, handlers, onRemoved } = setup();
    client.removeQueries({ queryKey: networkKeys.detail(networkId) });
    handlers['member.removed']({ networkId, userId: me.id });
    expect(onRemoved).toHaveBeenCalledWith(networkId, null);
  });
});
