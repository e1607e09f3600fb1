import { screen, within } from '@testing-library/react';
import type { Network } from '@broedplaats/contracts';
import { fakeApi, type FakeCall } from '../../../test/fake-api';
import { network } from '../../../test/fixtures';
import { renderApp } from '../../../test/render';
import { setupUser } from '../../../test/user';
import { setLanguage } from '../../lib/i18n';
import { homeSection } from '../../lib/sections';
import { MyNetworksPage } from './MyNetworksPage';
import { PAGE_SIZE } from './queries';

const numbered = (from: number, count: number, overrides: Partial<Network> = {}) =>
  Array.from({ length: count }, (_, index) =>
    network({ id: `00000000-0000-4000-8000-${String(from + index).padStart(12, '0')}`, name: `Netwerk ${from + index}`, ...overrides }),
  );

/** The networks list as the server answers it: my networks in pages, public ones on request. */
function networksServer(mine: Network[], open: Network[]) {
  return fakeApi({
    'GET /api/networks': (call: FakeCall) => {
      const query = new URL(call.path, 'http://localhost').searchParams;
      const all = query.get('scope') === 'public' ? open : mine;
      const pageNumber = Number(query.get('page'));
      const items = all.slice((pageNumber - 1) * PAGE_SIZE, pageNumber * PAGE_SIZE);
      return { body: { items, total: all.length, page: pageNumber, pageSize: PAGE_SIZE } };
    },
  });
}

const headings = (section: HTMLElement) => within(section).getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent);

describe('my networks page', () => {
  beforeEach(() => setLanguage('nl'));

  it('shows my networks, page by page', async () => {
    const { calls } = networksServer(numbered(1, PAGE_SIZE + 1, { myRole: 'member' }), []);
    renderApp([{ path: '/networks', element: <MyNetworksPage /> }], '/networks');
    const mine = await screen.findByRole('region', { name: 'Mijn netwerken' });
    expect(await within(mine).findByRole('link', { name: 'Netwerk 1' })).toBeInTheDocument();
    expect(headings(mine)).toHaveLength(PAGE_SIZE);

    await setupUser().click(within(mine).getByRole('button', { name: 'Pagina 2' }));
    expect(await within(mine).findByRole('link', { name: `Netwerk ${PAGE_SIZE + 1}` })).toBeInTheDocument();
    expect(headings(mine)).toEqual([`Netwerk ${PAGE_SIZE + 1}`]);
    expect(calls.filter((call) => call.path.includes('scope=mine')).map((call) => call.path)).toEqual([
      `/api/networks?scope=mine&page=1&pageSize=${PAGE_SIZE}`,
      `/api/networks?scope=mine&page=2&pageSize=${PAGE_SIZE}`,
    ]);
  });

  it('invites someone without networks to start one, and shows the networks they can discover below', async () => {
    networksServer([], numbered(50, 2, { myRole: null, visibility: 'public' }));
    renderApp([{ path: '/networks', element: <MyNetworksPage /> }], '/networks');
    expect(await screen.findByRole('heading', { name: 'Je doet nog niet mee in een netwerk' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Start een netwerk' })).toHaveAttribute('href', '/networks/new');

    const discover = await screen.findByRole('region', { name: 'Ontdek andere netwerken' });
    expect(await within(discover).findByRole('link', { name: 'Netwerk 50' })).toHaveAttribute('href', `/networks/${numbered(50, 1)[0].id}`);
    expect(within(discover).getByRole('status')).toHaveTextContent('2 netwerken gevonden');
  });

  it('keeps finding other networks below my own; the parts capabilities register for the home page go to Voor mij', async () => {
    networksServer([], []);
    const part = (id: string) => homeSection({ id, label: 'networks:discover.title', load: async () => () => <p>{`part ${id}`}</p> });
    renderApp([{ path: '/networks', element: <MyNetworksPage /> }], '/networks', { sections: { network: [], home: [part('agenda'), part('meetings')], question: [] } });
    expect(await screen.findByRole('region', { name: 'Ontdek andere netwerken' })).toBeInTheDocument();
    expect(screen.queryByText(/^part /)).not.toBeInTheDocument();
  });
});
