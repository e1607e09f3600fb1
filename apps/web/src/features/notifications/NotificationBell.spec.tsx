import { act, screen } from '@testing-library/react';
import { fakeApi } from '../../../test/fake-api';
import { me } from '../../../test/fixtures';
import { renderApp } from '../../../test/render';
import { setLanguage } from '../../lib/i18n';
import { notificationLive } from './live';
import { NotificationBell } from './NotificationBell';
import { notification, notificationsServer } from './test-notifications';

describe('the bell', () => {
  beforeEach(() => setLanguage('nl'));

  it('shows how many are unread, links to Meldingen, and counts up live', async () => {
    const server = notificationsServer([notification(1), notification(2, { readAt: '2026-11-20T11:00:00.000Z' })]);
    fakeApi(server.routes);
    const { client } = renderApp([{ path: '/', element: <NotificationBell /> }], '/');
    const bell = await screen.findByRole('link', { name: 'Meldingen: 1 nieuw' });
    expect(bell).toHaveAttribute('href', '/meldingen');
    expect(screen.getByText('1')).toBeInTheDocument();

    const created = notification(3, { kind: 'network.restored' });
    const unread = server.add(created);
    act(() => notificationLive({ client, meId: me.id, onRemoved: jest.fn() })['notification.created']({ notification: created, unread }));
    expect(await screen.findByRole('link', { name: 'Meldingen: 2 nieuw' })).toBeInTheDocument();
  });

  it('shows no number when everything is read, and goes back to none when another tab reads', async () => {
    const server = notificationsServer([notification(1)]);
    fakeApi(server.routes);
    const { client } = renderApp([{ path: '/', element: <NotificationBell /> }], '/');
    await screen.findByRole('link', { name: 'Meldingen: 1 nieuw' });
    server.readAll();
    act(() => notificationLive({ client, meId: me.id, onRemoved: jest.fn() })['notification.read']({ notificationId: null, networkId: null, unread: 0 }));
    expect(await screen.findByRole('link', { name: 'Meldingen' })).toBeInTheDocument();
    expect(screen.queryByText('1')).not.toBeInTheDocument();
  });
});
