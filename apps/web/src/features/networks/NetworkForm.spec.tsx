import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeApi } from '../../../test/fake-api';
import { themes } from '../../../test/fixtures';
import { renderApp } from '../../../test/render';
import { ApiError } from '../../lib/api';
import { setLanguage } from '../../lib/i18n';
import { NetworkForm } from './NetworkForm';

function renderForm(onSubmit: jest.Mock) {
  fakeApi({ 'GET /api/themes': { body: themes } });
  return renderApp(
    [{ path: '/', element: <NetworkForm submitLabel="Netwerk maken" onSubmit={onSubmit} onCancel={() => undefined} /> }],
    '/',
  );
}

describe('network form', () => {
  beforeEach(() => setLanguage('nl'));

  it('shows the contract’s validation errors on the fields, in plain Dutch, and does not submit', async () => {
    const onSubmit = jest.fn();
    renderForm(onSubmit);
    await userEvent.type(screen.getByRole('textbox', { name: /Naam van het netwerk/ }), 'AB');
    await userEvent.click(screen.getByRole('button', { name: 'Netwerk maken' }));

    const name = screen.getByRole('textbox', { name: /Naam van het netwerk/ });
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveAccessibleDescription(/Gebruik minstens 3 tekens/);
    expect(screen.getByRole('combobox', { name: 'Provincie' })).toHaveAccessibleDescription(/Maak een keuze|Vul dit in/);
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('validates a partner row and shows the server’s field errors on the matching input', async () => {
    const onSubmit = jest.fn().mockRejectedValue(
      new ApiError(400, 'validation_failed', 'Bad input', { region: 'Too long' }),
    );
    renderForm(onSubmit);
    await userEvent.click(screen.getByRole('button', { name: 'Partner toevoegen' }));
    await userEvent.click(screen.getByRole('button', { name: 'Netwerk maken' }));
    expect(screen.getByRole('combobox', { name: 'Naam van partner 1' })).toHaveAttribute('aria-invalid', 'true');
    await userEvent.click(screen.getByRole('button', { name: 'Partner 1 weghalen' }));

    await userEvent.type(screen.getByRole('textbox', { name: /Naam van het netwerk/ }), 'Leernetwerk Almere');
    await userEvent.click(screen.getByRole('combobox', { name: 'Provincie' }));
    await userEvent.click(await screen.findByRole('option', { name: 'Flevoland' }));
    await userEvent.click(screen.getByRole('combobox', { name: 'Soort netwerk' }));
    await userEvent.click(await screen.findByRole('option', { name: 'Leernetwerk' }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Onderzoek' }));
    await userEvent.click(screen.getByRole('button', { name: 'Netwerk maken' }));

    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expect(onSubmit.mock.calls[0][0]).toMatchObject({
      name: 'Leernetwerk Almere', province: 'Flevoland', type: 'learning-network', focus: ['research'], startYear: null, partners: [],
    });
    const region = screen.getByRole('textbox', { name: /Regio of plaats/ });
    await waitFor(() => expect(region).toHaveAttribute('aria-invalid', 'true'));
    expect(region).toHaveAccessibleDescription(/Dit klopt niet/);
  });
});
