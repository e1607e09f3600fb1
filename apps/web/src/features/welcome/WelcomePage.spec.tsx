import { screen, waitFor } from '@testing-library/react';
import { fakeApi, unauthenticated } from '../../../test/fake-api';
import { network, networkId, themes } from '../../../test/fixtures';
import { renderApp } from '../../../test/render';
import { setupUser } from '../../../test/user';
import { setLanguage } from '../../lib/i18n';
import { PublicNetworkPage } from './PublicNetworkPage';
import { WelcomePage } from './WelcomePage';

const instance = { name: 'Broedplaats', welcome: 'Welkom bij Broedplaats.' };
const open = network({ myRole: null, visibility: 'public', name: 'Samen tegen Eenzaamheid' });

describe('the front door', () => {
  beforeEach(() => setLanguage('nl'));

  it('tells a visitor what Broedplaats is, how to join, and shows public networks linking to their public profile', async () => {
    fakeApi({ 'GET /api/auth/me': unauthenticated, 'GET /api/public/networks': { body: { items: [open], total: 1, page: 1, pageSize: 6 } }, 'GET /api/instance': { body: instance } });
    renderApp([{ path: '/', element: <WelcomePage /> }], '/');
    expect(screen.getByRole('heading', { name: 'Samen leren in het sociaal domein', level: 1 })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Hoe doe je mee?' })).toBeInTheDocument();
    expect(screen.getByText(/met een uitnodiging/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Inloggen' })).toHaveAttribute('href', '/login');
    expect(screen.getByRole('link', { name: 'Account maken' })).toHaveAttribute('href', '/register');
    expect(await screen.findByRole('link', { name: 'Samen tegen Eenzaamheid' })).toHaveAttribute('href', `/openbaar/${networkId}`);
  });

  it('shows the instance’s own name and welcome text, and names the browser tab after it', async () => {
    fakeApi({
      'GET /api/auth/me': unauthenticated,
      'GET /api/public/networks': { body: { items: [], total: 0, page: 1, pageSize: 6 } },
      'GET /api/instance': { body: { name: 'Broedplaats Zeeland', welcome: 'Welkom in Zeeland.\nHier leren wijkteams samen.' } },
    });
    renderApp([{ path: '/', element: <WelcomePage /> }], '/');
    expect(await screen.findByText('Broedplaats Zeeland')).toBeInTheDocument();
    expect(screen.getByText(/Welkom in Zeeland\.\s+Hier leren wijkteams samen\./)).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe('Broedplaats Zeeland'));
  });

  it('searches public networks and says so when nothing matches', async () => {
    const { calls } = fakeApi({
      'GET /api/auth/me': unauthenticated,
      'GET /api/instance': { body: instance },
      'GET /api/public/networks': (call) => ({ body: { items: call.path.includes('q=hoge') ? [] : [open], total: call.path.includes('q=hoge') ? 0 : 1, page: 1, pageSize: 6 } }),
    });
    renderApp([{ path: '/', element: <WelcomePage /> }], '/');
    await screen.findByRole('link', { name: 'Samen tegen Eenzaamheid' });
    await setupUser().type(screen.getByRole('searchbox', { name: 'Zoek een netwerk' }), 'hoge');
    expect(await screen.findByText('Geen openbaar netwerk past bij "hoge".')).toBeInTheDocument();
    await waitFor(() => expect(calls.some((c) => c.path.startsWith('/api/public/networks?') && c.path.includes('q=hoge'))).toBe(true));
  });

  it('shows a visitor a public profile with how to join', async () => {
    fakeApi({ 'GET /api/auth/me': unauthenticated, 'GET /api/themes': { body: themes }, [`GET /api/public/networks/${networkId}`]: { body: open } });
    renderApp([{ path: '/openbaar/:networkId', element: <PublicNetworkPage /> }], `/openbaar/${networkId}`);
    expect(await screen.findByRole('heading', { name: 'Samen tegen Eenzaamheid', level: 1 })).toBeInTheDocument();
    expect(screen.getByText('Wil je meedoen?')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Over dit netwerk' })).toBeInTheDocument();
  });
});
