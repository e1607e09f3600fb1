import { useState } from 'react';
import { BrowserRouter, useRoutes } from 'react-router-dom';
import type { QueryClient } from '@tanstack/react-query';
import { Providers } from './Providers';
import { createQueryClient } from './query-client';
import { routes } from './router';

// The component router: the app uses none of the data router's loaders, actions or blockers, and
// leaving them out keeps about 16 KB gzip out of the first download.
export function AppRoutes() {
  return useRoutes(routes);
}

/** `client` is given when the page arrived prerendered: it must start as the prerender did. */
export function App({ client: given }: { client?: QueryClient }) {
  const [client] = useState(() => given ?? createQueryClient());
  return (
    <Providers client={client}>
      <BrowserRouter>
        <AppRoutes />
      </BrowserRouter>
    </Providers>
  );
}
