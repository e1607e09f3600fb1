import { act, waitFor } from '@testing-library/react';
import type { Member, UpdateMemberBody } from '@broedplaats/contracts';
import { fakeApi, forbidden, type FakeCall } from '../../../test/fake-api';
import { kees, me, member, network, networkId } from '../../../test/fixtures';
import { renderQueryHook } from '../../../test/hooks';
import { networkKeys } from '../networks/queries';
import { memberKeys, useMembers, useRemoveMember, useUpdateMember } from './queries';

const anna = member(me.id, me.displayName, { role: 'facilitator' });
const membersPath = `/api/networks/${networkId}/members`;

/** The members routes of one network, keeping the list between calls as the server would. */
function membersServer() {
  let members: Member[] = [anna, kees];
  const change = (userId: string) => (call: FakeCall) => {
    if (call.method === 'DELETE') {
      members = members.filter((m) => m.userId !== userId);
      return { status: 204 };
    }
    // The server answers with the member as stored, which the cache must take over.
    members = members.map((m) => (m.userId === userId ? { ...m, ...(call.body as UpdateMemberBody) } : m));
    return { body: members.find((m) => m.userId === userId) };
  };
  return fakeApi({
    [`GET ${membersPath}`]: () => ({ body: members }),
    [`PATCH ${membersPath}/${kees.userId}`]: change(kees.userId),
    [`DELETE ${membersPath}/${kees.userId}`]: change(kees.userId),
    [`DELETE ${membersPath}/${me.id}`]: forbidden,
  });
}

const names = (list: Member[] | undefined) => list?.map((m) => m.displayName);

describe('members queries', () => {
  it('loads the members of a network, and nothing while it is not enabled', async () => {
    const { calls } = membersServer();
    const { result, rerender } = renderQueryHook(({ enabled }) => useMembers(networkId, enabled), { initialProps: { enabled: false } });
    await act(() => Promise.resolve());
    expect(calls).toEqual([]);

    rerender({ enabled: true });
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(names(result.current.data)).toEqual([me.displayName, 'Kees']);
    expect(calls.map((call) => `${call.method} ${call.path}`)).toEqual([`GET ${membersPath}`]);
  });

  it('puts the member as the server answered into the list, in place', async () => {
    const { calls } = membersServer();
    const { result, client } = renderQueryHook(() => ({ list: useMembers(networkId, true), update: useUpdateMember(networkId) }));
    await waitFor(() => expect(result.current.list.isSuccess).toBe(true));

    await act(() => result.current.update.mutateAsync({ userId: kees.userId, body: { role: 'facilitator' } }));
    const list = client.getQueryData<Member[]>(memberKeys.list(networkId));
    expect(list?.map((m) => [m.displayName, m.role])).toEqual([[me.displayName, 'facilitator'], ['Kees', 'facilitator']]);
    expect(calls.at(-1)).toMatchObject({ method: 'PATCH', path: `${membersPath}/${kees.userId}`, body: { role: 'facilitator' } });
    // The list came from the answer, not from a second fetch.
    expect(calls.filter((call) => call.method === 'GET')).toHaveLength(1);
  });

  it('drops a removed member from the list and marks the network and my lists stale, nothing else', async () => {
    membersServer();
    const { result, client } = renderQueryHook(() => ({ list: useMembers(networkId, true), remove: useRemoveMember(networkId) }));
    const other = '33333333-3333-4333-8333-333333333333';
    client.setQueryData(networkKeys.detail(networkId), network({ memberCount: 2 }));
    client.setQueryData(networkKeys.detail(other), network({ id: other }));
    client.setQueryData(networkKeys.list('mine', '', 1), { items: [], total: 0, page: 1, pageSize: 12 });
    await waitFor(() => expect(result.current.list.isSuccess).toBe(true));

    await act(() => result.current.remove.mutateAsync(kees.userId));
    expect(names(client.getQueryData<Member[]>(memberKeys.list(networkId)))).toEqual([me.displayName]);
    const stale = (key: readonly unknown[]) => client.getQueryState(key)?.isInvalidated;
    expect([stale(networkKeys.detail(networkId)), stale(networkKeys.list('mine', '', 1)), stale(networkKeys.detail(other))]).toEqual([true, true, false]);
  });

  it('keeps the list as it was when the server refuses', async () => {
    membersServer();
    const { result, client } = renderQueryHook(() => ({ list: useMembers(networkId, true), remove: useRemoveMember(networkId) }));
    await waitFor(() => expect(result.current.list.isSuccess).toBe(true));

    await act(() => expect(result.current.remove.mutateAsync(me.id)).rejects.toMatchObject({ code: 'forbidden', status: 403 }));
    expect(names(client.getQueryData<Member[]>(memberKeys.list(networkId)))).toEqual([me.displayName, 'Kees']);
  });
});
