import { Suspense, type ReactNode } from 'react';
import { MantineProvider } from '@mantine/core';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { I18nextProvider } from 'react-i18next';
import i18n from '../lib/i18n';
import { lazyComponent } from '../lib/lazy-component';
import { SectionsProvider, type SectionRegistry } from '../lib/sections';
import '../lib/zod-messages';
import { sections as appSections } from './sections';
import { cssVariablesResolver, theme } from './theme';

const Toasts = lazyComponent(() => import('./Toasts'), (m) => m.Toasts);

type Props = {
  client: QueryClient;
  children: ReactNode;
  /** 'test' turns off transitions and portals in jsdom. */
  env?: 'default' | 'test';
  /** The parts of extensible pages; tests may register their own. */
  sections?: SectionRegistry;
};

export function Providers({ client, children, env = 'default', sections = appSections }: Props) {
  return (
    <I18nextProvider i18n={i18n}>
      <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light" env={env}>
        <Suspense fallback={null}>
          <Toasts />
        </Suspense>
        <QueryClientProvider client={client}>
          <SectionsProvider value={sections}>{children}</SectionsProvider>
        </QueryClientProvider>
      </MantineProvider>
    </I18nextProvider>
  );
}
