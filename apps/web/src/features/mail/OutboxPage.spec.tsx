import { screen } from '@testing-library/react';
import { fakeApi, forbidden } from '../../../test/fake-api';
import { renderApp } from '../../../test/render';
import { setupUser } from '../../../test/user';
import { setLanguage } from '../../lib/i18n';
import { OutboxPage } from './OutboxPage';

const mail = (n: number) => ({
  id: `77777777-7777-4777-8777-7777777777${String(n).padStart(2, '0')}`,
  to: `persoon${n}@example.nl`,
  subject: `Onderwerp ${n}`,
  text: `Hallo,\nopen https://broedplaats.test/reset/token-${n}`,
  createdAt: '2026-11-23T09:00:00.000Z',
});

describe('outbox page', () => {
  beforeEach(() => setLanguage('nl'));

  it('lists kept mail, opens one and pages on', async () => {
    const { calls } = fakeApi({
      'GET /api/admin/outbox': ({ path }) => {
        const page = Number(new URLSearchParams(path.split('?')[1]).get('page'));
        return { body: { items: [mail(page)], total: 21, page, pageSize: 20 } };
      },
    });
    renderApp([{ path: '/', element: <OutboxPage /> }], '/');
    const user = setupUser();
    await user.click(await screen.findByRole('button', { name: /Onderwerp 1/ }));
    expect(await screen.findByText(/reset\/token-1/)).toBeInTheDocument();
    expect(screen.getByText(/Aan persoon1@example.nl/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: /pagina 2/i }));
    expect(await screen.findByRole('button', { name: /Onderwerp 2/ })).toBeInTheDocument();
    expect(calls.map((c) => c.path)).toContain('/api/admin/outbox?page=2&pageSize=20');
  });

  it('says so when the person is not a platform admin', async () => {
    fakeApi({ 'GET /api/admin/outbox': forbidden });
    renderApp([{ path: '/', element: <OutboxPage /> }], '/');
    expect(await screen.findByRole('alert')).toBeInTheDocument();
  });
});
