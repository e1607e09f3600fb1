import { screen, waitFor } from '@testing-library/react';
import { fakeApi, unauthenticated } from '../../../test/fake-api';
import { me, networkId } from '../../../test/fixtures';
import { renderApp } from '../../../test/render';
import { fillIn, setupUser } from '../../../test/user';
import { setLanguage } from '../../lib/i18n';
import { JoinPage } from './JoinPage';

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

function renderJoin() {
  return renderApp(
    [
      { path: '/join/:token', element: <JoinPage /> },
      { path: '/networks/:networkId', element: <h1>Netwerkpagina</h1> },
    ],
    `/join/${token}`,
  );
}

/** The API for a visitor who logs in as someone already in the network. */
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
  });
}

describe('join page', () => {
  beforeEach(() => setLanguage('nl'));

  it('shows the preview in Dutch time and lets a new person register and join in one step', async () => {
    const { calls } = fakeApi({
      'GET /api/auth/me': unauthenticated,
      [`GET /api/invitations/${token}`]: { body: preview },
      'POST /api/auth/register': ({ body }) => ({
        status: 201,
        body: { user: { ...me, displayName: (body as { displayName: string }).displayName }, joinedNetworkId: networkId },
      }),
    });
    renderJoin();

    expect(await screen.findByRole('heading', { name: preview.networkName })).toBeInTheDocument();
    expect(screen.getByText(/Fatima Benali nodigt je uit om mee te doen als Lid \(Inwoner of ervaringsdeskundige\)/)).toBeInTheDocument();
    // 11:00 UTC is 12:00 in Amsterdam in winter.
    expect(screen.getByText(/geldig tot .*12:00/)).toBeInTheDocument();
    expect(document.title).toBe(`Uitnodiging voor ${preview.networkName} · Broedplaats`);

    const user = setupUser();
    await fillIn(user, await screen.findByRole('textbox', { name: /Je naam/ }), 'Kees Jansen');
    await fillIn(user, screen.getByRole('textbox', { name: /E-mailadres/ }), 'kees@example.nl');
    await fillIn(user, screen.getByLabelText(/Wachtwoord/), 'een-lang-wachtwoord');
    expect(screen.getByText(/De leden van dit netwerk zien je naam/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Account maken en meedoen' }));

    expect(await screen.findByRole('heading', { name: 'Netwerkpagina' })).toBeInTheDocument();
    expect(calls.find((call) => call.path === '/api/auth/register')?.body).toMatchObject({
      invitationToken: token,
      displayName: 'Kees Jansen',
      language: 'nl',
    });
  });

  it('offers one Join button to someone who is signed in', async () => {
    const { calls } = fakeApi({
      'GET /api/auth/me': { body: me },
      [`GET /api/invitations/${token}`]: { body: preview },
      [`POST /api/invitations/${token}/accept`]: { body: { networkId } },
    });
    renderJoin();

    await setupUser().click(await screen.findByRole('button', { name: 'Meedoen' }));

    expect(await screen.findByRole('heading', { name: 'Netwerkpagina' })).toBeInTheDocument();
    expect(calls.some((call) => call.method === 'POST' && call.path === `/api/invitations/${token}/accept`)).toBe(true);
    expect(screen.queryByRole('button', { name: 'Account maken en meedoen' })).not.toBeInTheDocument();
  });

  it('explains in plain words that an expired invitation no longer works', async () => {
    fakeApi({
      'GET /api/auth/me': unauthenticated,
      [`GET /api/invitations/${token}`]: {
        status: 410,
        body: { error: { code: 'invitation_invalid', message: 'Invitation expired' } },
      },
    });
    renderJoin();

    const alert = (await screen.findByText('Deze uitnodiging werkt niet meer')).closest('[role="alert"]');
    expect(alert).toHaveTextContent('Deze uitnodiging werkt niet meer');
    expect(alert).toHaveTextContent('Vraag de persoon die je uitnodigde om een nieuwe link.');
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Account maken en meedoen' })).not.toBeInTheDocument());
  });

  it('tells a signed-in member they are in already, with a link to the network instead of a join button', async () => {
    const { calls } = fakeApi({
      'GET /api/auth/me': { body: me },
      [`GET /api/invitations/${token}`]: { body: { ...preview, alreadyMember: true } },
    });
    renderJoin();

    expect(await screen.findByText(`Je bent al lid van ${preview.networkName}.`)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Meedoen' })).not.toBeInTheDocument();
    await setupUser().click(screen.getByRole('link', { name: `Naar ${preview.networkName}` }));
    expect(await screen.findByRole('heading', { name: 'Netwerkpagina' })).toBeInTheDocument();
    expect(calls.some((call) => call.method === 'POST')).toBe(false);
  });

  it("lets a member log in on the invitation's own login tab and go straight to the network", async () => {
    const { calls } = memberSigningIn();
    renderApp(
      [
        { path: '/join/:token', element: <JoinPage /> },
        { path: '/networks/:networkId', element: <h1>Netwerkpagina</h1> },
      ],
      `/join/${token}`,
    );
    const user = setupUser();

    await user.click(await screen.findByRole('tab', { name: 'Ik heb al een account' }));
    await fillIn(user, await screen.findByRole('textbox', { name: /E-mailadres/ }), me.email);
    await fillIn(user, screen.getByLabelText(/Wachtwoord/), 'een-lang-wachtwoord');
    await user.click(screen.getByRole('button', { name: 'Inloggen en meedoen' }));

    expect(await screen.findByRole('heading', { name: 'Netwerkpagina' })).toBeInTheDocument();
    expect(calls.find((call) => call.path === '/api/auth/login')?.body).toMatchObject({ invitationToken: token });
  });
});
