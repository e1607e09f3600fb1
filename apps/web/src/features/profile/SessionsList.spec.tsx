import { screen, within } from '@testing-library/react';
import type { Session } from '@broedplaats/contracts';
import { fakeApi } from '../../../test/fake-api';
import { session } from '../../../test/fixtures';
import { renderApp } from '../../../test/render';
import { setupUser } from '../../../test/user';
import { setLanguage } from '../../lib/i18n';
import { SessionsList } from './SessionsList';

const here = session('aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa', { current: true, lastSeenAt: '2026-11-23T09:00:00.000Z' });
const phone = session('bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb', {
  lastSeenAt: '2026-11-21T14:30:00.000Z',
  userAgent: 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1',
});
const unknown = session('cccccccc-cccc-4ccc-8ccc-cccccccccccc', { lastSeenAt: '2026-11-20T08:00:00.000Z', userAgent: null });

function openList() {
  let sessions: Session[] = [here, phone, unknown];
  const api = fakeApi({
    'GET /api/auth/sessions': () => ({ body: sessions }),
    [`DELETE /api/auth/sessions/${phone.id}`]: () => {
      sessions = sessions.filter((item) => item.id !== phone.id);
      return { status: 204 };
    },
  });
  renderApp([{ path: '/', element: <SessionsList /> }], '/');
  return api;
}

describe('sessions list', () => {
  beforeEach(() => setLanguage('nl'));

  it('names each device as people know it and marks this one, which cannot be logged out here', async () => {
    openList();
    const items = await screen.findAllByRole('listitem');
    expect(items).toHaveLength(3);
    expect(within(items[0]).getByText('Chrome op Windows')).toBeInTheDocument();
    expect(within(items[0]).getByText('Dit apparaat')).toBeInTheDocument();
    expect(within(items[0]).queryByRole('button')).not.toBeInTheDocument();
    expect(within(items[1]).getByText('Safari op iOS')).toBeInTheDocument();
    expect(within(items[2]).getByText('Onbekend apparaat')).toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: /^Apparaat uitloggen dat laatst actief was op / })).toHaveLength(2);
  });

  it('logs out another device: it leaves the list and a message says so', async () => {
    const { calls } = openList();
    const button = await screen.findByRole('button', { name: 'Apparaat uitloggen dat laatst actief was op 21 nov 2026, 15:30' });
    expect(screen.getByText('Safari op iOS')).toBeInTheDocument();
    await setupUser().click(button);

    expect(await screen.findByText('Dat apparaat is uitgelogd.')).toBeInTheDocument();
    expect(screen.queryByText('Safari op iOS')).not.toBeInTheDocument();
    expect(screen.getAllByRole('listitem')).toHaveLength(2);
    expect(calls.filter((call) => call.method === 'DELETE').map((call) => call.path)).toEqual([`/api/auth/sessions/${phone.id}`]);
  });
});
