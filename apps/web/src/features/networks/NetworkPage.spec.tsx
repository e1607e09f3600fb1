import { screen, waitFor, within } from '@testing-library/react';
import type { Network } from '@broedplaats/contracts';
import { fakeApi } from '../../../test/fake-api';
import { me, network as networkFixture, networkId, themes } from '../../../test/fixtures';
import { renderApp } from '../../../test/render';
import { setupUser } from '../../../test/user';
import { setLanguage } from '../../lib/i18n';
import { networkSection, type SectionRegistry } from '../../lib/sections';
import { NetworkPage } from './NetworkPage';

const network = networkFixture({ archived: true, myRole: 'facilitator' });

function openPage(answer: Network, sections?: SectionRegistry) {
  const api = fakeApi({
    'GET /api/auth/me': { body: me },
    'GET /api/themes': { body: themes },
    [`GET /api/networks/${networkId}`]: { body: answer },
    [`GET /api/networks/${networkId}/members`]: { body: [] },
    [`GET /api/networks/${networkId}/invitations`]: { body: [] },
    [`POST /api/networks/${networkId}/restore`]: { body: { ...answer, archived: false } },
  });
  renderApp([{ path: '/networks/:networkId', element: <NetworkPage /> }], `/networks/${networkId}`, { sections });
  return api;
}

describe('network page', () => {
  beforeEach(() => setLanguage('nl'));

  it('lets a facilitator restore an archived network after confirming; then editing and archiving show again', async () => {
    const { calls } = openPage(network);
    const user = setupUser();

    await user.click(await screen.findByRole('button', { name: 'Netwerk terugzetten' }));
    expect(screen.queryByRole('button', { name: 'Netwerk archiveren' })).not.toBeInTheDocument();
    const dialog = await screen.findByRole('dialog', { name: 'Leernetwerk Almere terugzetten?' });
    await user.click(within(dialog).getByRole('button', { name: 'Ja, terugzetten' }));

    expect(await screen.findByRole('button', { name: 'Netwerk archiveren' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Netwerk aanpassen' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Netwerk terugzetten' })).not.toBeInTheDocument();
    await waitFor(() => expect(calls.filter((c) => c.method === 'POST').map((c) => c.path)).toEqual([`/api/networks/${networkId}/restore`]));
  });

  it('shows no restore button to a plain member', async () => {
    openPage({ ...network, myRole: 'member' });
    expect(await screen.findByRole('heading', { name: 'Leernetwerk Almere', level: 1 })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Netwerk terugzetten' })).not.toBeInTheDocument();
  });

  it('shows a facilitator the app’s registered parts in their order', async () => {
    openPage({ ...network, archived: false });
    expect(await screen.findByRole('heading', { name: 'Uitnodigingen', level: 2 })).toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: 'Leden (0)', level: 2 })).toBeInTheDocument();
    const parts = screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent);
    expect(parts).toEqual(['Nu online', 'Over dit netwerk', "Thema's", 'Partners', 'Leden (0)', 'Uitnodigingen']);
  });

  // A coming capability registers its part; the page shows it to its audience and passes the network.
  const registered: SectionRegistry = {
    home: [],
    network: (['everyone', 'member', 'facilitator'] as const).map((audience) =>
      networkSection({
        id: audience,
        label: 'networks:page.title',
        audience,
        load: async () =>
          function Part({ network: shown, canManage }: { network: Network; canManage: boolean }) {
            return <p>{`${audience} part of ${shown.name}${canManage ? ', may manage' : ''}`}</p>;
          },
      }),
    ),
  };

  it.each([
    ['a facilitator', 'facilitator', ['everyone part of Leernetwerk Almere, may manage', 'member part of Leernetwerk Almere, may manage', 'facilitator part of Leernetwerk Almere, may manage']],
    ['a member', 'member', ['everyone part of Leernetwerk Almere', 'member part of Leernetwerk Almere']],
    ['someone outside (public profile)', null, ['everyone part of Leernetwerk Almere']],
  ] as const)('shows %s only the registered parts meant for them', async (_who, myRole, expected) => {
    openPage({ ...network, archived: false, visibility: 'public', myRole }, registered);
    expect(await screen.findByText(expected[0])).toBeInTheDocument();
    expect(screen.getAllByText(/ part of /).map((part) => part.textContent)).toEqual(expected);
  });
});
