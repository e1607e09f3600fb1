import { onlineManager, QueryClient } from '@tanstack/react-query';
import { isApiError } from '../lib/api';

/** Client errors (4xx) will not change on retry; only network trouble and 5xx are tried again. */
export function createQueryClient(): QueryClient {
  // A page loaded without a network (a document, from the service worker) must know it is offline from the
  // start: requests wait instead of failing, and go out when the browser says it is back.
  if (typeof navigator !== 'undefined' && navigator.onLine === false) onlineManager.setOnline(false);
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        retry: (count, error) => count < 2 && !(isApiError(error) && error.status >= 400 && error.status < 500),
      },
      mutations: { retry: false },
    },
  });
}
