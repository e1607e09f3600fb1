import { screen, waitFor, within } from '@testing-library/react';
import { fakeApi } from '../../../test/fake-api';
import { kees, networkId } from '../../../test/fixtures';
import { renderApp } from '../../../test/render';
import { setupUser } from '../../../test/user';
import { setLanguage } from '../../lib/i18n';
import { NotificationsPage } from './NotificationsPage';
import { notification, notificationsServer } from './test-notifications';

const lines = async (name = 'Meldingen, nieuwste eerst') => within(await screen.findByRole('list', { name })).getAllByRole('listitem');
const open = (items: ReturnType<typeof notification>[]) => {
  const server = notificationsServer(items);
  const api = fakeApi(server.routes);
  renderApp([{ path: '/meldingen', element: <NotificationsPage /> }, { path: '/networks/:networkId', element: <h1>Het netwerk</h1> }], '/meldingen');
  return api;
};

describe('Meldingen', () => {
  beforeEach(() => setLanguage('nl'));

  it('says what concerns me in plain words, links to it and marks what is new', async () => {
    open([
      notification(4, { kind: 'invitation.accepted', actor: { id: kees.userId, displayName: 'Kees' }, subjectId: kees.userId, data: { role: 'member' } }),
      notification(3, { kind: 'member.roleChanged', data: { from: 'member', to: 'facilitator' } }),
      notification(2, { kind: 'member.roleChanged', data: { from: 'facilitator', to: 'member' }, readAt: '2026-11-20T11:00:00.000Z' }),
      notification(1, { kind: 'network.archived', actor: null, readAt: '2026-11-20T11:00:00.000Z' }),
    ]);
    const items = await lines();
    expect(items.map((li) => within(li).getByRole('link').textContent)).toEqual([
      'Kees doet nu mee in Almere, met jouw uitnodiging',
      'Fenna heeft je procesbegeleider gemaakt van Almere',
      'Fenna heeft je rol in Almere veranderd in: Lid',
      'Iemand heeft Almere gearchiveerd',
    ]);
    expect(within(items[0]).getByRole('link')).toHaveAttribute('href', `/networks/${networkId}/leden`);
    expect(within(items[1]).getByRole('link')).toHaveAttribute('href', `/networks/${networkId}`);
    expect(items.map((li) => within(li).queryByText('Nieuw') !== null)).toEqual([true, true, false, false]);
    expect(items[0].querySelector('time')).toHaveAttribute('dateTime', '2026-11-20T10:00:00.000Z');
  });

  it('marks one read, then all read; the list follows', async () => {
    const { calls } = open([notification(3), notification(2, { kind: 'network.restored' }), notification(1, { kind: 'network.restored' })]);
    const user = setupUser();
    await user.click(await screen.findByRole('button', { name: 'Markeer als gelezen: Fenna heeft Almere gearchiveerd' }));
    await waitFor(async () => expect((await lines()).filter((li) => within(li).queryByText('Nieuw'))).toHaveLength(2));
    expect(calls.filter((c) => c.method === 'POST').map((c) => c.path)).toEqual([`/api/me/notifications/${notification(3).id}/read`]);

    await user.click(screen.getByRole('button', { name: 'Alles gelezen' }));
    await waitFor(async () => expect((await lines()).filter((li) => within(li).queryByText('Nieuw'))).toHaveLength(0));
    expect(calls.filter((c) => c.method === 'POST').at(-1)).toMatchObject({ path: '/api/me/notifications/read', body: { networkId: null } });
    expect(screen.queryByRole('button', { name: 'Alles gelezen' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: 'Nieuw (0)' }));
    expect(await screen.findByText('Je hebt alles gelezen.')).toBeInTheDocument();
  });

  it('opening one goes to it and marks it read', async () => {
    const { calls } = open([notification(1)]);
    await setupUser().click(within((await lines())[0]).getByRole('link'));
    expect(await screen.findByRole('heading', { name: 'Het netwerk' })).toBeInTheDocument();
    await waitFor(() => expect(calls.filter((c) => c.method === 'POST').map((c) => c.path)).toEqual([`/api/me/notifications/${notification(1).id}/read`]));
  });

  it('has an empty state, in English too', async () => {
    setLanguage('en');
    open([]);
    expect(await screen.findByText('You have no notifications yet. When something happens that concerns you, you will see it here.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Notifications' })).toBeInTheDocument();
  });
});
