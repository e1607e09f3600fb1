import { screen, waitFor } from '@testing-library/react';
import { fakeApi } from '../../../test/fake-api';
import { me } from '../../../test/fixtures';
import { renderApp } from '../../../test/render';
import { fillIn, setupUser } from '../../../test/user';
import { setLanguage } from '../../lib/i18n';
import { ProfileForm } from './ProfileForm';

const renderForm = (who = { ...me, organisation: 'Gemeente Almere', bio: 'Wijkwerker.' }) => renderApp([{ path: '/', element: <ProfileForm me={who} /> }], '/');
const organisation = () => screen.getByRole('textbox', { name: 'Organisatie' });
const bio = () => screen.getByRole('textbox', { name: 'Over mij' });

describe('profile form: organisation and bio', () => {
  beforeEach(() => setLanguage('nl'));

  it('shows what is saved, and says who sees it', () => {
    fakeApi({});
    renderForm();
    expect(organisation()).toHaveValue('Gemeente Almere');
    expect(bio()).toHaveValue('Wijkwerker.');
    expect(bio()).toHaveAccessibleDescription(/Leden van jouw netwerken zien dit\. \(11 van 500 tekens\)/);
  });

  it('sends both, and shows them as the server stored them (trimmed)', async () => {
    const { calls } = fakeApi({
      'PATCH /api/auth/me': { body: { ...me, organisation: 'Hogeschool Utrecht', bio: 'Docent.\n\nIk begeleid leernetwerken.' } },
    });
    renderForm();
    const user = setupUser();
    await user.clear(organisation());
    await fillIn(user, organisation(), '  Hogeschool Utrecht ');
    await user.clear(bio());
    await fillIn(user, bio(), 'Docent.\n\nIk begeleid leernetwerken.  ');
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));

    expect(await screen.findByText('Je gegevens zijn opgeslagen.')).toBeInTheDocument();
    expect(calls.find((c) => c.method === 'PATCH')?.body).toEqual({
      displayName: me.displayName, language: 'nl', organisation: '  Hogeschool Utrecht ', bio: 'Docent.\n\nIk begeleid leernetwerken.  ',
    });
    await waitFor(() => expect(organisation()).toHaveValue('Hogeschool Utrecht'));
  });

  it('says in plain words when a text is too long, and sends nothing', async () => {
    const { calls } = fakeApi({});
    renderForm();
    const user = setupUser();
    await user.clear(organisation());
    await fillIn(user, organisation(), 'x'.repeat(121));
    await user.clear(bio());
    await fillIn(user, bio(), 'y'.repeat(501));
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    await waitFor(() => expect(organisation()).toHaveAttribute('aria-invalid', 'true'));
    expect(organisation()).toHaveAccessibleDescription(/Gebruik hoogstens 120 tekens/);
    expect(bio()).toHaveAccessibleDescription(/Gebruik hoogstens 500 tekens/);
    expect(calls.filter((c) => c.method === 'PATCH')).toEqual([]);
  });

  it('speaks English too', async () => {
    await setLanguage('en');
    fakeApi({});
    renderForm({ ...me, organisation: '', bio: '' });
    expect(screen.getByRole('textbox', { name: 'Organisation' })).toHaveValue('');
    expect(screen.getByRole('textbox', { name: 'About me' })).toHaveAccessibleDescription(/Members of your networks see this\. \(0 of 500 characters\)/);
  });
});
