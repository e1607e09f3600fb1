import { screen, waitFor, within } from '@testing-library/react';
import type { Network } from '@broedplaats/contracts';
import { fakeApi } from '../../../test/fake-api';
import { me, network as networkFixture, networkId, themes } from '../../../test/fixtures';
import { renderApp } from '../../../test/render';
import { setupUser } from '../../../test/user';
import { setLanguage } from '../../lib/i18n';
import { networkSection, overviewTab, type SectionRegistry } from '../../lib/sections';
import { NetworkPage } from './NetworkPage';

const network = networkFixture({ archived: true, myRole: 'facilitator' });

function openPage(answer: Network, sections?: SectionRegistry, tab?: string) {
  const api = fakeApi({
    'GET /api/auth/me': { body: me },
    'GET /api/themes': { body: themes },
    [`GET /api/networks/${networkId}`]: { body: answer },
    [`GET /api/networks/${networkId}/members`]: { body: [] },
    [`GET /api/networks/${networkId}/invitations`]: { body: [] },
    [`POST /api/networks/${networkId}/restore`]: { body: { ...answer, archived: false } },
  });
  renderApp([{ path: '/networks/:networkId/:tab?', element: <NetworkPage /> }], `/networks/${networkId}${tab ? `/${tab}` : ''}`, { sections });
  return api;
}

describe('network page', () => {
  beforeEach(() => setLanguage('nl'));

  it('lets a facilitator restore an archived network after confirming (focus on the safe choice); then editing and archiving show again', async () => {
    const { calls } = openPage(network);
    const user = setupUser();

    await user.click(await screen.findByRole('tab', { name: 'Instellingen' }));
    await user.click(await screen.findByRole('button', { name: 'Netwerk weer openen' }));
    expect(screen.queryByRole('button', { name: 'Netwerk afsluiten' })).not.toBeInTheDocument();
    const dialog = await screen.findByRole('dialog', { name: 'Leernetwerk Almere weer openen?' });
    await waitFor(() => expect(within(dialog).getByRole('button', { name: 'Annuleren' })).toHaveFocus());
    await user.click(within(dialog).getByRole('button', { name: 'Ja, weer openen' }));

    expect(await screen.findByRole('button', { name: 'Netwerk afsluiten' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Netwerk aanpassen' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Netwerk weer openen' })).not.toBeInTheDocument();
    await waitFor(() => expect(calls.filter((c) => c.method === 'POST').map((c) => c.path)).toEqual([`/api/networks/${networkId}/restore`]));
  });

  it('starts downloading the parts of the opened tab while the network is still being asked for, not those of other tabs nor facilitators’ parts', async () => {
    const loads: string[] = [];
    const part = (id: string, tab = overviewTab, audience: 'member' | 'facilitator' = 'member') =>
      networkSection({ id, label: 'networks:tabs.overview', audience, tab, load: async () => (loads.push(id), () => <p>{id}</p>) });
    const other = { id: 'ander', label: 'networks:tabs.overview' } as const;
    let answer!: (reply: { body: Network }) => void;
    fakeApi({
      'GET /api/auth/me': { body: me },
      [`GET /api/networks/${networkId}`]: () => new Promise((resolve) => (answer = resolve)),
    });
    renderApp([{ path: '/networks/:networkId/:tab?', element: <NetworkPage /> }], `/networks/${networkId}`, {
      sections: { network: [part('een'), part('alleen-begeleiders', overviewTab, 'facilitator'), part('twee'), part('elders', other)], home: [], question: [] },
    });
    await waitFor(() => expect(loads).toEqual(['een', 'twee']));
    expect(screen.queryByRole('heading', { level: 1 })).not.toBeInTheDocument();
    answer({ body: { ...network, archived: false, myRole: 'member' } });
    expect(await screen.findByText('twee')).toBeInTheDocument();
    expect(loads).not.toContain('elders');
    // A plain member: the facilitators' part is never downloaded.
    expect(loads).not.toContain('alleen-begeleiders');
  });

  it('shows no restore button to a plain member', async () => {
    openPage({ ...network, myRole: 'member' });
    expect(await screen.findByRole('heading', { name: 'Leernetwerk Almere', level: 1 })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Netwerk weer openen' })).not.toBeInTheDocument();
  });

  it('shows a facilitator the app’s tabs in order, each deep-linkable, with its parts', async () => {
    openPage({ ...network, archived: false });
    const tabs = await screen.findAllByRole('tab');
    expect(tabs.map((tab) => tab.textContent)).toEqual(['Overzicht', 'Kennisagenda', 'Bijeenkomsten', 'Leercycli', 'Intervisie', 'Reflecties', 'Praktijk', 'Leden', 'Uitnodigen', 'Instellingen']);
    expect(await screen.findByRole('heading', { name: 'Nu online', level: 2 })).toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: 'Wat is er gebeurd', level: 2 })).toBeInTheDocument();
    const parts = screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent);
    // A fresh network: first steps instead of empty fields (no themes or partners panels yet).
    expect(parts).toEqual(['Zo begin je', 'Over dit netwerk', 'Nu online', 'Wat is er gebeurd']);
    expect(screen.getByRole('link', { name: 'Nodig de eerste mensen uit' })).toHaveAttribute('href', `/networks/${networkId}/uitnodigen`);
    expect(screen.queryByText('Niet ingevuld')).not.toBeInTheDocument();
  });

  it('drops the first steps once they are done, and shows themes and partners', async () => {
    openPage({
      ...network,
      archived: false,
      domain: 'Vroegsignalering van schulden',
      themeIds: [themes[0].id],
      partners: [{ id: '3f0d5f0e-6d0f-4a32-9a8e-8a6a2d8e4c11', name: 'Gemeente Almere', kind: 'municipality' }],
      memberCount: 4,
      welcome: 'Welkom allemaal',
    });
    expect(await screen.findByRole('heading', { name: 'Partners', level: 2 })).toBeInTheDocument();
    expect(screen.getByText('Vroegsignalering van schulden')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Zo begin je' })).not.toBeInTheDocument();
  });

  it('opens the tab named in the address', async () => {
    openPage({ ...network, archived: false }, undefined, 'uitnodigen');
    expect(await screen.findByRole('heading', { name: 'Uitnodigingen', level: 2 })).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Uitnodigen' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.queryByRole('heading', { name: 'Over dit netwerk', level: 2 })).not.toBeInTheDocument();
  });

  it('shows a plain member no facilitator tabs, and leaving only in the “Meer” menu behind a question', async () => {
    openPage({ ...network, archived: false, myRole: 'member' });
    const user = setupUser();
    const tabs = await screen.findAllByRole('tab');
    expect(tabs.map((tab) => tab.textContent)).toEqual(['Overzicht', 'Kennisagenda', 'Bijeenkomsten', 'Leercycli', 'Intervisie', 'Reflecties', 'Praktijk', 'Leden']);
    expect(screen.queryByRole('button', { name: 'Netwerk verlaten' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Meer acties voor dit netwerk' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Netwerk verlaten' }));
    const dialog = await screen.findByRole('dialog');
    await waitFor(() => expect(within(dialog).getByRole('button', { name: 'Annuleren' })).toHaveFocus());
  });

  // A coming capability registers its part; the page shows it to its audience and passes the network.
  const registered: SectionRegistry = {
    home: [],
    question: [],
    network: (['everyone', 'member', 'facilitator'] as const).map((audience) =>
      networkSection({
        id: audience,
        label: 'networks:page.title',
        audience,
        tab: overviewTab,
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

  it('shows a platform admin on duty a banner until when, the facilitators’ tabs but no members’ content, and ends the shift', async () => {
    let onDuty: Network['onDuty'] = { endsAt: '2026-11-23T14:30:00.000Z' };
    const { calls } = fakeApi({
      'GET /api/auth/me': { body: { ...me, isPlatformAdmin: true } },
      'GET /api/themes': { body: themes },
      [`GET /api/networks/${networkId}`]: () => ({ body: networkFixture({ myRole: null, onDuty }) }),
      [`GET /api/networks/${networkId}/members`]: { body: [] },
      [`DELETE /api/admin/networks/${networkId}/duty`]: () => {
        onDuty = null;
        return { status: 204 };
      },
    });
    renderApp([{ path: '/networks/:networkId/:tab?', element: <NetworkPage /> }], `/networks/${networkId}`);
    const user = setupUser();

    // 14:30 UTC is 15:30 in Amsterdam in November.
    expect(await screen.findByText(/Je bent dienstdoend begeleider tot 15:30/)).toBeInTheDocument();
    const tabs = await screen.findAllByRole('tab');
    expect(tabs.map((tab) => tab.textContent)).toEqual(['Overzicht', 'Leden', 'Uitnodigen', 'Instellingen']);
    // Not a member: no presence, no leaving, no "public profile" notice.
    expect(screen.queryByRole('heading', { name: 'Nu online' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Meer/ })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Beëindigen' }));
    await waitFor(() => expect(screen.queryByText(/Je bent dienstdoend begeleider/)).not.toBeInTheDocument());
    expect(calls.some((c) => c.method === 'DELETE' && c.path === `/api/admin/networks/${networkId}/duty`)).toBe(true);
    expect(screen.queryByRole('tab', { name: 'Instellingen' })).not.toBeInTheDocument();
  });
});
