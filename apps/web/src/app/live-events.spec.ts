import { QueryClient } from '@tanstack/react-query';
import type { Member, Network } from '@broedplaats/contracts';
import { me, networkId } from '../../test/fixtures';
import { memberKeys } from '../features/members/queries';
import { networkKeys } from '../features/networks/queries';
import { usePresenceStore } from '../features/presence/store';
import { liveHandlers } from './live-events';

const member = (userId: string, displayName: string): Member => ({
  userId, displayName, role: 'member', category: 'citizen', engagement: 3, joinedAt: '2026-11-22T10:00:00.000Z',
});
const kees = member('55555555-5555-4555-8555-555555555555', 'Kees');

function setup() {
  const client = new QueryClient();
  const onRemoved = jest.fn();
  client.setQueryData(networkKeys.detail(networkId), { id: networkId, name: 'Leernetwerk Almere', myRole: 'member' } as Network);
  client.setQueryData(memberKeys.list(networkId), [member(me.id, me.displayName)]);
  return { client, onRemoved, handlers: liveHandlers({ client, meId: me.id, onRemoved }) };
}

describe('live events', () => {
  it('adds a joining member to the open member list and updates them in place', () => {
    const { client, handlers } = setup();
    handlers['member.joined']({ networkId, member: kees });
    handlers['member.updated']({ networkId, member: { ...kees, engagement: 5 } });
    const list = client.getQueryData<Member[]>(memberKeys.list(networkId));
    expect(list?.map((m) => [m.displayName, m.engagement])).toEqual([[me.displayName, 3], ['Kees', 5]]);
  });

  it('keeps my role when the shared network.updated event arrives', () => {
    const { client, handlers } = setup();
    const updated = { id: networkId, name: 'Nieuwe naam' } as Omit<Network, 'myRole'>;
    handlers['network.updated']({ network: updated as Network });
    expect(client.getQueryData<Network>(networkKeys.detail(networkId))).toMatchObject({ name: 'Nieuwe naam', myRole: 'member' });
  });

  it('tells me, with the network’s name, when I am removed, and forgets the network', () => {
    const { client, handlers, onRemoved } = setup();
    usePresenceStore.getState().apply({ networkId, online: [{ userId: me.id, displayName: me.displayName }] });
    handlers['member.removed']({ networkId, userId: kees.userId });
    expect(onRemoved).not.toHaveBeenCalled();

    handlers['member.removed']({ networkId, userId: me.id });
    expect(onRemoved).toHaveBeenCalledWith(networkId, 'Leernetwerk Almere');
    expect(client.getQueryData(networkKeys.detail(networkId))).toBeUndefined();
    expect(usePresenceStore.getState().online[networkId]).toBeUndefined();
  });
});
