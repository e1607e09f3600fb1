import { screen } from '@testing-library/react';
import { fakeApi } from '../../test/fake-api';
import { renderApp } from '../../test/render';
import { setupUser } from '../../test/user';
import { setLanguage } from '../lib/i18n';
import { UserMenu } from './UserMenu';

const me = (isPlatformAdmin: boolean) => ({ id: '11111111-1111-4111-8111-111111111111', email: 'a@example.nl', displayName: 'Anna', language: 'nl', isPlatformAdmin, organisation: '', bio: '' });

describe('account menu', () => {
  beforeEach(() => setLanguage('nl'));

  it.each([
    [true, 1],
    [false, 0],
  ])('links to /beheer only for platform admins (admin: %s)', async (isPlatformAdmin, links) => {
    fakeApi({ 'GET /api/auth/me': { body: me(isPlatformAdmin) } });
    renderApp([{ path: '/', element: <UserMenu /> }], '/');
    const user = setupUser();
    // The menu is its own download after the first paint: allow it the time a busy machine needs.
    await user.click(await screen.findByRole('button', { name: /Anna/ }, { timeout: 4000 }));
    expect(await screen.findByRole('menuitem', { name: 'Mijn profiel' })).toBeInTheDocument();
    const found = screen.queryAllByRole('menuitem', { name: 'Beheer' });
    expect(found).toHaveLength(links);
    if (links) expect(found[0]).toHaveAttribute('href', '/beheer');
  });
});
