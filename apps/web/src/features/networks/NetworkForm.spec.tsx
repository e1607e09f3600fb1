import { screen, waitFor } from '@testing-library/react';
import { fakeApi } from '../../../test/fake-api';
import { themes } from '../../../test/fixtures';
import { renderApp } from '../../../test/render';
import { fillIn, setupUser } from '../../../test/user';
import { ApiError } from '../../lib/api';
import { setLanguage } from '../../lib/i18n';
import { NetworkForm } from './NetworkForm';

// The whole form renders again on every change and focus (tens of milliseconds each in jsdom, more on
// busy cores), so texts go in with fillIn, in one change each, and no step waits for a timer.
function renderForm(onSubmit: jest.Mock) {
  fakeApi({ 'GET /api/themes': { body: themes } });
  renderApp(
    [{ path: '/', element: <NetworkForm submitLabel="Netwerk maken" onSubmit={onSubmit} onCancel={() => undefined} /> }],
    '/',
  );
  return setupUser();
}

const nameInput = () => screen.getByRole('textbox', { name: /Naam van het netwerk/ });

describe('network form', () => {
  beforeEach(() => setLanguage('nl'));

  it('shows the contract’s validation errors on the fields, in plain Dutch, and does not submit', async () => {
    const onSubmit = jest.fn();
    const user = renderForm(onSubmit);
    await fillIn(user, nameInput(), 'AB');
    await user.click(screen.getByRole('button', { name: 'Netwerk maken' }));

    expect(nameInput()).toHaveAttribute('aria-invalid', 'true');
    expect(nameInput()).toHaveAccessibleDescription(/Gebruik minstens 3 tekens/);
    expect(screen.getByRole('combobox', { name: 'Provincie' })).toHaveAccessibleDescription(/Maak een keuze|Vul dit in/);
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('validates a partner row, and lets it be taken away again', async () => {
    const user = renderForm(jest.fn());
    await user.click(screen.getByRole('button', { name: 'Partner toevoegen' }));
    await user.click(screen.getByRole('button', { name: 'Netwerk maken' }));
    expect(screen.getByRole('combobox', { name: 'Naam van partner 1' })).toHaveAttribute('aria-invalid', 'true');

    await user.click(screen.getByRole('button', { name: 'Partner 1 weghalen' }));
    expect(screen.queryByRole('combobox', { name: 'Naam van partner 1' })).not.toBeInTheDocument();
    expect(screen.getByText('Nog geen partners toegevoegd.')).toBeInTheDocument();
  });

  it('sends what was picked, as the contract’s body, and shows the server’s field errors on the matching input', async () => {
    const onSubmit = jest.fn().mockRejectedValue(new ApiError(400, 'validation_failed', 'Bad input', { region: 'Too long' }));
    const user = renderForm(onSubmit);
    await fillIn(user, nameInput(), 'Leernetwerk Almere');
    await user.click(screen.getByRole('combobox', { name: 'Provincie' }));
    await user.click(await screen.findByRole('option', { name: 'Flevoland' }));
    await user.click(screen.getByRole('combobox', { name: 'Soort netwerk' }));
    await user.click(await screen.findByRole('option', { name: 'Leernetwerk' }));
    await user.click(screen.getByRole('checkbox', { name: 'Onderzoek' }));
    await user.click(screen.getByRole('button', { name: 'Netwerk maken' }));

    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expect(onSubmit.mock.calls[0][0]).toMatchObject({
      name: 'Leernetwerk Almere', province: 'Flevoland', type: 'learning-network', focus: ['research'], startYear: null, partners: [],
    });
    const region = screen.getByRole('textbox', { name: /Regio of plaats/ });
    await waitFor(() => expect(region).toHaveAttribute('aria-invalid', 'true'));
    expect(region).toHaveAccessibleDescription(/Dit klopt niet/);
  });
});
