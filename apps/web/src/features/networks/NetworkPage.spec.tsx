import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Network } from '@broedplaats/contracts';
import { fakeApi } from '../../../test/fake-api';
import { me, networkId, themes } from '../../../test/fixtures';
import { renderApp } from '../../../test/render';
import { setLanguage } from '../../lib/i18n';
import { NetworkPage } from './NetworkPage';

const network: Network = {
  id: networkId,
  name: 'Leernetwerk Almere',
  domain: '',
  community: '',
  practice: '',
  province: 'Flevoland',
  region: '',
  type: 'learning-network',
  status: 'active',
  startYear: null,
  focus: [],
  themeIds: [],
  partners: [],
  visibility: 'members',
  archived: true,
  memberCount: 1,
  myRole: 'facilitator',
  createdAt: '2026-11-01T10:00:00.000Z',
  updatedAt: '2026-11-01T10:00:00.000Z',
};

describe('network page of an archived network', () => {
  beforeEach(() => setLanguage('nl'));

  it('lets a facilitator restore it after confirming; then editing and archiving show again', async () => {
    const { calls } = fakeApi({
      'GET /api/auth/me': { body: me },
      'GET /api/themes': { body: themes },
      [`GET /api/networks/${networkId}`]: { body: network },
      [`GET /api/networks/${networkId}/members`]: { body: [] },
      [`GET /api/networks/${networkId}/invitations`]: { body: [] },
      [`POST /api/networks/${networkId}/restore`]: { body: { ...network, archived: false } },
    });
    renderApp([{ path: '/networks/:networkId', element: <NetworkPage /> }], `/networks/${networkId}`);

    await userEvent.click(await screen.findByRole('button', { name: 'Netwerk terugzetten' }));
    expect(screen.queryByRole('button', { name: 'Netwerk archiveren' })).not.toBeInTheDocument();
    const dialog = await screen.findByRole('dialog', { name: 'Leernetwerk Almere terugzetten?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Ja, terugzetten' }));

    expect(await screen.findByRole('button', { name: 'Netwerk archiveren' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Netwerk aanpassen' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Netwerk terugzetten' })).not.toBeInTheDocument();
    await waitFor(() => expect(calls.filter((c) => c.method === 'POST').map((c) => c.path)).toEqual([`/api/networks/${networkId}/restore`]));
  });

  it('shows no restore button to a plain member', async () => {
    fakeApi({
      'GET /api/auth/me': { body: me },
      'GET /api/themes': { body: themes },
      [`GET /api/networks/${networkId}`]: { body: { ...network, myRole: 'member' } },
      [`GET /api/networks/${networkId}/members`]: { body: [] },
    });
    renderApp([{ path: '/networks/:networkId', element: <NetworkPage /> }], `/networks/${networkId}`);
    expect(await screen.findByRole('heading', { name: 'Leernetwerk Almere', level: 1 })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Netwerk terugzetten' })).not.toBeInTheDocument();
  });
});
