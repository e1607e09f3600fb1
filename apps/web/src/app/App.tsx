import { useState } from 'react';
import { RouterProvider } from 'react-router-dom';
import { Providers } from './Providers';
import { createQueryClient } from './query-client';
import { createRouter } from './router';

export function App() {
  const [client] = useState(createQueryClient);
  const [router] = useState(createRouter);
  return (
    <Providers client={client}>
      <RouterProvider router={router} />
    </Providers>
  );
}
