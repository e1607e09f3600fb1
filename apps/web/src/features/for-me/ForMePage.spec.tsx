import { screen, within } from '@testing-library/react';
import { fakeApi } from '../../../test/fake-api';
import { network } from '../../../test/fixtures';
import { renderApp } from '../../../test/render';
import { setLanguage } from '../../lib/i18n';
import { homeSection } from '../../lib/sections';
import { notification, notificationsServer } from '../notifications/test-notifications';
import { ForMePage } from './ForMePage';

const almere = network({ id: '00000000-0000-4000-8000-000000000001', name: 'Almere' });
const utrecht = network({ id: '00000000-0000-4000-8000-000000000002', name: 'Utrecht' });
const part = (id: string) => homeSection({ id, label: 'forMe:title', load: async () => () => <p>{`part ${id}`}</p> });

function open(news: Record<string, number>, items = [notification(2), notification(1, { kind: 'network.restored', readAt: '2026-11-20T11:00:00.000Z' })]) {
  const server = notificationsServer(items);
  const api = fakeApi({
    ...server.routes,
    'GET /api/me/network-news': { body: Object.entries(news).map(([networkId, newCount]) => ({ networkId, newCount })) },
    [`GET /api/networks/${almere.id}`]: { body: almere },
    [`GET /api/networks/${utrecht.id}`]: { body: utrecht },
  });
  renderApp([{ path: '/voor-mij', element: <ForMePage /> }], '/voor-mij', { sections: { network: [], home: [part('agenda'), part('meetings')], question: [] } });
  return api;
}

describe('Voor mij', () => {
  beforeEach(() => setLanguage('nl'));

  it('shows what is new for me, which networks have news, then the parts capabilities add', async () => {
    const { calls } = open({ [almere.id]: 3, [utrecht.id]: 0 });
    expect(screen.getByRole('heading', { level: 1, name: 'Voor mij' })).toBeInTheDocument();
    const mine = screen.getByRole('region', { name: 'Nieuw voor jou' });
    const lines = within(await within(mine).findByRole('list', { name: 'Meldingen, nieuwste eerst' })).getAllByRole('listitem');
    // Only what I have not read.
    expect(lines.map((li) => within(li).getByRole('link').textContent)).toEqual(['Fenna heeft Almere gearchiveerd']);
    expect(calls.find((c) => c.path.startsWith('/api/me/notifications?'))?.path).toContain('unread=true');
    expect(within(mine).getByRole('link', { name: 'Alle meldingen' })).toHaveAttribute('href', '/meldingen');

    const news = screen.getByRole('region', { name: 'Nieuws in je netwerken' });
    const withNews = within(await within(news).findByRole('list', { name: 'Netwerken met nieuws sinds je laatste bezoek' }));
    expect(await withNews.findByRole('link', { name: 'Almere' })).toHaveAttribute('href', `/networks/${almere.id}`);
    expect(withNews.getByLabelText('3 nieuwe gebeurtenissen sinds je laatste bezoek')).toBeInTheDocument();
    expect(withNews.queryByRole('link', { name: 'Utrecht' })).not.toBeInTheDocument();

    expect(await screen.findByText('part agenda')).toBeInTheDocument();
    expect(screen.getAllByText(/^part /).map((element) => element.textContent)).toEqual(['part agenda', 'part meetings']);
  });

  it('says so when there is nothing new, in English too', async () => {
    setLanguage('en');
    open({ [almere.id]: 0 }, []);
    expect(await screen.findByText('Nothing new for you. Good!')).toBeInTheDocument();
    expect(await screen.findByText('Nothing new in your networks since your last visit.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'For me' })).toBeInTheDocument();
  });
});
