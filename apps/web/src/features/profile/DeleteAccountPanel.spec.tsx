import { screen, waitFor } from '@testing-library/react';
import { fakeApi } from '../../../test/fake-api';
import { renderApp } from '../../../test/render';
import { fillIn, setupUser } from '../../../test/user';
import { setLanguage } from '../../lib/i18n';
import { DeleteAccountPanel } from './DeleteAccountPanel';

const renderPanel = () =>
  renderApp(
    [
      { path: '/profile', element: <DeleteAccountPanel /> },
      { path: '/login', element: <h1>Inlogpagina</h1> },
    ],
    '/profile',
  );

async function askToDelete(password = 'mijn-lange-wachtwoord') {
  const user = setupUser();
  await fillIn(user, screen.getByLabelText(/Huidig wachtwoord/, { selector: 'input' }), password);
  await user.click(screen.getByRole('button', { name: 'Account verwijderen' }));
  return user;
}

describe('delete account panel', () => {
  beforeEach(() => setLanguage('nl'));

  it('asks once more with the focus on cancel, and cancelling deletes nothing', async () => {
    const { calls } = fakeApi({});
    renderPanel();
    const user = await askToDelete();
    const dialog = await screen.findByRole('dialog', { name: 'Weet je het zeker?' });
    await waitFor(() => expect(screen.getByRole('button', { name: 'Annuleren' })).toHaveFocus());
    expect(dialog).toHaveTextContent('voorgoed verwijderd');
    await user.click(screen.getByRole('button', { name: 'Annuleren' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(calls.filter((c) => c.path === '/api/auth/me/delete')).toEqual([]);
  });

  it('deletes with the password and goes to the login page', async () => {
    const { calls } = fakeApi({ 'POST /api/auth/me/delete': { status: 204 } });
    renderPanel();
    const user = await askToDelete();
    await user.click(await screen.findByRole('button', { name: 'Ja, verwijder mijn account' }));
    expect(await screen.findByRole('heading', { name: 'Inlogpagina' })).toBeInTheDocument();
    expect(calls.find((c) => c.path === '/api/auth/me/delete')?.body).toEqual({ password: 'mijn-lange-wachtwoord' });
  });

  it('names the networks to hand over when the person is their only facilitator', async () => {
    fakeApi({
      'POST /api/auth/me/delete': {
        status: 409,
        body: { error: { code: 'last_facilitator', message: 'Hand over first', fields: { 'id-1': 'Samen tegen Eenzaamheid', 'id-2': 'Leernetwerk Almere' } } },
      },
    });
    renderPanel();
    const user = await askToDelete();
    await user.click(await screen.findByRole('button', { name: 'Ja, verwijder mijn account' }));
    const alert = await screen.findByRole('alert', { name: 'Geef eerst de begeleiding door' });
    expect(alert).toHaveTextContent('Samen tegen Eenzaamheid');
    expect(alert).toHaveTextContent('Leernetwerk Almere');
    expect(screen.queryByRole('heading', { name: 'Inlogpagina' })).not.toBeInTheDocument();
  });

  it('marks a wrong password on its field', async () => {
    fakeApi({
      'POST /api/auth/me/delete': { status: 400, body: { error: { code: 'validation_failed', message: 'Bad', fields: { password: 'This is not your current password' } } } },
    });
    renderPanel();
    const user = await askToDelete('een-gok');
    await user.click(await screen.findByRole('button', { name: 'Ja, verwijder mijn account' }));
    const input = screen.getByLabelText(/Huidig wachtwoord/, { selector: 'input' });
    await waitFor(() => expect(input).toHaveAttribute('aria-invalid', 'true'));
    expect(input).toHaveAccessibleDescription(/Dit is niet je huidige wachtwoord/);
  });
});
