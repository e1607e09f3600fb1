import { screen } from '@testing-library/react';
import { fakeApi, unauthenticated } from '../../test/fake-api';
import { renderApp } from '../../test/render';
import { setupUser } from '../../test/user';
import { setLanguage } from '../lib/i18n';
import { PasswordField } from './PasswordField';

describe('password field', () => {
  beforeEach(() => setLanguage('nl'));

  it('has a show/hide button that Tab reaches and that says in Dutch what it does', async () => {
    fakeApi({ 'GET /api/auth/me': unauthenticated });
    renderApp([{ path: '/', element: <PasswordField label="Wachtwoord" /> }], '/');
    const user = setupUser();
    const input = screen.getByLabelText('Wachtwoord');
    await user.click(input);
    await user.keyboard('geheim');
    await user.tab();
    const toggle = screen.getByRole('button', { name: 'Laat zien wat je typt' });
    expect(toggle).toHaveFocus();
    expect(input).toHaveAttribute('type', 'password');
    await user.keyboard('{Enter}');
    expect(input).toHaveAttribute('type', 'text');
    expect(screen.getByRole('button', { name: 'Verberg wat je typt' })).toHaveAttribute('aria-pressed', 'true');
  });
});
