import { usePresenceStore } from './store';

const network = '22222222-2222-4222-8222-222222222222';
const other = '33333333-3333-4333-8333-333333333333';
const anna = { userId: '11111111-1111-4111-8111-111111111111', displayName: 'Anna' };
const bram = { userId: '44444444-4444-4444-8444-444444444444', displayName: 'Bram' };

describe('presence store', () => {
  beforeEach(() => usePresenceStore.getState().clear());

  it('replaces a network’s list with the newest event and leaves other networks alone', () => {
    const { apply } = usePresenceStore.getState();
    apply({ networkId: network, online: [anna] });
    apply({ networkId: other, online: [bram] });
    apply({ networkId: network, online: [anna, bram] });
    expect(usePresenceStore.getState().online[network]).toEqual([anna, bram]);
    expect(usePresenceStore.getState().online[other]).toEqual([bram]);

    apply({ networkId: network, online: [bram] });
    expect(usePresenceStore.getState().online[network]).toEqual([bram]);
  });

  it('forgets a network after removal, so nothing stale is shown', () => {
    const { apply, forget } = usePresenceStore.getState();
    apply({ networkId: network, online: [anna] });
    apply({ networkId: other, online: [bram] });
    forget(network);
    expect(usePresenceStore.getState().online[network]).toBeUndefined();
    expect(usePresenceStore.getState().online[other]).toEqual([bram]);
  });
});
