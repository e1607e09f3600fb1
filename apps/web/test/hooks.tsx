import type { ReactNode } from 'react';
import { renderHook } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';

/** A fresh cache per test; failures are not retried, so an error shows at once. */
export const testClient = () => new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });

/** Renders a hook inside a query cache, as the app's providers do; returns the cache to inspect it. */
export function renderQueryHook<Result, Props>(
  hook: (props: Props) => Result,
  options: { client?: QueryClient; initialProps?: Props } = {},
) {
  const client = options.client ?? testClient();
  const wrapper = ({ children }: { children: ReactNode }) => <QueryClientProvider client={client}>{children}</QueryClientProvider>;
  return { ...renderHook(hook, { wrapper, initialProps: options.initialProps }), client };
}
