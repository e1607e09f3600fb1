import { StrictMode, startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import './app/critical-styles';
import { App } from './app/App';
import { createQueryClient } from './app/query-client';
import { startSignedOut } from './features/auth/queries';
import { currentLanguage, languageReady } from './lib/i18n';

const root = document.getElementById('root') as HTMLElement;

/**
 * A page prerendered signed out (scripts/prerender.ts; the server saw no session cookie) is taken over
 * as it is, from the same signed-out start (and in Dutch, as the build rendered it: someone who chose
 * English gets the page rendered anew); any other page is rendered here from scratch. Both as a
 * transition: React then works in slices and lets a phone answer taps in between, instead of one long task.
 */
function start() {
  const client = createQueryClient();
  // The server saw no session cookie: nobody is signed in, no need to ask.
  if (root.dataset.prerendered === 'signed-out' || root.dataset.session === 'none') startSignedOut(client);
  const app = (
    <StrictMode>
      <App client={client} />
    </StrictMode>
  );
  if (root.dataset.prerendered === 'signed-out' && currentLanguage() === 'nl') hydrateRoot(root, app);
  else createRoot(root).render(app);
}

// Someone who chose English waits for its texts (a small download) before the first render.
void languageReady.then(() => startTransition(start));
