import type { ReactNode } from 'react';
import { render } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { testClient } from './hooks';
import { Providers } from '../src/app/Providers';
import type { SectionRegistry } from '../src/lib/sections';

/** Renders with the real providers, a fresh cache and an in-memory router at `path`; `sections` replaces the app's page parts. */
export function renderApp(routes: { path: string; element: ReactNode }[], path: string, options: { sections?: SectionRegistry } = {}) {
  const client = testClient();
  const result = render(
    <Providers client={client} env="test" sections={options.sections}>
      <MemoryRouter initialEntries={[path]}>
        <Routes>
          {routes.map((route) => (
            <Route key={route.path} path={route.path} element={route.element} />
          ))}
        </Routes>
      </MemoryRouter>
    </Providers>,
  );
  return { ...result, client };
}
