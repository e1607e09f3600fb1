import { screen, waitFor } from '@testing-library/react';
import { useQuery } from '@tanstack/react-query';
import { deferred, fakeApi, unauthenticated } from '../../../test/fake-api';
import { me } from '../../../test/fixtures';
import { renderApp } from '../../../test/render';
import { RequireAuth } from './RequireAuth';

/** A page behind sign-in that asks the API for its own data. */
function Page() {
  const data = useQuery({ queryKey: ['page'], queryFn: () => fetch('/api/page').then((r) => r.text()) });
  return <h1>{data.data ? 'Mijn pagina' : 'Bezig'}</h1>;
}

const routes = [
  { path: '/page', element: <RequireAuth><Page /></RequireAuth> },
  { path: '/login', element: <h1>Inlogpagina</h1> },
];

describe('RequireAuth', () => {
  it('asks for the data of the page while it is still asked who is signed in, and shows the page only once that is known', async () => {
    const answer = deferred<{ body: unknown }>();
    const { calls } = fakeApi({ 'GET /api/auth/me': () => answer.promise, 'GET /api/page': { body: 'ok' } });
    renderApp(routes, '/page');
    await waitFor(() => expect(calls.map((c) => c.path).sort()).toEqual(['/api/auth/me', '/api/page']));
    expect(screen.getByRole('status')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Mijn pagina' })).not.toBeInTheDocument();

    answer.resolve({ body: me });
    expect(await screen.findByRole('heading', { name: 'Mijn pagina' })).toBeVisible();
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  it('sends a visitor to the login page, whatever the own request of the page answered', async () => {
    fakeApi({ 'GET /api/auth/me': unauthenticated, 'GET /api/page': unauthenticated });
    renderApp(routes, '/page');
    expect(await screen.findByRole('heading', { name: 'Inlogpagina' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: /Mijn pagina|Bezig/, hidden: true })).not.toBeInTheDocument();
  });
});
