import { QueryClient } from '@tanstack/react-query';
import type { Network } from '@broedplaats/contracts';
import { me, network, networkId } from '../../../test/fixtures';
import { networkLive } from './live';
import { networkKeys } from './queries';

function setup() {
  const client = new QueryClient();
  client.setQueryData(networkKeys.detail(networkId), network({ myRole: 'facilitator' }));
  client.setQueryData(networkKeys.list('mine', '', 1), { items: [network()], total: 1, page: 1, pageSize: 12 });
  const handlers = networkLive({ client, meId: me.id, onRemoved: jest.fn() });
  return { client, handlers, detail: () => client.getQueryData<Network>(networkKeys.detail(networkId)) };
}

describe('networks’ live events', () => {
  it('keeps my role when the shared network.updated event arrives, and marks the lists stale', () => {
    const { client, handlers, detail } = setup();
    const { myRole: _none, ...shared } = network({ name: 'Nieuwe naam' });
    handlers['network.updated']({ network: shared });
    expect(detail()).toMatchObject({ name: 'Nieuwe naam', myRole: 'facilitator' });
    expect(client.getQueryState(networkKeys.list('mine', '', 1))?.isInvalidated).toBe(true);
  });

  it('does not invent a network page nobody opened', () => {
    const { client, handlers } = setup();
    const other = '33333333-3333-4333-8333-333333333333';
    const { myRole: _none, ...shared } = network({ id: other });
    handlers['network.updated']({ network: shared });
    handlers['network.archived']({ networkId: other });
    expect(client.getQueryData(networkKeys.detail(other))).toBeUndefined();
  });

  it('marks an open network archived', () => {
    const { handlers, detail } = setup();
    handlers['network.archived']({ networkId });
    expect(detail()).toMatchObject({ archived: true, name: 'Leernetwerk Almere', myRole: 'facilitator' });
  });
});
