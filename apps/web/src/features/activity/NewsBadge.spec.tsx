import { act, screen, within } from '@testing-library/react';
import type { ActivityEntry, Network } from '@broedplaats/contracts';
import { fakeApi, type FakeCall } from '../../../test/fake-api';
import { me, network } from '../../../test/fixtures';
import { renderApp } from '../../../test/render';
import { setLanguage } from '../../lib/i18n';
import { MyNetworksPage } from '../networks/MyNetworksPage';
import { activityLive } from './live';

const almere = network({ id: '00000000-0000-4000-8000-000000000001', name: 'Almere', myRole: 'member' });
const utrecht = network({ id: '00000000-0000-4000-8000-000000000002', name: 'Utrecht', myRole: 'facilitator' });

function open(mine: Network[], counts: () => Record<string, number>) {
  const api = fakeApi({
    // "Ontdek" below my networks lists public ones: none here.
    'GET /api/networks': (call: FakeCall) => {
      const items = new URL(call.path, 'http://x').searchParams.get('scope') === 'mine' ? mine : [];
      return { body: { items, total: items.length, page: 1, pageSize: 12 } };
    },
    'GET /api/me/network-news': () => ({ body: Object.entries(counts()).map(([networkId, newCount]) => ({ networkId, newCount })) }),
  });
  const view = renderApp([{ path: '/networks', element: <MyNetworksPage /> }], '/networks', { sections: { network: [], home: [], question: [] } });
  return { ...api, ...view };
}
const card = async (name: string) => (await screen.findByRole('link', { name })).closest('article') as HTMLElement;

describe('news on the start page', () => {
  beforeEach(() => setLanguage('nl'));

  it('shows per network of mine how much is new since my last visit, and nothing where nothing is', async () => {
    const { calls } = open([almere, utrecht], () => ({ [almere.id]: 3, [utrecht.id]: 0 }));
    const badge = await within(await card('Almere')).findByText('3 nieuw');
    expect(badge.closest('[aria-label]')).toHaveAttribute('aria-label', '3 nieuwe gebeurtenissen sinds je laatste bezoek');
    expect(within(await card('Utrecht')).queryByText(/nieuw/)).not.toBeInTheDocument();
    // One request for all cards.
    expect(calls.filter((c) => c.path === '/api/me/network-news')).toHaveLength(1);
  });

  it('counts again when something happens in one of my networks', async () => {
    let count = 1;
    const { client } = open([almere], () => ({ [almere.id]: count }));
    expect(await within(await card('Almere')).findByText('1 nieuw')).toBeInTheDocument();
    expect(screen.getByLabelText('1 nieuwe gebeurtenis sinds je laatste bezoek')).toBeInTheDocument();
    count = 2;
    const entry = { id: '00000000-0000-4000-8000-000000000009', seq: 9, kind: 'network.archived', actor: null, subject: null, data: {}, at: '2026-11-20T10:00:00.000Z' } as ActivityEntry;
    act(() => activityLive({ client, meId: me.id, onRemoved: jest.fn() })['activity.recorded']({ networkId: almere.id, entry }));
    expect(await within(await card('Almere')).findByText('2 nieuw')).toBeInTheDocument();
  });

  it('says it in English too', async () => {
    setLanguage('en');
    open([almere], () => ({ [almere.id]: 4 }));
    expect(await screen.findByLabelText('4 new events since your last visit')).toHaveTextContent('4 new');
  });
});
