import { screen, waitFor } from '@testing-library/react';
import { deferred, fakeApi, unauthenticated } from '../../../test/fake-api';
import { renderApp } from '../../../test/render';
import { fillIn, setupUser } from '../../../test/user';
import { setLanguage } from '../../lib/i18n';
import { ForgotPasswordPage } from './ForgotPasswordPage';
import { LoginPage } from './LoginPage';
import { ResetPasswordPage } from './ResetPasswordPage';

const token = 'reset_abcdefghijklmnopqrstuvwxyz';
const pages = [
  { path: '/login', element: <LoginPage /> },
  { path: '/forgot-password', element: <ForgotPasswordPage /> },
  { path: '/reset/:token', element: <ResetPasswordPage /> },
];

describe('forgotten password', () => {
  beforeEach(() => setLanguage('nl'));

  it('goes from the login page to the request form and says to look in the mail', async () => {
    const answer = deferred<{ status: number }>();
    const { calls } = fakeApi({ 'GET /api/auth/me': unauthenticated, 'POST /api/auth/password-reset': () => answer.promise });
    renderApp(pages, '/login');
    const user = setupUser();
    await user.click(await screen.findByRole('link', { name: 'Wachtwoord vergeten?' }));
    expect(await screen.findByRole('heading', { name: 'Wachtwoord vergeten?' })).toBeInTheDocument();

    await fillIn(user, screen.getByRole('textbox', { name: /E-mailadres/ }), 'Anna@Example.nl');
    await user.click(screen.getByRole('button', { name: 'Stuur mij een link' }));
    expect(await screen.findByRole('button', { name: 'Stuur mij een link' })).toHaveAttribute('data-loading');
    answer.resolve({ status: 202 });

    expect(await screen.findByRole('status')).toHaveTextContent('Heeft Anna@Example.nl een account?');
    expect(calls.find((c) => c.path === '/api/auth/password-reset')?.body).toEqual({ email: 'Anna@Example.nl' });
  });

  it('refuses a short password before asking the server', async () => {
    const { calls } = fakeApi({ 'GET /api/auth/me': unauthenticated });
    renderApp(pages, `/reset/${token}`);
    const user = setupUser();
    await fillIn(user, await screen.findByLabelText(/Nieuw wachtwoord/, { selector: 'input' }), 'kort');
    await user.click(screen.getByRole('button', { name: 'Wachtwoord opslaan' }));
    const input = screen.getByLabelText(/Nieuw wachtwoord/, { selector: 'input' });
    await waitFor(() => expect(input).toHaveAttribute('aria-invalid', 'true'));
    expect(calls.filter((c) => c.path === '/api/auth/password-reset/complete')).toEqual([]);
  });

  it('sets the new password with the token from the link, then points to login', async () => {
    const { calls } = fakeApi({ 'GET /api/auth/me': unauthenticated, 'POST /api/auth/password-reset/complete': { status: 204 } });
    renderApp(pages, `/reset/${token}`);
    const user = setupUser();
    await fillIn(user, await screen.findByLabelText(/Nieuw wachtwoord/, { selector: 'input' }), 'een-nieuw-lang-wachtwoord');
    await user.click(screen.getByRole('button', { name: 'Wachtwoord opslaan' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Je nieuwe wachtwoord is opgeslagen');
    expect(calls.find((c) => c.path === '/api/auth/password-reset/complete')?.body).toEqual({ token, newPassword: 'een-nieuw-lang-wachtwoord' });
    expect(screen.getByRole('link', { name: 'Naar inloggen' })).toHaveAttribute('href', '/login');
  });

  it('says when the link no longer works, in English too, and offers a new one', async () => {
    setLanguage('en');
    fakeApi({
      'GET /api/auth/me': unauthenticated,
      'POST /api/auth/password-reset/complete': { status: 410, body: { error: { code: 'reset_invalid', message: 'used' } } },
    });
    renderApp(pages, `/reset/${token}`);
    const user = setupUser();
    await fillIn(user, await screen.findByLabelText(/New password/, { selector: 'input' }), 'een-nieuw-lang-wachtwoord');
    await user.click(screen.getByRole('button', { name: 'Save password' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('This reset link no longer works');
    expect(screen.getByRole('link', { name: 'Ask for a new link.' })).toHaveAttribute('href', '/forgot-password');
  });
});
