import { QueryClient } from '@tanstack/react-query';
import { serverEvents, type Member } from '@broedplaats/contracts';
import { kees, me, member, networkId } from '../../test/fixtures';
import type { LiveSocket } from '../lib/socket';
import { memberKeys } from '../features/members/queries';
import { usePresenceStore } from '../features/presence/store';
import { bindLiveEvents, liveFeatures } from './live-events';

/** Stands in for socket.io's client: only the listener bookkeeping bindLiveEvents uses. */
function fakeSocket() {
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const socket = {
    on: (name: string, listener: (payload: unknown) => void) => {
      listeners.set(name, (listeners.get(name) ?? new Set()).add(listener));
      return socket;
    },
    off: (name: string, listener: (payload: unknown) => void) => {
      listeners.get(name)?.delete(listener);
      return socket;
    },
  };
  const emit = (name: string, payload: unknown) => listeners.get(name)?.forEach((listener) => listener(payload));
  const count = () => [...listeners.values()].reduce((sum, set) => sum + set.size, 0);
  return { socket: socket as unknown as LiveSocket, emit, count };
}

function setup() {
  const client = new QueryClient();
  client.setQueryData(memberKeys.list(networkId), [member(me.id, me.displayName)]);
  const { socket, emit, count } = fakeSocket();
  const unbind = bindLiveEvents(socket, { client, meId: me.id, onRemoved: jest.fn() });
  const names = () => client.getQueryData<Member[]>(memberKeys.list(networkId))?.map((m) => m.displayName);
  return { emit, count, unbind, names };
}

describe('live events', () => {
  afterEach(() => usePresenceStore.getState().clear());

  it('has every server event handled by exactly one feature', () => {
    const deps = { client: new QueryClient(), meId: me.id, onRemoved: jest.fn() };
    const handled = liveFeatures.flatMap((feature) => Object.keys(feature(deps)));
    expect([...handled].sort()).toEqual(Object.keys(serverEvents).sort());
  });

  it('hands a payload that matches the contract to its feature', () => {
    const { emit, names } = setup();
    emit('member.joined', { networkId, member: kees });
    emit('presence.changed', { networkId, online: [{ userId: kees.userId, displayName: 'Kees' }] });
    expect(names()).toEqual([me.displayName, 'Kees']);
    expect(usePresenceStore.getState().online[networkId]).toEqual([{ userId: kees.userId, displayName: 'Kees' }]);
  });

  it('ignores, with a warning, a payload that breaks the contract', () => {
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { emit, names } = setup();
    emit('member.joined', { networkId, member: { ...kees, engagement: 9 } });
    emit('presence.changed', { networkId: 'not-an-id', online: [] });
    expect(names()).toEqual([me.displayName]);
    expect(usePresenceStore.getState().online).toEqual({});
    expect(warn.mock.calls.map(([text]) => text)).toEqual(['Ignored a malformed member.joined event', 'Ignored a malformed presence.changed event']);
    warn.mockRestore();
  });

  it('listens to every event until unbound, then to none', () => {
    const { emit, count, unbind, names } = setup();
    expect(count()).toBe(Object.keys(serverEvents).length);
    unbind();
    expect(count()).toBe(0);
    emit('member.joined', { networkId, member: kees });
    expect(names()).toEqual([me.displayName]);
  });
});
