import { StrictMode, startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import './app/critical-styles';
import { App } from './app/App';
import { createQueryClient } from './app/query-client';
import { startSignedOut } from './features/auth/queries';
import { currentLanguage } from './lib/i18n';

const root = document.getElementById('root') as HTMLElement;
// A page prerendered signed out (scripts/prerender.ts; the server saw no session cookie) is taken over
// as it is, from the same signed-out start (and in Dutch, as the build rendered it: someone who chose
// English gets the page rendered anew); any other page is rendered here from scratch. Both as a
// transition: React then works in slices and lets a phone answer taps in between, instead of one long task.
startTransition(() => {
  if (root.dataset.prerendered === 'signed-out' && currentLanguage() === 'nl') {
    const client = createQueryClient();
    startSignedOut(client);
    hydrateRoot(
      root,
      <StrictMode>
        <App client={client} />
      </StrictMode>,
    );
  } else {
    createRoot(root).render(
      <StrictMode>
        <App />
      </StrictMode>,
    );
  }
});
