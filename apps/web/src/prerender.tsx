// The first pages a visitor without an account opens (the front door, login, register), rendered at
// build time (scripts/prerender.ts), so a phone shows them before any script has run. The browser then
// hydrates the same markup (main.tsx); it must render exactly this first, so the start is shared.
import { Writable } from 'node:stream';
import { renderToString } from 'react-dom/server';
import { prerenderToNodeStream } from 'react-dom/static';
import { StaticRouter } from 'react-router-dom';
import { AppRoutes } from './app/App';
import { Providers } from './app/Providers';
import { createQueryClient } from './app/query-client';
import { startSignedOut } from './features/auth/queries';
import type { ReactElement } from 'react';
import type { QueryClient } from '@tanstack/react-query';

function Page({ url, client }: { url: string; client: QueryClient }) {
  return (
    <Providers client={client}>
      <StaticRouter location={url}>
        <AppRoutes />
      </StaticRouter>
    </Providers>
  );
}

/** Waits for every lazy part of the page to be downloaded (here: imported), throwing the result away. */
async function loadLazyParts(page: ReactElement): Promise<void> {
  const { prelude } = await prerenderToNodeStream(page);
  await new Promise<void>((done, fail) => prelude.pipe(new Writable({ write: (_c, _e, next) => next() })).on('finish', done).on('error', fail));
}

export async function render(url: string): Promise<string> {
  const client = createQueryClient();
  startSignedOut(client);
  // Once its lazy parts are loaded, the page renders in one go: no streaming and no inline scripts
  // (the content security policy forbids them).
  await loadLazyParts(<Page url={url} client={client} />);
  const html = renderToString(<Page url={url} client={client} />);
  client.clear();
  return html;
}
