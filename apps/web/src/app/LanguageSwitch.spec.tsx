import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeApi, unauthenticated } from '../../test/fake-api';
import { me } from '../../test/fixtures';
import { renderApp } from '../../test/render';
import { setLanguage } from '../lib/i18n';
import { useT } from '../lib/use-t';
import { LanguageSwitch } from './LanguageSwitch';

function Page() {
  const { t } = useT();
  return (
    <>
      <LanguageSwitch />
      <h1>{t('networks:mine.title')}</h1>
    </>
  );
}

describe('language switch', () => {
  beforeEach(() => setLanguage('nl'));

  it('turns the page English and sets <html lang>, and remembers the choice on this device', async () => {
    fakeApi({ 'GET /api/auth/me': unauthenticated });
    renderApp([{ path: '/', element: <Page /> }], '/');
    expect(screen.getByRole('heading', { name: 'Mijn netwerken' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('nl');

    await userEvent.click(screen.getByRole('button', { name: 'English' }));

    expect(await screen.findByRole('heading', { name: 'My networks' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
    expect(window.localStorage.getItem('broedplaats.language')).toBe('en');
    expect(screen.getByRole('button', { name: 'Nederlands' })).toHaveAttribute('lang', 'nl');
  });

  it('saves the choice in the profile when someone is signed in', async () => {
    const { calls } = fakeApi({
      'GET /api/auth/me': { body: me },
      'PATCH /api/auth/me': ({ body }) => ({ body: { ...me, ...(body as object) } }),
    });
    renderApp([{ path: '/', element: <Page /> }], '/');
    await waitFor(() => expect(calls.some((call) => call.path === '/api/auth/me')).toBe(true));

    await userEvent.click(screen.getByRole('button', { name: 'English' }));

    await waitFor(() => expect(calls.find((call) => call.method === 'PATCH')?.body).toEqual({ language: 'en' }));
    expect(await screen.findByRole('heading', { name: 'My networks' })).toBeInTheDocument();
  });
});
