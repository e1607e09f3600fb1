import { screen, waitFor } from '@testing-library/react';
import { fakeApi } from '../../../test/fake-api';
import { invitation, networkId } from '../../../test/fixtures';
import { renderApp } from '../../../test/render';
import { fillIn, setupUser } from '../../../test/user';
import { setLanguage } from '../../lib/i18n';
import { addressesIn, InviteByEmailForm } from './InviteByEmailForm';

const path = `/api/networks/${networkId}/invitations/email`;
const renderForm = () => renderApp([{ path: '/', element: <InviteByEmailForm networkId={networkId} /> }], '/');

describe('invite by e-mail form', () => {
  beforeEach(() => setLanguage('nl'));

  it('reads one address a line, or split by commas, without doubles', () => {
    expect(addressesIn(' Bea@example.nl\nsem@example.nl, bea@example.nl;\n\n')).toEqual(['bea@example.nl', 'sem@example.nl']);
  });

  it('sends every address with the chosen category and the personal message', async () => {
    const { calls } = fakeApi({ [`POST ${path}`]: { status: 201, body: { invitations: [invitation('66666666-6666-4666-8666-666666666661'), invitation('66666666-6666-4666-8666-666666666662')] } } });
    renderForm();
    const user = setupUser();
    await fillIn(user, screen.getByRole('textbox', { name: /E-mailadressen/ }), 'bea@example.nl\nsem@example.nl');
    await user.click(screen.getByRole('combobox', { name: /Wie nodig je uit/ }));
    await user.click(await screen.findByRole('option', { name: 'Inwoner of ervaringsdeskundige' }));
    await fillIn(user, screen.getByRole('textbox', { name: /Persoonlijk bericht/ }), 'Fijn als je meedoet!');
    await user.click(screen.getByRole('button', { name: 'Uitnodigingen versturen' }));

    expect(await screen.findByText('2 uitnodigingen zijn verstuurd.')).toBeInTheDocument();
    expect(calls.find((c) => c.path === path)?.body).toEqual({
      invitees: [{ email: 'bea@example.nl', category: 'citizen' }, { email: 'sem@example.nl', category: 'citizen' }],
      message: 'Fijn als je meedoet!',
    });
  });

  it('lets each address get its own category, the others keeping the one chosen for all', async () => {
    const { calls } = fakeApi({ [`POST ${path}`]: { status: 201, body: { invitations: [invitation('66666666-6666-4666-8666-666666666661')] } } });
    renderForm();
    const user = setupUser();
    await fillIn(user, screen.getByRole('textbox', { name: /E-mailadressen/ }), 'bea@example.nl');
    expect(screen.queryByRole('combobox', { name: /Wie is bea@example.nl/ })).not.toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: /E-mailadressen/ }), '\nsem@example.nl\nlot@example.nl');
    await user.click(screen.getByRole('combobox', { name: /Wie nodig je uit/ }));
    await user.click(await screen.findByRole('option', { name: 'Inwoner of ervaringsdeskundige' }));
    expect(screen.getByRole('combobox', { name: 'Wie is sem@example.nl?' })).toHaveValue('Inwoner of ervaringsdeskundige');
    await user.click(screen.getByRole('combobox', { name: 'Wie is sem@example.nl?' }));
    await user.click(await screen.findByRole('option', { name: 'Professional' }));
    await user.click(screen.getByRole('button', { name: 'Uitnodigingen versturen' }));

    await screen.findByText('1 uitnodiging is verstuurd.');
    expect(calls.find((c) => c.path === path)?.body).toMatchObject({
      invitees: [
        { email: 'bea@example.nl', category: 'citizen' },
        { email: 'sem@example.nl', category: 'professional' },
        { email: 'lot@example.nl', category: 'citizen' },
      ],
    });
    // Sent: the form is empty again, per-address choices included.
    await waitFor(() => expect(screen.queryByRole('combobox', { name: /Wie is / })).not.toBeInTheDocument());
  });

  it('names an address that is not one, and sends nothing', async () => {
    const { calls } = fakeApi({});
    renderForm();
    const user = setupUser();
    const addresses = screen.getByRole('textbox', { name: /E-mailadressen/ });
    await fillIn(user, addresses, 'bea@example.nl\ngeen-adres');
    await user.click(screen.getByRole('button', { name: 'Uitnodigingen versturen' }));
    await waitFor(() => expect(addresses).toHaveAccessibleDescription(/Dit adres klopt niet: geen-adres/));
    expect(calls.filter((c) => c.path === path)).toEqual([]);
  });
});
