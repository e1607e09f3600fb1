import type { ReactNode } from 'react';
import { screen } from '@testing-library/react';
import { fakeApi, unauthenticated } from '../../test/fake-api';
import { me, networkId } from '../../test/fixtures';
import { renderApp } from '../../test/render';
import { fillIn, setupUser } from '../../test/user';
import { LoginPage } from '../features/auth/LoginPage';
import { RegisterPage } from '../features/auth/RegisterPage';
import { JoinPage } from '../features/invitations/JoinPage';
import { setLanguage } from '../lib/i18n';
import { UserMenu } from './UserMenu';

const token = 'tok_abcdefghijklmnop';
const preview = {
  networkId,
  networkName: 'Leernetwerk Vroegsignalering Almere',
  province: 'Flevoland',
  role: 'member',
  category: 'citizen',
  expiresAt: '2026-12-01T11:00:00.000Z',
  invitedByName: 'Fatima Benali',
  alreadyMember: false,
};

/** The join page with the header's login button, and the login and register pages it leads to. */
function renderWithHeader() {
  const withHeader = (page: ReactNode) => (
    <>
      <UserMenu />
      {page}
    </>
  );
  return renderApp(
    [
      { path: '/join/:token', element: withHeader(<JoinPage />) },
      { path: '/login', element: withHeader(<LoginPage />) },
      { path: '/register', element: withHeader(<RegisterPage />) },
      { path: '/networks', element: <h1>Mijn netwerken</h1> },
    ],
    `/join/${token}`,
  );
}

/** The API for a visitor who logs in (or registers) as someone already in the network. */
function memberSigningIn() {
  let signedIn = false;
  const signIn = () => {
    signedIn = true;
    return { body: { user: me, joinedNetworkId: null } };
  };
  return fakeApi({
    'GET /api/auth/me': () => (signedIn ? { body: me } : unauthenticated),
    [`GET /api/invitations/${token}`]: () => ({ body: { ...preview, alreadyMember: signedIn } }),
    'POST /api/auth/login': signIn,
    'POST /api/auth/register': () => ({ status: 201, ...signIn() }),
  });
}

describe("the header's login button on an invitation", () => {
  beforeEach(() => setLanguage('nl'));

  it('leads to the plain login page elsewhere', async () => {
    fakeApi({ 'GET /api/auth/me': unauthenticated });
    renderApp([{ path: '/networks', element: <UserMenu /> }], '/networks');
    expect(await screen.findByRole('link', { name: 'Inloggen' })).toHaveAttribute('href', '/login');
  });

  it("brings someone who logs in from the header back to the invitation, which now knows they are in", async () => {
    const { calls } = memberSigningIn();
    renderWithHeader();
    const user = setupUser();

    await screen.findByRole('heading', { name: preview.networkName });
    await user.click(screen.getByRole('link', { name: 'Inloggen' }));
    await fillIn(user, await screen.findByRole('textbox', { name: /E-mailadres/ }), me.email);
    await fillIn(user, screen.getByLabelText(/Wachtwoord/), 'een-lang-wachtwoord');
    await user.click(screen.getByRole('button', { name: 'Inloggen' }));

    expect(await screen.findByText(`Je bent al lid van ${preview.networkName}.`)).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Mijn netwerken' })).not.toBeInTheDocument();
    // A plain login, not a join: the header's login page knows nothing of the invitation.
    expect(calls.find((call) => call.path === '/api/auth/login')?.body).not.toHaveProperty('invitationToken');
  });

  it('brings someone who goes on from the login page to register back to the invitation too', async () => {
    memberSigningIn();
    renderWithHeader();
    const user = setupUser();

    await screen.findByRole('heading', { name: preview.networkName });
    await user.click(screen.getByRole('link', { name: 'Inloggen' }));
    await user.click(await screen.findByRole('link', { name: 'Maak een account' }));
    await fillIn(user, await screen.findByRole('textbox', { name: /Je naam/ }), me.displayName);
    await fillIn(user, screen.getByRole('textbox', { name: /E-mailadres/ }), me.email);
    await fillIn(user, screen.getByLabelText(/Wachtwoord/), 'een-lang-wachtwoord');
    await user.click(screen.getByRole('button', { name: 'Account maken' }));

    expect(await screen.findByText(`Je bent al lid van ${preview.networkName}.`)).toBeInTheDocument();
  });
});
