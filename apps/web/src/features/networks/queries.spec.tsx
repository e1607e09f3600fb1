import { act, waitFor } from '@testing-library/react';
import type { QueryClient } from '@tanstack/react-query';
import type { Network, NetworkBody } from '@broedplaats/contracts';
import { deferred, fakeApi, type FakeCall } from '../../../test/fake-api';
import { network, networkId } from '../../../test/fixtures';
import { renderQueryHook } from '../../../test/hooks';
import { networkKeys, PAGE_SIZE, useArchiveChange, useCreateNetwork, useNetworkList, usePartnerSearch, useUpdateNetwork } from './queries';

const page = (items: Network[], pageNumber: number, total = 13) => ({ items, total, page: pageNumber, pageSize: PAGE_SIZE });
const first = network({ name: 'Eerste' });
const second = network({ id: '33333333-3333-4333-8333-333333333333', name: 'Tweede' });
const mineKey = networkKeys.list('mine', '', 1);

/** Puts one network and one list in the cache, to see what a change does to them. */
function seed(client: QueryClient) {
  client.setQueryData(networkKeys.detail(networkId), network());
  client.setQueryData(mineKey, page([network()], 1, 1));
  return {
    detail: () => client.getQueryData<Network>(networkKeys.detail(networkId)),
    listStale: () => client.getQueryState(mineKey)?.isInvalidated,
  };
}

describe('network queries', () => {
  it('asks for one page of my networks, and keeps showing it while the next page loads', async () => {
    const secondPage = deferred<{ body: unknown }>();
    const { calls } = fakeApi({
      'GET /api/networks': (call: FakeCall) => (call.path.includes('page=2') ? secondPage.promise : { body: page([first], 1) }),
    });
    const { result, rerender } = renderQueryHook(({ pageNumber }) => useNetworkList('mine', '', pageNumber), { initialProps: { pageNumber: 1 } });
    await waitFor(() => expect(result.current.data?.items.map((n) => n.name)).toEqual(['Eerste']));

    rerender({ pageNumber: 2 });
    await waitFor(() => expect(calls).toHaveLength(2));
    expect(result.current.isPlaceholderData).toBe(true);
    expect(result.current.data?.items.map((n) => n.name)).toEqual(['Eerste']);

    await act(async () => secondPage.resolve({ body: page([second], 2) }));
    await waitFor(() => expect(result.current.data?.items.map((n) => n.name)).toEqual(['Tweede']));
    expect(calls.map((call) => call.path)).toEqual([
      `/api/networks?scope=mine&page=1&pageSize=${PAGE_SIZE}`,
      `/api/networks?scope=mine&page=2&pageSize=${PAGE_SIZE}`,
    ]);
  });

  it('searches partners only from two letters on', async () => {
    const { calls } = fakeApi({ 'GET /api/partners': { body: [{ id: networkId, name: 'Gemeente Almere', kind: 'municipality' }] } });
    const { result, rerender } = renderQueryHook(({ q }) => usePartnerSearch(q), { initialProps: { q: ' G ' } });
    expect(result.current.fetchStatus).toBe('idle');

    rerender({ q: 'Ge' });
    await waitFor(() => expect(result.current.data?.map((p) => p.name)).toEqual(['Gemeente Almere']));
    expect(calls.map((call) => call.path)).toEqual(['/api/partners?q=Ge']);
  });

  it('keeps a new network in the cache, so its page opens without fetching, and marks my lists stale', async () => {
    const created = network({ id: '44444444-4444-4444-8444-444444444444', name: 'Nieuw netwerk', myRole: 'facilitator' });
    const { calls } = fakeApi({ 'POST /api/networks': { status: 201, body: created } });
    const { result, client } = renderQueryHook(() => useCreateNetwork());
    const { listStale } = seed(client);
    const body: NetworkBody = { name: 'Nieuw netwerk', province: 'Flevoland', type: 'learning-network' };

    await act(() => result.current.mutateAsync(body));
    expect(client.getQueryData(networkKeys.detail(created.id))).toEqual(created);
    expect(listStale()).toBe(true);
    expect(calls[0]).toMatchObject({ method: 'POST', path: '/api/networks', body });
  });

  it('stores an edit as the server answered it', async () => {
    fakeApi({ [`PATCH /api/networks/${networkId}`]: { body: network({ name: 'Nieuwe naam', region: 'Almere' }) } });
    const { result, client } = renderQueryHook(() => useUpdateNetwork(networkId));
    const { detail, listStale } = seed(client);

    await act(() => result.current.mutateAsync({ name: 'Nieuwe naam' }));
    expect(detail()).toMatchObject({ name: 'Nieuwe naam', region: 'Almere' });
    expect(listStale()).toBe(true);
  });

  it.each([
    ['archive', false, true],
    ['restore', true, false],
  ] as const)('%s: calls its own route and stores the network as it now is', async (action, before, after) => {
    const { calls } = fakeApi({ [`POST /api/networks/${networkId}/${action}`]: { body: network({ archived: after }) } });
    const { result, client } = renderQueryHook(() => useArchiveChange(networkId, action));
    const { detail, listStale } = seed(client);
    client.setQueryData(networkKeys.detail(networkId), network({ archived: before }));

    await act(() => result.current.mutateAsync());
    expect(detail()?.archived).toBe(after);
    expect(listStale()).toBe(true);
    expect(calls.map((call) => `${call.method} ${call.path}`)).toEqual([`POST /api/networks/${networkId}/${action}`]);
  });
});
