import { screen, waitFor, within } from '@testing-library/react';
import type { Network } from '@broedplaats/contracts';
import { fakeApi, type FakeCall } from '../../../test/fake-api';
import { network, themes } from '../../../test/fixtures';
import { renderApp } from '../../../test/render';
import { fillIn, setupUser } from '../../../test/user';
import { setLanguage } from '../../lib/i18n';
import { MyNetworksPage } from './MyNetworksPage';
import { PublicNetworks } from './PublicNetworks';
import { PAGE_SIZE } from './queries';

const numbered = (from: number, count: number, overrides: Partial<Network> = {}) =>
  Array.from({ length: count }, (_, index) =>
    network({ id: `00000000-0000-4000-8000-${String(from + index).padStart(12, '0')}`, name: `Netwerk ${from + index}`, ...overrides }),
  );

/** Answers every list with `all`, paged; the test reads the requests to see what was asked. */
function server(all: Network[]) {
  return fakeApi({
    'GET /api/themes': { body: themes },
    'GET /api/networks': (call: FakeCall) => {
      const query = new URL(call.path, 'http://localhost').searchParams;
      const pageNumber = Number(query.get('page'));
      return { body: { items: all.slice((pageNumber - 1) * PAGE_SIZE, pageNumber * PAGE_SIZE), total: all.length, page: pageNumber, pageSize: PAGE_SIZE } };
    },
  });
}
const queries = (calls: FakeCall[], scope: string) =>
  calls.filter((c) => c.path.startsWith('/api/networks?') && c.path.includes(`scope=${scope}`)).map((c) => Object.fromEntries(new URL(c.path, 'http://localhost').searchParams));

describe('Ontdek: search and filters', () => {
  beforeEach(() => setLanguage('nl'));

  // Two tests of two filters each: every pick renders the list again, which is slow in jsdom on busy cores.
  async function openDiscover() {
    const { calls } = server(numbered(1, 3, { myRole: null, visibility: 'public' }));
    renderApp([{ path: '/', element: <PublicNetworks /> }], '/');
    const user = setupUser();
    await screen.findByRole('link', { name: 'Netwerk 1' });
    const pick = async (label: string, option: string) => {
      await user.click(within(screen.getByRole('group', { name: 'Filters' })).getByRole('combobox', { name: label }));
      await user.click(await screen.findByRole('option', { name: option }));
    };
    return { calls, user, pick };
  }

  it('sends province and theme together with the search, from page 1', async () => {
    const { calls, user, pick } = await openDiscover();
    await pick('Provincie', 'Flevoland');
    await pick('Thema', 'Eenzaamheid');
    await fillIn(user, screen.getByRole('searchbox', { name: 'Zoek een netwerk' }), 'eenzaam');
    await waitFor(() =>
      expect(queries(calls, 'public').at(-1)).toEqual({
        scope: 'public', q: 'eenzaam', province: 'Flevoland', theme: 'loneliness', page: '1', pageSize: String(PAGE_SIZE),
      }),
    );
  });

  it('sends type and status together', async () => {
    const { calls, pick } = await openDiscover();
    await pick('Soort netwerk', 'Leernetwerk');
    await pick('Status', 'Gepauzeerd');
    await waitFor(() =>
      expect(queries(calls, 'public').at(-1)).toEqual({ scope: 'public', type: 'learning-network', status: 'paused', page: '1', pageSize: String(PAGE_SIZE) }),
    );
  });

  it('moves the focus to the first new result after a page change and announces the page', async () => {
    server(numbered(1, PAGE_SIZE + 2, { myRole: null, visibility: 'public' }));
    renderApp([{ path: '/', element: <PublicNetworks /> }], '/');
    const user = setupUser();
    await screen.findByRole('link', { name: 'Netwerk 1' });
    await user.click(screen.getByRole('button', { name: 'Pagina 2' }));
    await waitFor(() => expect(screen.getByRole('link', { name: `Netwerk ${PAGE_SIZE + 1}` })).toHaveFocus());
    expect(screen.getByText('Pagina 2 van 2 staat nu in beeld.')).toHaveAttribute('aria-live', 'polite');
    // Keyboard: back to page 1 with Enter on the focused control.
    screen.getByRole('button', { name: 'Pagina 1' }).focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.getByRole('link', { name: 'Netwerk 1' })).toHaveFocus());
    expect(screen.getByText('Pagina 1 van 2 staat nu in beeld.')).toBeInTheDocument();
  });

  it('speaks English too', async () => {
    setLanguage('en');
    server([]);
    renderApp([{ path: '/', element: <PublicNetworks /> }], '/');
    const filters = await screen.findByRole('group', { name: 'Filters' });
    expect(within(filters).getByRole('combobox', { name: 'Type of network' })).toBeInTheDocument();
    expect(await screen.findByText('There are no public networks yet.')).toBeInTheDocument();
  });
});

describe('my networks: search and sort', () => {
  beforeEach(() => setLanguage('nl'));

  it('searches my networks and sorts them by name', async () => {
    const { calls } = server(numbered(1, 3, { myRole: 'member' }));
    renderApp([{ path: '/networks', element: <MyNetworksPage /> }], '/networks');
    const user = setupUser();
    const mine = await screen.findByRole('region', { name: 'Mijn netwerken' });
    await within(mine).findByRole('link', { name: 'Netwerk 1' });

    await user.click(within(mine).getByRole('combobox', { name: 'Sorteer op' }));
    await user.click(await screen.findByRole('option', { name: 'Naam (A-Z)' }));
    await user.type(within(mine).getByRole('searchbox', { name: 'Zoek in mijn netwerken' }), 'almere');
    await waitFor(() => expect(queries(calls, 'mine').at(-1)).toMatchObject({ q: 'almere', sort: 'name', page: '1' }));
    expect(queries(calls, 'mine')[0]).not.toHaveProperty('sort');
  });
});
