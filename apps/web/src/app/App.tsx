import { useState } from 'react';
import { BrowserRouter, useRoutes } from 'react-router-dom';
import { Providers } from './Providers';
import { createQueryClient } from './query-client';
import { routes } from './router';

// The component router: the app uses none of the data router's loaders, actions or blockers, and
// leaving them out keeps about 16 KB gzip out of the first download.
function AppRoutes() {
  return useRoutes(routes);
}

export function App() {
  const [client] = useState(createQueryClient);
  return (
    <Providers client={client}>
      <BrowserRouter>
        <AppRoutes />
      </BrowserRouter>
    </Providers>
  );
}
