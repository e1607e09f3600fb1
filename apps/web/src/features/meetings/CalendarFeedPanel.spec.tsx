import { screen, waitFor, within } from '@testing-library/react';
import { fakeApi } from '../../../test/fake-api';
import { networkId } from '../../../test/fixtures';
import { renderApp } from '../../../test/render';
import { setupUser } from '../../../test/user';
import { setLanguage } from '../../lib/i18n';
import { CalendarFeedPanel } from './CalendarFeedPanel';
import { DiscussedIn } from './DiscussedIn';
import { meetingDetail, uuid } from './test-data';

describe('the personal calendar feed on the profile page', () => {
  beforeEach(() => setLanguage('nl'));

  it('explains the feed, makes one and shows its address, and stops it after asking', async () => {
    let feed = { active: false, url: null as string | null };
    const { calls } = fakeApi({
      'GET /api/me/calendar-feed': () => ({ body: feed }),
      'POST /api/me/calendar-feed': () => ((feed = { active: true, url: 'https://broedplaats.example/api/calendar-feeds/abcdefghijklmnopqrstuvwxyz' }), { body: feed }),
      'DELETE /api/me/calendar-feed': () => ((feed = { active: false, url: null }), { status: 204 }),
    });
    renderApp([{ path: '/', element: <CalendarFeedPanel /> }], '/');
    const user = setupUser();
    const panel = await screen.findByRole('region', { name: 'Agenda-koppeling' });
    expect(panel).toHaveTextContent('in je eigen agenda-app');
    await within(panel).findByText('Je hebt nog geen agenda-koppeling.');
    await user.click(within(panel).getByRole('button', { name: 'Koppeling maken' }));
    expect(await within(panel).findByRole('textbox', { name: 'Adres van je agenda-koppeling' })).toHaveValue('https://broedplaats.example/api/calendar-feeds/abcdefghijklmnopqrstuvwxyz');
    expect(within(panel).getByRole('button', { name: 'Kopiëren' })).toBeInTheDocument();

    await user.click(within(panel).getByRole('button', { name: 'Koppeling stoppen' }));
    const dialog = await screen.findByRole('dialog', { name: 'Koppeling stoppen' });
    await user.click(within(dialog).getByRole('button', { name: 'Koppeling stoppen' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'DELETE')).toBe(true));
    expect(await within(panel).findByText('Je hebt nog geen agenda-koppeling.')).toBeInTheDocument();
  });
});

describe('"Besproken in" on a question', () => {
  beforeEach(() => setLanguage('nl'));

  it('lists the meetings that discuss the question, each a link', async () => {
    const { items: _i, rsvps: _r, attendance: _a, decisions: _d, actions: _ac, counts: _c, liveState: _l, description: _de, minutes: _m, sequence: _s, myRsvpNote: _n, ...summary } = meetingDetail();
    fakeApi({ [`GET /api/networks/${networkId}/questions/${uuid(70)}/meetings`]: { body: [summary] } });
    renderApp([{ path: '/', element: <DiscussedIn networkId={networkId} questionId={uuid(70)} /> }], '/');
    const part = await screen.findByRole('region', { name: 'Besproken in' });
    expect(within(part).getByRole('link', { name: 'Leerkring eenzaamheid' })).toHaveAttribute('href', `/networks/${networkId}/bijeenkomsten/${summary.id}`);
  });
});
