import { screen, waitFor } from '@testing-library/react';
import { fakeApi } from '../../../test/fake-api';
import { renderApp } from '../../../test/render';
import { fillIn, setupUser } from '../../../test/user';
import { setLanguage } from '../../lib/i18n';
import { PasswordForm } from './PasswordForm';

const renderForm = () => renderApp([{ path: '/', element: <PasswordForm /> }], '/');

async function fill(current: string, next: string, repeat: string) {
  const user = setupUser();
  await fillIn(user, screen.getByLabelText(/Huidig wachtwoord/), current);
  await fillIn(user, screen.getByLabelText(/^Nieuw wachtwoord(?! nog)/), next);
  await fillIn(user, screen.getByLabelText(/Nieuw wachtwoord nog een keer/), repeat);
  await user.click(screen.getByRole('button', { name: 'Nieuw wachtwoord opslaan' }));
}

describe('change password form', () => {
  beforeEach(() => setLanguage('nl'));

  it('says when the repeated password differs, and sends nothing', async () => {
    const { calls } = fakeApi({});
    renderForm();
    await fill('mijn-oude-wachtwoord', 'een-nieuw-wachtwoord', 'een-ander-wachtwoord');
    const repeat = screen.getByLabelText(/Nieuw wachtwoord nog een keer/);
    expect(repeat).toHaveAttribute('aria-invalid', 'true');
    expect(repeat).toHaveAccessibleDescription(/De twee nieuwe wachtwoorden zijn niet hetzelfde/);
    expect(calls).toHaveLength(0);
  });

  it('shows the server’s “wrong current password” on that field', async () => {
    const { calls } = fakeApi({
      'POST /api/auth/password': {
        status: 400,
        body: { error: { code: 'validation_failed', message: 'Bad input', fields: { currentPassword: 'This is not your current password' } } },
      },
    });
    renderForm();
    await fill('een-gok-van-mij', 'een-nieuw-wachtwoord', 'een-nieuw-wachtwoord');
    const current = screen.getByLabelText(/Huidig wachtwoord/);
    await waitFor(() => expect(current).toHaveAttribute('aria-invalid', 'true'));
    expect(current).toHaveAccessibleDescription(/Dit is niet je huidige wachtwoord/);
    expect(calls.find((c) => c.path === '/api/auth/password')?.body).toEqual({ currentPassword: 'een-gok-van-mij', newPassword: 'een-nieuw-wachtwoord' });
  });

  it('sends the change and empties the form when it worked', async () => {
    fakeApi({ 'POST /api/auth/password': { status: 204 } });
    renderForm();
    await fill('mijn-oude-wachtwoord', 'een-nieuw-wachtwoord', 'een-nieuw-wachtwoord');
    expect(await screen.findByText(/Je wachtwoord is gewijzigd/)).toBeInTheDocument();
    expect(screen.getByLabelText(/Huidig wachtwoord/)).toHaveValue('');
  });
});
